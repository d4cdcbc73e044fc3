import { readdirSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { buildCodeSchema } from './lib/code-schema';
import { checkReferences, idFromCodeFile, type ReferencingEntry } from './lib/entry-checks';
import { buildErrorSchema } from './lib/error-schema';
import { checkErrorReferences, idFromErrorFile, type ErrorReferencingEntry } from './lib/error-checks';

const files = glob({
  pattern: '*.mdx',
  base: './content/codes',
  generateId: ({ entry, data }) => idFromCodeFile(`content/codes/${entry}`, data),
});

/**
 * One entry per status number in content/codes/NNN.mdx. The id is the file name, which must
 * match `code` (checked while loading). Once every file is loaded, the codes each entry names in
 * `related` and `compare.with` must exist; both checks run in the loader, so `astro sync`, `astro
 * dev` and `astro build` all fail on a broken entry, naming the file and the field. The frontmatter
 * schema and the meaning of every field live in src/lib/code-schema.ts.
 */
const codesLoader: Loader = {
  name: 'codes',
  load: async (context) => {
    await files.load(context);
    checkReferences(context.store.values() as ReferencingEntry[]);
  },
};

const codes = defineCollection({
  loader: codesLoader,
  schema: buildCodeSchema(reference('codes')),
});

const errorFiles = glob({
  pattern: '*.mdx',
  base: './content/errors',
  generateId: ({ entry, data }) => idFromErrorFile(`content/errors/${entry}`, data),
});

/**
 * One entry per browser or curl failure in content/errors/<slug>.mdx; the file name must match
 * `slug`. Every status code an entry names must have an entry of its own: the code ids are the file
 * names in content/codes, which the codes loader holds to their numbers. Schema and field meanings:
 * src/lib/error-schema.ts.
 */
const errorsLoader: Loader = {
  name: 'errors',
  load: async (context) => {
    await errorFiles.load(context);
    const codeIds = new Set(
      readdirSync('./content/codes')
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => file.replace(/\.mdx$/, '')),
    );
    checkErrorReferences(context.store.values() as ErrorReferencingEntry[], codeIds);
  },
};

const errors = defineCollection({
  loader: errorsLoader,
  schema: buildErrorSchema(reference('codes')),
});

export const collections = { codes, errors };

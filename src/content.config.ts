import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { buildCodeSchema } from './lib/code-schema';
import { checkReferences, idFromCodeFile, type ReferencingEntry } from './lib/entry-checks';

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

export const collections = { codes };

import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildCodeSchema } from './lib/code-schema';
import { idFromCodeFile } from './lib/entry-checks';

/**
 * One entry per status number in content/codes/NNN.mdx. The id is the file name, which must
 * match `code` (checked while loading, so `astro sync` and `astro build` both fail on a mismatch).
 * The frontmatter schema and the meaning of every field live in src/lib/code-schema.ts.
 */
const codes = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/codes',
    generateId: ({ entry, data }) => idFromCodeFile(`content/codes/${entry}`, data),
  }),
  schema: buildCodeSchema(reference('codes')),
});

export const collections = { codes };

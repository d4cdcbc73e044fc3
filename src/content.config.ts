import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { SENDERS } from './data/sender-registry';
import { buildCodeSchema } from './lib/code-schema';
import { checkReferences, checkSenders, idFromCodeFile, type ReferencingEntry, type SenderNamingEntry } from './lib/entry-checks';
import { senderForName } from './lib/sender-registry';

const files = glob({
  pattern: '*.mdx',
  base: './content/codes',
  generateId: ({ entry, data }) => idFromCodeFile(`content/codes/${entry}`, data),
});

/**
 * One entry per status number in content/codes/NNN.mdx. The id is the file name, which must
 * match `code` (checked while loading). Once every file is loaded, the codes each entry names in
 * `related` and `compare.with` must exist, and every `sender` and `otherMeanings[].sender` must
 * name a sender of the registry (src/data/sender-registry.ts). The checks run in the loader, so
 * `astro sync`, `astro dev` and `astro build` all fail on a broken entry, naming the file and the
 * field. The frontmatter schema and the meaning of every field live in src/lib/code-schema.ts.
 */
const codesLoader: Loader = {
  name: 'codes',
  load: async (context) => {
    await files.load(context);
    checkReferences(context.store.values() as ReferencingEntry[]);
    checkSenders(context.store.values() as SenderNamingEntry[], (sender) => senderForName(SENDERS, sender) !== undefined);
  },
};

const codes = defineCollection({
  loader: codesLoader,
  schema: buildCodeSchema(reference('codes')),
});

export const collections = { codes };

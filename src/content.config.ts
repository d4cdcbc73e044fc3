import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { SENDERS } from './data/sender-registry';
import { buildCodeSchema } from './lib/code-schema';
import { checkReferences, checkSenders, idFromCodeFile, type ReferencingEntry, type SenderNamingEntry } from './lib/entry-checks';
import { buildErrorSchema } from './lib/error-schema';
import { checkErrorReferences, idFromErrorFile, type ErrorReferencingEntry } from './lib/error-checks';
import { senderForName } from './lib/sender-registry';
import { checkVendorReferences, idFromVendorFile, type VendorReferencingEntry } from './lib/vendor-code-checks';
import { buildVendorCodeSchema, type VendorFamily } from './lib/vendor-code-schema';

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

/**
 * The ids of the status code entries, for the other families' reference checks: another
 * collection's store is not visible from a loader, and the codes loader holds each file name to its
 * number, so the file names are the ids.
 */
function statusCodeIds(): Set<string> {
  return new Set(
    readdirSync('./content/codes')
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, '')),
  );
}

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
    checkErrorReferences(context.store.values() as ErrorReferencingEntry[], statusCodeIds());
  },
};

const errors = defineCollection({
  loader: errorsLoader,
  schema: buildErrorSchema(reference('codes')),
});

/**
 * The vendor codes beside the status codes: content/cloudflare/NNNN.mdx and content/iis/NNN.N.mdx.
 * The id is the file name ("1020", "500.19"), which must equal `code`; every status code named in
 * `related` must have an entry in content/codes (read from the folder, since another collection's
 * store is not visible here). The schema is src/lib/vendor-code-schema.ts.
 */
function vendorCollection(family: VendorFamily) {
  const vendorFiles = glob({
    pattern: '*.mdx',
    base: `./content/${family}`,
    generateId: ({ entry, data }) => idFromVendorFile(family, `content/${family}/${entry}`, data),
  });
  const loader: Loader = {
    name: family,
    load: async (context) => {
      await vendorFiles.load(context);
      checkVendorReferences(family, context.store.values() as VendorReferencingEntry[], statusCodeIds());
    },
  };
  return defineCollection({ loader, schema: buildVendorCodeSchema(family, reference('codes')) });
}

export const collections = { codes, errors, cloudflare: vendorCollection('cloudflare'), iis: vendorCollection('iis') };

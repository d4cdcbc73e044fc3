/**
 * Pagefind settings shared by the browser and the ranking test, so both rank the same way.
 * Metadata weights: a match in the code number counts most, then aliases, then the title.
 * Tuned against the golden queries in tests/fixtures/search-golden.ts.
 */
export const PAGEFIND_OPTIONS = {
  // Search on the main thread: a worker would fetch a second copy of Pagefind's code (12 KiB gzip)
  // to move work that takes a few milliseconds on an index this size.
  noWorker: true,
  ranking: {
    metaWeights: { code: 20, aliases: 10, title: 5 },
  },
} as const;

/** The hint in every search box, the page boxes and the dialog alike. */
export const SEARCH_PLACEHOLDER = 'A number, a name or a phrase: 502, proxy auth, rate limit';

/**
 * Pagefind's own ranking, run in Node with the real dist/pagefind/pagefind.js against the served
 * site, for every golden query the exact-match step leaves to it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-config';
import { GOLDEN_QUERIES } from '../fixtures/search-golden';

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy(): Promise<void>;
}

test('Pagefind ranks the right page first for every golden phrase', async ({ baseURL }) => {
  const pagefind = (await import(pathToFileURL(resolve('dist/pagefind/pagefind.js')).href)) as PagefindModule;
  const rows = GOLDEN_QUERIES.filter((g) => g.by === 'pagefind');
  expect(rows.length).toBeGreaterThanOrEqual(15);
  const wrong: string[] = [];
  try {
    await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${baseURL}/pagefind/` });
    await pagefind.init();
    for (const { query, first } of rows) {
      const { results } = await pagefind.search(query);
      const top = results[0] ? new URL((await results[0].data()).url, baseURL).pathname : '(nothing)';
      if (top !== first) wrong.push(`"${query}": expected ${first}, got ${top}`);
    }
  } finally {
    // Pagefind keeps its WebAssembly instance and loaded chunks in module state until told to let go.
    await pagefind.destroy();
  }
  expect(wrong).toEqual([]);
});

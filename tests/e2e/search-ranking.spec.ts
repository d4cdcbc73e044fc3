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
}

test('Pagefind ranks the right page first for every golden phrase', async ({ baseURL }) => {
  const pagefind = (await import(pathToFileURL(resolve('dist/pagefind/pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${baseURL}/pagefind/` });
  await pagefind.init();
  const rows = GOLDEN_QUERIES.filter((g) => g.by === 'pagefind');
  expect(rows.length).toBeGreaterThanOrEqual(15);
  const wrong: string[] = [];
  for (const { query, first } of rows) {
    const { results } = await pagefind.search(query);
    const top = results[0] ? new URL((await results[0].data()).url, baseURL).pathname : '(nothing)';
    if (top !== first) wrong.push(`"${query}": expected ${first}, got ${top}`);
  }
  expect(wrong).toEqual([]);
});

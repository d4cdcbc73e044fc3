/**
 * The browser sweeps stay sized by design: every page is visited once (tests/e2e/a11y.spec.ts), and
 * the costly checks run on one page of each type (tools/page-types.ts). This keeps that list honest:
 * every kind of page the build makes has a representative, and every representative exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PAGE_TYPES } from '../../tools/page-types.ts';
import { DIST, sitemapPaths, sweepPaths } from '../support/dist-files';

/** The first segment of a path, or a kind for the numbered pages: "/407/" is a code page, "/4xx/" a class. */
function kindOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  if (/^\d{3}$/.test(first)) return 'code';
  if (/^\dxx$/.test(first)) return 'class';
  return path.split('/').length > 3 ? `${first}/*` : first;
}

test('every kind of page in the sitemap has a page type in the costly checks', () => {
  const covered = new Set(PAGE_TYPES.map((path) => kindOf(path.split('?')[0]!)));
  const missing = [...new Set(sitemapPaths().map(kindOf))].filter((kind) => !covered.has(kind));
  expect(missing).toEqual([]);
});

test('every page type is a page the sweep visits', () => {
  const visited = new Set(sweepPaths());
  expect(PAGE_TYPES.map((path) => path.split('?')[0]!).filter((path) => !visited.has(path))).toEqual([]);
  for (const path of PAGE_TYPES.map((p) => p.split('?')[0]!).filter((p) => p !== '/no-such-page/')) {
    expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
  }
});

test('the sweep visits every sitemap page, the search page, an unassigned number and the not-found page', () => {
  const paths = sweepPaths();
  expect(paths.length).toBeGreaterThan(100);
  expect(new Set(paths).size).toBe(paths.length);
  for (const path of ['/', '/407/', '/4xx/', '/senders/', '/api/', '/linking/', '/search/', '/471/', '/no-such-page/']) {
    expect(paths).toContain(path);
  }
});

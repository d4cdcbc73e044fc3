/** Byte budgets of the built site, measured on the files in dist/ (gzip, as a static host sends them). */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firstWindow, pageWeight } from '../../tools/page-weight.ts';
import { codePages as allCodePages, DIST, htmlPages, read } from '../support/dist-files';

const KIB = 1024;
const codePages = allCodePages();

describe('byte budgets (gzip)', () => {
  test('every code page: HTML + CSS + eager JS at most 16 KiB', () => {
    expect(codePages.length).toBe(readdirSync('content/codes').filter((f) => f.endsWith('.mdx')).length);
    const over = codePages
      .map(([path, file]) => ({ path, ...pageWeight(DIST, file) }))
      .filter((w) => w.total > 16 * KIB)
      .map((w) => `${w.path}: ${w.total} bytes (html ${w.html}, css ${w.css}, js ${w.js})`);
    expect(over).toEqual([]);
  });

  test('every code page: the first window (CSS + eager JS + HTML to the end of #meaning) at most 14 KiB', () => {
    const over = codePages
      .map(([path, file]) => ({ path, ...firstWindow(DIST, file) }))
      .filter((w) => w.total > 14 * KIB)
      .map((w) => `${w.path}: ${w.total} bytes (html so far ${w.html}, css ${w.css}, js ${w.js})`);
    expect(over).toEqual([]);
  });

  test('the home page before search is opened: at most 20 KiB', () => {
    expect(pageWeight(DIST, `${DIST}/index.html`).total).toBeLessThanOrEqual(20 * KIB);
  });

  test('no page loads Pagefind or the search code eagerly', () => {
    for (const [path, file] of htmlPages()) {
      const { scripts } = pageWeight(DIST, file);
      expect(
        scripts.filter((s) => s.includes('pagefind') || s.includes('search-ui')),
        path,
      ).toEqual([]);
    }
  });
});

test('the in-code section lies outside the first window of a code page', () => {
  const file = `${DIST}/429/index.html`;
  const html = read(file);
  expect(html.indexOf('id="in-code"')).toBeGreaterThan(html.indexOf('id="fixes"'));
  expect(firstWindow(DIST, file).total).toBeLessThan(pageWeight(DIST, file).total);
});

/** Every internal link and anchor in the built site resolves, and every code page is reachable from /. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages, read } from './dist-files';

const pages = htmlPages();
const ids = new Map(pages.map(([path, file]) => [path, new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
const linksOf = (html: string) =>
  [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).filter((h) => !/^(https?:|mailto:)/.test(h));

/** Whether a site path exists in dist: a page, a directory index or a file. */
function exists(path: string): boolean {
  if (ids.has(path)) return true;
  const file = join(DIST, path);
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
}

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const [from, file] of pages) {
    for (const href of linksOf(read(file))) {
      const url = new URL(href, `http://site${from}`);
      const path = url.pathname;
      if (!exists(path)) broken.push(`${from} → ${href}`);
      else if (url.hash && !ids.get(path === from ? from : path)?.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${from} → ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every code page is reachable from the home page', () => {
  const seen = new Set(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const file = pages.find(([p]) => p === path)?.[1];
    if (!file) continue;
    for (const href of linksOf(read(file))) {
      const next = new URL(href, `http://site${path}`).pathname;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  const codePages = pages
    .map(([p, f]) => [p, read(f)] as const)
    .filter(([, html]) => html.includes(' id="meaning"'))
    .map(([p]) => p);
  expect(codePages.length).toBeGreaterThan(90);
  expect(codePages.filter((p) => !seen.has(p))).toEqual([]);
});

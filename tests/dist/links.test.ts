/** Every internal link and anchor in the built site resolves, and every page meant to be found is reachable from /. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { codePages, DIST, htmlPages, read, sitemapPaths } from '../support/dist-files';

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

test('every page in the sitemap, every code page among them, is reachable from the home page', () => {
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
  const findable = [...new Set([...sitemapPaths(), ...codePages().map(([p]) => p)])];
  expect(codePages().length).toBeGreaterThan(90);
  expect(findable.filter((p) => !seen.has(p))).toEqual([]);
});

test('every sitemap URL is a page in the build', () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(90);
  expect(paths.filter((path) => !existsSync(join(DIST, path, 'index.html')))).toEqual([]);
});

test('the unassigned-number pages keep the spaces between their words', () => {
  const unassigned = pages.filter(([, file]) => read(file).includes('is not an assigned status code</h1>'));
  expect(unassigned.length).toBeGreaterThan(400);
  const glued: string[] = [];
  for (const [path, file] of unassigned) {
    const main = /<main[\s\S]*<\/main>/.exec(read(file))?.[0] ?? '';
    // Tags become spaces, so only text written glued together in one element is caught.
    const text = main.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // A letter right after a colon, full stop or comma means a space went missing between two parts.
    for (const m of text.matchAll(/[a-z][:.,][A-Za-z]/g)) glued.push(`${path}: "…${text.slice(Math.max(0, m.index - 20), m.index + 20)}…"`);
  }
  expect(glued.slice(0, 10)).toEqual([]);
});

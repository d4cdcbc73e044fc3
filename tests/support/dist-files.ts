/** Reading the built site from disk, for the checks that need no browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every built HTML page as [url path, file path]: /407/ for dist/407/index.html, /404.html itself. */
export function htmlPages(): [string, string][] {
  return [...walk(DIST)]
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split('\\').join('/');
      return [rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file] as [string, string];
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The paths in the sitemap, which lists every page meant to be found. */
export function sitemapPaths(): string[] {
  const xml = read(join(DIST, 'sitemap-0.xml'));
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * The pages the browser sweep visits once each: every sitemap page, plus the pages that are not in
 * the sitemap but are each a page type of their own (search, an unassigned number, the not-found page).
 */
export function sweepPaths(): string[] {
  return [...sitemapPaths(), '/search/', '/471/', '/no-such-page/'];
}

/** The status code pages (/407/, /000/): full entries, not the small pages for unassigned numbers. */
export function codePages(): [string, string][] {
  return htmlPages().filter(([path, file]) => /^\/\d{3}\/$/.test(path) && read(file).includes(' id="meaning"'));
}

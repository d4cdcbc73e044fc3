/**
 * Appends every URL of the current build (dist/) to tests/fixtures/published-urls.txt: pages, data
 * files, the section anchors of code pages and the anchors of the error, Cloudflare and IIS pages. It only ever adds lines, because a published URL is a
 * promise; tests/e2e/linking.spec.ts checks that each listed URL still exists.
 *
 *   npm run build && npm run urls:append
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist';
const LIST = 'tests/fixtures/published-urls.txt';
// Build assets and the host's own configuration files (_headers), which no reader is ever sent to.
const SKIP = /^(?:(?:_astro|pagefind|og)\/|_[^/]*$)/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield relative(DIST, path);
  }
}

if (!existsSync(DIST)) throw new Error('Build the site first: npm run build');
const found: string[] = [];
for (const file of files(DIST)) {
  if (SKIP.test(file) || file === '404.html' || file.endsWith('.png') || file.endsWith('.svg') || file.endsWith('.xml')) continue;
  const url = file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
  found.push(url);
  if (/^\/\d{3}\/$/.test(url)) {
    const html = readFileSync(join(DIST, file), 'utf8');
    // Section anchors of full code pages; small pages for unassigned numbers have none.
    if (html.includes(' id="meaning"')) {
      for (const [, id] of html.matchAll(/<section id="([a-z-]+)"/g)) found.push(`${url}#${id}`);
    }
  }
  // Anchors of the pages beside the status codes, which people link to as they do to a code page's
  // sections: on an error page its sections, tools and named errors
  // (/errors/certificate-invalid/#err_cert_date_invalid); on a Cloudflare or IIS hub each code's row
  // (/cloudflare/#1019) and on their pages the sections, meanings and HRESULTs
  // (/iis/500.19/#0x8007000d). Headings inside the prose are left out.
  if (/^\/errors\/[a-z0-9-]+\/$|^\/(?:cloudflare|iis)\/(?:[\d.]+\/)?$/.test(url)) {
    const html = readFileSync(join(DIST, file), 'utf8');
    for (const [, id] of html.matchAll(/<(?:section|li|div|tr) id="([a-z0-9_.-]+)"/g)) found.push(`${url}#${id}`);
  }
}

const existing = existsSync(LIST) ? readFileSync(LIST, 'utf8') : '# Every URL this site has published. Append only: never remove a line.\n';
const listed = new Set(existing.split('\n').map((l) => l.trim()));
const added = [...new Set(found)].filter((url) => !listed.has(url)).sort();
writeFileSync(LIST, existing.trimEnd() + '\n' + added.map((u) => `${u}\n`).join(''));
console.log(`${added.length} URLs appended to ${LIST}`);

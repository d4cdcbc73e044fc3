/**
 * The "In your code" section as built: every library row and every client row names the release it
 * describes, and a snippet's request line and release notes reach the page.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_CONSTANTS } from '../../src/data/constants/index';
import { HTTP_CLIENTS } from '../../src/data/http-clients';
import { clientLabel } from '../../src/lib/http-clients';
import { releaseLabel } from '../../src/lib/library-constants';
import { DIST, read } from '../support/dist-files';

const codes = readdirSync('content/codes')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace('.mdx', ''));

/** The text of each row header (<th scope="row">) in one table of the section, by its aria-label. */
function rowHeaders(html: string, label: string): string[] {
  const start = html.indexOf(`aria-label="${label}"`);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
}

describe('#in-code on every code page', () => {
  it.each(codes)('%s: each library and client row names its release', (code) => {
    const html = read(`${DIST}/${code}/index.html`);
    const number = code.padStart(3, '0');
    const libraries = rowHeaders(html, `Constants for ${number}`);
    if (libraries.length > 0) {
      expect(libraries).toEqual(LIBRARY_CONSTANTS.map(({ library }) => `${library.name} ${releaseLabel(library)}`));
    }
    const clients = rowHeaders(html, `What clients do with ${number}`);
    if (html.includes(`aria-label="What clients do with ${number}"`)) expect(clients).toEqual(HTTP_CLIENTS.map(clientLabel));
    // A code no client ever receives (nginx's 499, AWS's 460) has no client table, and says why.
    if (clients.length === 0) expect(html).toContain('Clients never receive');
  });

  it('the rows name real releases: "Go net/http 1.27.4", "axios 1.7.9", "fetch() (standard, 2026-07-02)"', () => {
    const html = read(`${DIST}/429/index.html`);
    expect(rowHeaders(html, 'Constants for 429')).toContain('Go net/http 1.27.4');
    expect(rowHeaders(html, 'What clients do with 429')).toEqual(expect.arrayContaining(['axios 1.7.9', 'fetch() (standard, 2026-07-02)']));
  });

  it('a snippet answering a request with telling headers says which, and a renamed constant says its release', () => {
    expect(read(`${DIST}/206/index.html`)).toContain('Each snippet answers <code>GET /video.mp4</code> with <code>Range: bytes=0-1023</code>.');
    expect(read(`${DIST}/304/index.html`)).toContain('<code>If-None-Match: &quot;v42&quot;</code>');
    expect(read(`${DIST}/413/index.html`)).toContain('<p>Needs Starlette 0.48.0 or later.</p>');
  });
});

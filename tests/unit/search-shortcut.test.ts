/** The exact-match step answers every `shortcut` golden query, and leaves the others to Pagefind. */
import { describe, expect, it } from 'vitest';
import {
  nearbyCodes,
  normalizeQuery,
  pageKeys,
  resolveShortcut,
  toShortcutCode,
  type Shortcut,
  type ShortcutPage,
} from '../../src/lib/search-shortcut';
import { errorPageShortcuts } from '../../src/data/error-pages/search';
import { withConstantKeys } from '../../src/data/in-code';
import { errorShortcutPages } from '../../src/lib/errors';
import { GOLDEN_QUERIES } from '../fixtures/search-golden';
import { PARSED_ERRORS } from './error-entries';
import { vendorShortcutPagesFromContent } from '../support/vendor-entries';
import { ENTRIES } from './entries';

// The same map /search-shortcuts.json serves, read straight from the content, with library constants,
// and the real pages beside the status codes, built from their entries and hub rows (browser and
// curl errors, Cloudflare and IIS codes, the error-page kits).
const codes = ENTRIES.map((entry) => withConstantKeys(toShortcutCode(entry.data as Parameters<typeof toShortcutCode>[0])));
const realPages = [...errorShortcutPages(PARSED_ERRORS.map((e) => e.data)), ...vendorShortcutPagesFromContent(), ...errorPageShortcuts()];

const firstUrl = (s: Shortcut | undefined) => (s === undefined ? undefined : s.kind === 'range' ? s.links[0]?.url : s.link.url);

describe('golden queries answered by the exact-match step', () => {
  const rows = GOLDEN_QUERIES.filter((g) => g.by === 'shortcut');
  it('has enough of them', () => expect(rows.length).toBeGreaterThanOrEqual(25));
  it('has at least 30 for the Cloudflare and IIS families', () => {
    expect(rows.filter((g) => /^\/(cloudflare|iis)\//.test(g.first)).length).toBeGreaterThanOrEqual(30);
  });
  it.each(rows.map((g) => [g.query, g.first] as const))('"%s" opens %s', (query, first) => {
    expect(firstUrl(resolveShortcut(query, codes, realPages))).toBe(first);
  });
  it('has at least 40 for the browser and curl errors', () => {
    expect(rows.filter((g) => g.first.startsWith('/errors/')).length).toBeGreaterThanOrEqual(40);
  });
});

describe('golden library constant queries answered by the exact-match step', () => {
  const rows = GOLDEN_QUERIES.filter((g) => g.by === 'shortcut' && g.constant);
  it('has at least 40 of them', () => expect(rows.length).toBeGreaterThanOrEqual(40));
  it.each(rows.map((g) => [g.query, g.first] as const))('constant "%s" opens %s', (query, first) => {
    expect(firstUrl(resolveShortcut(query, codes, realPages))).toBe(first);
  });
  it('matches a constant name only whole', () => {
    expect(resolveShortcut('StatusTooMany', codes)).toBeUndefined();
    expect(resolveShortcut('http.StatusTooManyRequestsX', codes)).toBeUndefined();
    // A plain word is not a constant, even where one library uses it as a name (.NET's Redirect).
    expect(resolveShortcut('redirect', codes)).toBeUndefined();
    expect(firstUrl(resolveShortcut('HttpStatusCode.Redirect', codes))).toBe('/302/');
  });
});

describe('golden queries left to Pagefind', () => {
  const rows = GOLDEN_QUERIES.filter((g) => g.by === 'pagefind');
  it.each(rows.map((g) => [g.query] as const))('"%s" is not pinned', (query) => {
    expect(resolveShortcut(query, codes, realPages)).toBeUndefined();
  });
});

describe('the exact-match step', () => {
  it('normalises case, punctuation and filler words', () => {
    expect(normalizeQuery('  HTTP Status-Code: 404!! ')).toBe('404');
    expect(normalizeQuery("I'm a Teapot")).toBe('i m teapot');
  });

  it('lists 400 to 409 in order for "40"', () => {
    const result = resolveShortcut('40', codes);
    expect(result?.kind).toBe('range');
    const urls = result?.kind === 'range' ? result.links.map((l) => l.url) : [];
    expect(urls[0]).toBe('/400/');
    expect(urls).toContain('/409/');
    expect(urls).toEqual([...urls].sort());
    expect(urls.every((u) => /^\/40\d\/$/.test(u))).toBe(true);
  });

  it('points an unassigned number to its page and to the x00 clients treat it as', () => {
    const result = resolveShortcut('471', codes);
    expect(result).toMatchObject({ kind: 'unassigned', link: { url: '/471/' }, generic: { url: '/400/' } });
  });

  it('ignores numbers outside 100 to 599 that have no page', () => {
    expect(resolveShortcut('999', codes)).toBeUndefined();
    expect(resolveShortcut('1234', codes)).toBeUndefined();
  });

  it('prefers registered codes when a name is shared', () => {
    expect(firstUrl(resolveShortcut('Unauthorized', codes))).toBe('/401/');
  });

  it('does not let filler words make a name match: "proxy" is not the alias "proxy error"', () => {
    expect(firstUrl(resolveShortcut('proxy error', codes))).toBe('/502/');
    expect(resolveShortcut('proxy', codes)).toBeUndefined();
    expect(firstUrl(resolveShortcut('http error bad gateway', codes))).toBe('/502/');
  });

  it('leaves an alias that two registered codes share to Pagefind', () => {
    expect(resolveShortcut('too many redirects', codes)).toBeUndefined();
  });

  it('survives odd input', () => {
    for (const query of ['', '   ', '🙂🙂', '<script>alert(1)</script>', 'x'.repeat(1000), '%00', '\u0000']) {
      expect(() => resolveShortcut(query, codes)).not.toThrow();
    }
    expect(resolveShortcut('<script>alert(1)</script>', codes)).toBeUndefined();
  });

  it('reads letters that look like digits in a number', () => {
    expect(firstUrl(resolveShortcut('4O4', codes))).toBe('/404/');
    expect(firstUrl(resolveShortcut('error 5OO', codes))).toBe('/500/');
    expect(resolveShortcut('ool', codes)).toBeUndefined();
  });

  it('suggests codes with nearby numbers', () => {
    expect(nearbyCodes('4O4', codes).map((l) => l.url)).toContain('/404/');
    expect(nearbyCodes('no digits', codes)).toEqual([]);
  });
});

describe('pages beside the status codes', () => {
  const samples: ShortcutPage[] = [
    { label: 'curl 7', url: '/errors/connection-refused/', names: ['curl 7', 'ERR_CONNECTION_REFUSED'], phrases: ['connection refused'] },
    { label: 'IIS 500.19', url: '/iis/500.19/', names: ['500.19'] },
    { label: '0x8007000d', url: '/iis/500.19/#0x8007000d', names: ['0x8007000d'] },
    { label: 'Cloudflare 1020', url: '/cloudflare/1020/', names: ['cloudflare 1020'] },
  ];
  const open = (query: string) => firstUrl(resolveShortcut(query, codes, samples));

  it('reads a vendor code out of a pasted line', () => {
    expect(pageKeys('curl: (7) Failed to connect to localhost port 8080')[0]).toBe('curl 7');
    expect(pageKeys('cURL error 7: Failed to connect')[0]).toBe('curl 7');
    expect(pageKeys('HTTP Error 500.19 - Internal Server Error')[0]).toBe('iis 500 19');
    expect(pageKeys('error code: 1015')[0]).toBe('cloudflare 1015');
    expect(pageKeys('net::ERR_CERT_DATE_INVALID')).toContain('err cert date invalid');
  });

  it('reads an HRESULT before the sub-status, so a pasted IIS error opens the HRESULT first', () => {
    expect(pageKeys('HTTP Error 500.19 - Internal Server Error HRESULT: 0x8007000d').slice(0, 3)).toEqual([
      'iis 500 19 0x8007000d',
      '0x8007000d',
      'iis 500 19',
    ]);
    const real = (query: string) => firstUrl(resolveShortcut(query, codes, realPages));
    expect(real('HTTP Error 500.19 - Internal Server Error 0x8007000d')).toBe('/iis/500.19/#0x8007000d');
    // An HRESULT no page names still leaves the sub-status to open its page.
    expect(real('HTTP Error 500.19 0x80070002')).toBe('/iis/500.19/');
  });

  it('opens a page by an exact name or a canonical key, before any status number', () => {
    expect(open('curl: (7) Failed to connect to 127.0.0.1 port 502')).toBe('/errors/connection-refused/');
    expect(open('net::err_connection_refused')).toBe('/errors/connection-refused/');
    expect(open('HTTP Error 500.19')).toBe('/iis/500.19/');
    expect(open('500 19')).toBe('/iis/500.19/');
    expect(open('Error Code 0x8007000d')).toBe('/iis/500.19/#0x8007000d');
    expect(open('Error 1020')).toBe('/cloudflare/1020/');
  });

  it('opens a page by a phrase only when no code name matches, and only on whole words', () => {
    expect(open('the connection refused to open')).toBe('/errors/connection-refused/');
    expect(open('connection refusedx')).toBeUndefined();
    expect(open('bad gateway')).toBe('/502/');
  });

  it('reads system error names and Python exception classes out of a pasted line', () => {
    expect(pageKeys('Error: connect ECONNREFUSED 127.0.0.1:3000')).toContain('econnrefused');
    expect(pageKeys('requests.exceptions.ProxyError: HTTPSConnectionPool(host=…)')).toContain('requests exceptions proxyerror');
    expect(pageKeys('HTTP ERROR 500')).not.toContain('econnrefused');
  });

  it('keeps a name that several failures share out of the exact-match step', () => {
    expect(resolveShortcut('requests.exceptions.ConnectionError', codes, realPages)).toBeUndefined();
    expect(resolveShortcut('net::ERR_FAILED', codes, realPages)).toBeUndefined();
    // curl 7 belongs to the proxy page too, where it is marked shared: it opens the refused connection.
    expect(firstUrl(resolveShortcut('curl: (7)', codes, realPages))).toBe('/errors/connection-refused/');
  });

  it('opens the anchor of a named certificate or TLS error', () => {
    expect(firstUrl(resolveShortcut('ERR_CERT_REVOKED', codes, realPages))).toBe('/errors/certificate-invalid/#err_cert_revoked');
    expect(firstUrl(resolveShortcut('Certificate not valid', codes, realPages))).toBe('/errors/certificate-invalid/');
  });

  it('leaves a number that no page names to the status codes', () => {
    expect(open('HTTP Error 404.99')).toBe('/404/');
    expect(open('Error 1299')).toBeUndefined();
  });
});

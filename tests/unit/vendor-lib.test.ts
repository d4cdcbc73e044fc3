/** The pure helpers of the Cloudflare and IIS pages: order, hub groups, words, sources, search names, hints for unknown codes. */
import { describe, expect, it } from 'vitest';
import { hintForPath } from '../../src/lib/unknown-path';
import { compareVendorCodes, fixersText, groupHubRows, sourcePin, sourceUrl } from '../../src/lib/vendor-families';
import { vendorShortcutPages } from '../../src/lib/vendor-search';
import { vendorJsonSchema } from '../../src/lib/vendor-code-json';

describe('vendor code order', () => {
  it('sorts IIS codes by status, then sub-status as a number', () => {
    expect(['404.10', '404.2', '403.14', '404.0', '500.100', '500.19'].sort(compareVendorCodes)).toEqual([
      '403.14',
      '404.0',
      '404.2',
      '404.10',
      '500.19',
      '500.100',
    ]);
    expect(['1200', '1020', '1006'].sort(compareVendorCodes)).toEqual(['1006', '1020', '1200']);
  });
});

describe('hub groups', () => {
  const row = (code: string, ...products: string[]) => ({ code, products });

  it('keeps Cloudflare in one group', () => {
    expect(groupHubRows('cloudflare', [row('1020', 'Cloudflare'), row('1101', 'Cloudflare Workers')]).map((g) => g.id)).toEqual(['codes']);
  });

  it('groups IIS by status, with the ASP.NET Core Module on its own and codes of both products under their status', () => {
    const groups = groupHubRows('iis', [
      row('404.3', 'IIS'),
      row('500.0', 'IIS', 'ASP.NET Core Module'),
      row('500.30', 'ASP.NET Core Module'),
      row('502.3', 'IIS Application Request Routing'),
    ]);
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.code)])).toEqual([
      ['status-404', ['404.3']],
      ['status-500', ['500.0']],
      ['status-502', ['502.3']],
      ['ancm', ['500.30']],
    ]);
  });
});

describe('words and sources', () => {
  it('names who can fix it in a sentence', () => {
    expect(fixersText(['owner'])).toBe('the site’s owner');
    expect(fixersText(['visitor', 'owner', 'vendor'])).toBe('the visitor, the site’s owner or the vendor');
  });

  it('links a repository file at its commit and a page by its address', () => {
    const file = { title: 't', repo: 'cloudflare/cloudflare-docs', path: 'a/b.mdx', ref: '0309c8bed23afe438f28fd5026b5a7999e653081' };
    expect(sourceUrl(file)).toBe('https://github.com/cloudflare/cloudflare-docs/blob/0309c8bed23afe438f28fd5026b5a7999e653081/a/b.mdx');
    expect(sourcePin(file)).toBe('at commit 0309c8b');
    const page = { title: 't', url: 'https://github.com/o/r/issues/1', read: '2026-12-07' };
    expect(sourceUrl(page)).toBe('https://github.com/o/r/issues/1');
    expect(sourcePin(page)).toBe('read 2026-12-07');
  });
});

describe('search names of vendor codes', () => {
  const entries = [
    {
      code: '1020',
      title: 'Access denied',
      aliases: ['error 1020 access denied'],
      meanings: [{ id: 'a', name: 'Access denied by a firewall rule' }],
    },
    { code: '1012', title: 'Access Denied', meanings: [{ id: 'a', name: 'Access denied, malicious activity' }] },
    { code: '1000', title: 'Not Found', meanings: [{ id: 'a', name: 'DNS points to prohibited IP' }] },
  ];
  const pages = vendorShortcutPages('cloudflare', entries, [{ code: '1019', title: 'Compute server error' }], new Set(['not found']));
  const namesOf = (url: string) => pages.filter((p) => p.url === url).flatMap((p) => p.names);

  it('gives every code its number forms, and a row its hub anchor', () => {
    expect(namesOf('/cloudflare/1020/')).toEqual(expect.arrayContaining(['cloudflare 1020', 'cloudflare error 1020']));
    expect(namesOf('/cloudflare/#1019')).toEqual(['cloudflare 1019', 'cloudflare error 1019', 'Compute server error']);
  });

  it('leaves out a title two codes share and a title a status code page answers to', () => {
    expect(namesOf('/cloudflare/1020/')).not.toContain('Access denied');
    expect(namesOf('/cloudflare/1012/')).not.toContain('Access Denied');
    expect(namesOf('/cloudflare/1000/')).not.toContain('Not Found');
    expect(namesOf('/cloudflare/1000/')).toContain('DNS points to prohibited IP');
  });

  it('sends an HRESULT to its anchor: alone to the code that documents the most HRESULTs, paired with a code to that code', () => {
    const iis = vendorShortcutPages(
      'iis',
      [
        {
          code: '500.19',
          title: 'Internal Server Error',
          meanings: [{ id: 'iis', name: 'x', hresults: [{ code: '0x8007000d' }, { code: '0x80070005' }] }],
        },
        { code: '401.3', title: 'Unauthorized', meanings: [{ id: 'iis', name: 'y', hresults: [{ code: '0x80070005' }] }] },
      ],
      [],
      new Set(),
    );
    expect(iis.find((p) => p.names.includes('0x8007000d'))?.url).toBe('/iis/500.19/#0x8007000d');
    expect(iis.filter((p) => p.names.includes('0x80070005')).map((p) => p.url)).toEqual(['/iis/500.19/#0x80070005']);
    expect(iis.find((p) => p.names.includes('iis 401 3 0x80070005'))?.url).toBe('/iis/401.3/#0x80070005');
    expect(iis.find((p) => p.url === '/iis/500.19/')?.names).toEqual(expect.arrayContaining(['500.19', 'iis 500 19']));
  });
});

describe('hints for vendor codes with no page', () => {
  it('sends /cloudflare/1299/ to the Cloudflare hub', () => {
    const hint = hintForPath('/cloudflare/1299/');
    expect(hint?.message).toContain('no page for Cloudflare error 1299');
    expect(hint?.links).toEqual([{ href: '/cloudflare/#1299', text: 'Cloudflare 1xxx errors' }]);
  });

  it('sends /iis/404.99/ to the IIS hub and to the 404 page', () => {
    const hint = hintForPath('/iis/404.99/');
    expect(hint?.message).toContain('no page for IIS 404.99');
    expect(hint?.links.map((l) => l.href)).toEqual(['/iis/#404.99', '/404/']);
  });

  it('leaves other paths under the hubs alone', () => {
    expect(hintForPath('/cloudflare/about/')).toBeUndefined();
    expect(hintForPath('/iis/404/')).toBeUndefined();
  });
});

describe('the published JSON shape', () => {
  it('rejects a code of the wrong family and a status outside 100 to 599', () => {
    const doc = (code: string, status: number | null) => ({
      family: 'iis',
      count: 1,
      codes: [
        {
          code,
          title: 't',
          summary: null,
          page: false,
          url: 'https://x.example/iis/#500.19',
          aliases: [],
          meanings: [
            {
              id: 'iis',
              product: 'IIS',
              name: 't',
              status,
              basis: status === null ? 'unknown' : 'documented',
              statusSource: null,
              statusNote: null,
              shows: [],
              fixableBy: [],
              hresults: [],
              url: 'https://x.example/iis/#500.19',
            },
          ],
          related: [],
          sources: [{ title: 's', url: 'https://x.example/', read: '2026-12-07' }],
          checked: null,
        },
      ],
    });
    expect(vendorJsonSchema('iis').safeParse(doc('500.19', 500)).success).toBe(true);
    expect(vendorJsonSchema('iis').safeParse(doc('1020', 500)).success).toBe(false);
    expect(vendorJsonSchema('iis').safeParse(doc('500.19', 700)).success).toBe(false);
  });
});

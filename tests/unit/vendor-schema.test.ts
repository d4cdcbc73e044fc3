/**
 * The vendor code schemas (src/lib/vendor-code-schema.ts) accept a complete entry of each family
 * and reject each kind of broken one with a message that names the field.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkHubRows, checkVendorReferences, idFromVendorFile, parseHubRows } from '../../src/lib/vendor-code-checks';
import { buildHubRowSchema, buildVendorCodeSchema, type HubRowInput, type VendorFamily } from '../../src/lib/vendor-code-schema';

const ref = z.string().regex(/^\d{3}$/);
const schemaOf = (family: VendorFamily) => buildVendorCodeSchema(family, ref);

const source = { title: 'Cloudflare docs, Error 1020', repo: 'cloudflare/cloudflare-docs', path: 'src/x.mdx', ref: 'a'.repeat(40) };
const audience = (what: string) => ({
  builder: [`${what} b1`, `${what} b2`],
  consumer: [`${what} c1`, `${what} c2`],
  visitor: [`${what} v1`, `${what} v2`],
});

const cloudflare = {
  code: '1020',
  title: 'Access denied',
  summary: 'A firewall rule of the site blocked the request.',
  meanings: [
    {
      id: 'cloudflare',
      product: 'Cloudflare',
      name: 'Access denied',
      status: { status: 403, basis: 'documented', source },
      shows: ['cloudflare-error-page'],
      fixableBy: ['owner'],
    },
  ],
  causes: audience('cause'),
  fixes: audience('fix'),
  related: ['403'],
  sources: [source],
  checked: '2026-12-07',
};

const iis = {
  ...cloudflare,
  code: '500.19',
  title: 'Internal Server Error',
  meanings: [
    {
      id: 'iis',
      product: 'IIS',
      name: 'Configuration data for the page is invalid',
      status: { status: 500, basis: 'documented', source },
      shows: ['iis-detailed-error', 'iis-log-substatus'],
      fixableBy: ['owner'],
      hresults: [{ code: '0x8007000d', meaning: 'Malformed configuration.', fix: 'Fix the XML.' }],
    },
  ],
};

const problems = (family: VendorFamily, data: unknown) => {
  const result = schemaOf(family).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const withMeaning = (data: typeof iis, change: Record<string, unknown>) => ({ ...data, meanings: [{ ...data.meanings[0], ...change }] });

describe('the vendor code schema', () => {
  it('accepts a complete entry of each family', () => {
    expect(problems('cloudflare', cloudflare)).toEqual([]);
    expect(problems('iis', iis)).toEqual([]);
  });

  it('wants the code quoted, in its family shape', () => {
    expect(problems('cloudflare', { ...cloudflare, code: 1020 })).toEqual(['code: code must be text in quotes, such as "1020"']);
    expect(problems('cloudflare', { ...cloudflare, code: '2020' })[0]).toMatch(/^code: code: a Cloudflare code is four digits/);
    expect(problems('iis', { ...iis, code: 404 })).toEqual(['code: code must be text in quotes, such as "500.19"']);
    expect(problems('iis', { ...iis, code: '600.1' })[0]).toMatch(/^code: code: an IIS code is the status/);
    expect(problems('iis', { ...iis, code: '500.019' })[0]).toMatch(/^code: /);
  });

  it('rejects an entry with no source', () => {
    expect(problems('cloudflare', { ...cloudflare, sources: [] })).toEqual([
      'sources: sources: give at least one pinned source; every fact on the page comes from one',
    ]);
    const { sources: _dropped, ...noSources } = cloudflare;
    expect(problems('cloudflare', noSources)).toEqual(['sources: sources is required: give at least one pinned source']);
  });

  it('rejects a documented or observed status without its source, and an unknown one with a number', () => {
    expect(problems('cloudflare', withMeaning(cloudflare as typeof iis, { status: { status: 403, basis: 'documented' } }))).toEqual([
      'meanings.0.status.source: a documented status needs the source that states it',
    ]);
    expect(problems('cloudflare', withMeaning(cloudflare as typeof iis, { status: { status: 403, basis: 'observed' } }))).toEqual([
      'meanings.0.status.source: a observed status needs the source that shows it',
    ]);
    expect(problems('cloudflare', withMeaning(cloudflare as typeof iis, { status: { status: 403, basis: 'unknown' } }))).toEqual([
      'meanings.0.status.status: an unknown status has no number: remove status or give its basis',
    ]);
    expect(problems('cloudflare', withMeaning(cloudflare as typeof iis, { status: { basis: 'unknown' } }))).toEqual([]);
  });

  it('keeps products, places and HRESULTs to their family', () => {
    expect(problems('cloudflare', withMeaning(cloudflare as typeof iis, { product: 'IIS' }))[0]).toMatch(
      /^meanings\.0\.product: meaning product must be one of: Cloudflare, Cloudflare Workers/,
    );
    expect(problems('iis', withMeaning(iis, { shows: ['cloudflare-error-page'] }))[0]).toMatch(/^meanings\.0\.shows\.0: /);
    expect(problems('cloudflare', withMeaning(cloudflare as typeof iis, { hresults: iis.meanings[0]!.hresults }))).toEqual([
      'meanings.0.hresults: hresults belong to IIS codes only',
    ]);
    expect(problems('iis', withMeaning(iis, { hresults: [{ code: '0x8007000D', meaning: 'm', fix: 'f' }] }))[0]).toMatch(
      /^meanings\.0\.hresults\.0\.code: hresult code must be 0x and eight hex digits in lower case/,
    );
  });

  it('ties an IIS status to the number before the dot', () => {
    expect(problems('iis', withMeaning(iis, { status: { status: 502, basis: 'documented', source } }))).toEqual([
      'meanings.0.status: is 502, but the code 500.19 carries 500 before its dot',
    ]);
  });

  it('wants meaning ids unique and apart from the page sections', () => {
    const twice = { ...iis, meanings: [iis.meanings[0], { ...iis.meanings[0], hresults: undefined }] };
    expect(problems('iis', twice)).toEqual(['meanings.1.id: meaning id "iis" is used twice']);
    expect(problems('iis', withMeaning(iis, { id: 'causes' }))).toEqual([
      'meanings.0.id: meaning id "causes" is taken by a section of the page',
    ]);
  });

  it('rejects a missing who-can-fix, an empty place list and a long summary', () => {
    expect(problems('iis', withMeaning(iis, { fixableBy: [] }))[0]).toMatch(/^meanings\.0\.fixableBy: /);
    expect(problems('iis', withMeaning(iis, { shows: [] }))[0]).toMatch(/^meanings\.0\.shows: /);
    expect(problems('iis', { ...iis, summary: 'x'.repeat(161) })).toEqual(['summary: summary must be at most 160 characters']);
    expect(problems('iis', { ...iis, checked: '7 Dec 2026' })).toEqual(['checked: checked must be a date written as YYYY-MM-DD']);
  });

  it('takes an unquoted YAML date (read as a Date) as the same YYYY-MM-DD text', () => {
    const parsed = schemaOf('iis').parse({ ...iis, checked: new Date('2026-12-07') });
    expect(parsed.checked).toBe('2026-12-07');
    expect(problems('iis', { ...iis, checked: new Date('not a date') })).toEqual(['checked: checked must be a date written as YYYY-MM-DD']);
  });
});

describe('hub rows', () => {
  const row = { code: '404.5', title: 'URL sequence denied', product: 'IIS', status: { status: 404, basis: 'documented', source }, source };
  const rowProblems = (family: VendorFamily, data: unknown) => {
    const result = buildHubRowSchema(family).safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a complete row and rejects one without a source or with a mismatched status', () => {
    expect(rowProblems('iis', row)).toEqual([]);
    const { source: _dropped, ...noSource } = row;
    expect(rowProblems('iis', noSource)[0]).toMatch(/^source: /);
    expect(rowProblems('iis', { ...row, status: { status: 403, basis: 'documented', source } })).toEqual([
      'status: is 403, but the code 404.5 carries 404 before its dot',
    ]);
    expect(rowProblems('iis', { ...row, product: 'ARR' })[0]).toMatch(
      /^product: product must be one of: IIS, IIS Application Request Routing/,
    );
  });

  it('stops the build at a bad row, naming the module, the code and the field', () => {
    expect(parseHubRows('iis', [row as HubRowInput])).toHaveLength(1);
    expect(() => parseHubRows('iis', [row, { ...row, code: '404.6', status: { status: 404, basis: 'documented' } }] as never)).toThrow(
      'src/data/iis-codes.ts: 404.6: status.source: a documented status needs the source that states it',
    );
  });

  it('is either an entry or a row, never both, and never twice', () => {
    expect(() => checkHubRows('iis', ['404.5', '404.6'], new Set(['500.19']))).not.toThrow();
    expect(() => checkHubRows('iis', ['404.5', '404.5'], new Set())).toThrow('src/data/iis-codes.ts: 404.5: is listed twice');
    expect(() => checkHubRows('cloudflare', ['1020'], new Set(['1020']))).toThrow(
      'src/data/cloudflare-codes.ts: 1020: has an entry in content/cloudflare/1020.mdx; remove the row',
    );
  });
});

describe('the loader checks', () => {
  it('takes the id from the file name and wants it to equal the code', () => {
    expect(idFromVendorFile('iis', 'content/iis/500.19.mdx', { code: '500.19' })).toBe('500.19');
    expect(idFromVendorFile('cloudflare', 'content/cloudflare/1020.mdx', { code: '1020' })).toBe('1020');
    expect(() => idFromVendorFile('iis', 'content/iis/500.19.mdx', { code: '500.21' })).toThrow(
      'content/iis/500.19.mdx: code: is 500.21, but the file name says 500.19',
    );
    expect(() => idFromVendorFile('cloudflare', 'content/cloudflare/error-1020.mdx', { code: '1020' })).toThrow(
      'content/cloudflare/error-1020.mdx: file name: must be four digits',
    );
  });

  it('wants every related status code to have an entry', () => {
    const entry = { id: '1020', filePath: 'content/cloudflare/1020.mdx', data: { related: [{ id: '403' }, { id: '471' }] } };
    expect(() => checkVendorReferences('cloudflare', [entry], new Set(['403', '471']))).not.toThrow();
    expect(() => checkVendorReferences('cloudflare', [entry], new Set(['403']))).toThrow(
      'content/cloudflare/1020.mdx: related.1: names 471, which has no entry in content/codes',
    );
  });
});

/**
 * The page index the diagnosis reads (src/lib/diagnose/page-index.ts): built from the Cloudflare,
 * IIS and error collections as the build builds it, it has every entry as a page and every hub row as
 * a row, each tool name and curl exit code on the page that owns it, and only the phrases that name
 * one page. The small fixture checks the builder's rules on their own.
 */
import { describe, expect, it } from 'vitest';
import { SENDERS } from '../../src/data/sender-registry';
import { diagnose } from '../../src/lib/diagnose/diagnose';
import { toDiagnoseFacts } from '../../src/lib/diagnose/facts';
import { buildPageIndex, errorForCurlExit, errorForName, errorForText, vendorPage } from '../../src/lib/diagnose/page-index';
import { parseHubRows } from '../../src/lib/vendor-code-checks';
import { PAGE_INDEX_FIXTURE } from '../fixtures/diagnose/page-index';
import { PAGE_INDEX } from '../support/diagnose-pages';
import { HUB_ROWS, VENDOR_FAMILIES, vendorEntries } from '../support/vendor-entries';
import { ENTRIES } from './entries';
import { PARSED_ERRORS } from './error-entries';

describe('the index built from the collections', () => {
  it('has every Cloudflare and IIS entry as its page and every hub row as a row of its hub', () => {
    for (const family of VENDOR_FAMILIES) {
      for (const entry of vendorEntries(family)) {
        const code = entry.data['code'] as string;
        expect(vendorPage(PAGE_INDEX, family, code), `${family} ${code}`).toMatchObject({ page: true, path: `/${family}/${code}/` });
      }
      for (const row of parseHubRows(family, HUB_ROWS[family])) {
        expect(vendorPage(PAGE_INDEX, family, row.code), `${family} ${row.code}`).toMatchObject({
          page: false,
          path: `/${family}/`,
          link: `/${family}/#${row.code}`,
        });
      }
    }
  });

  it('carries the status an entry’s meanings agree on, and none when they do not state one', () => {
    expect(vendorPage(PAGE_INDEX, 'cloudflare', '1016')).toMatchObject({ status: 530, basis: 'documented' });
    expect(vendorPage(PAGE_INDEX, 'cloudflare', '1015')?.status).toBe(429);
    expect(vendorPage(PAGE_INDEX, 'cloudflare', '1101')?.status).toBeUndefined();
    expect(vendorPage(PAGE_INDEX, 'iis', '500.19')?.status).toBe(500);
  });

  it('sends every unshared tool name and curl exit code to its error page', () => {
    for (const { data } of PARSED_ERRORS) {
      for (const n of [...data.chrome.names, ...data.firefox.names, ...data.node.names].filter((x) => !x.shared)) {
        expect(errorForName(PAGE_INDEX, n.name)?.slug, `${data.slug}: ${n.name}`).toBe(data.slug);
      }
      for (const c of data.curl.names.filter((x) => !x.shared))
        expect(errorForCurlExit(PAGE_INDEX, c.exit)?.slug, `${data.slug}: curl ${c.exit}`).toBe(data.slug);
    }
  });

  it('keeps only phrases that name one page', () => {
    const owners = new Map<string, Set<string>>();
    for (const { data } of PARSED_ERRORS) {
      for (const p of [data.chrome.shows, data.firefox.shows, ...data.phrases].filter((x): x is string => x !== undefined)) {
        const key = p.toLowerCase().replace(/[‘’]/g, "'");
        owners.set(key, (owners.get(key) ?? new Set()).add(data.slug));
      }
    }
    for (const [phrase, slug] of Object.entries(PAGE_INDEX.phrases)) expect(owners.get(phrase), phrase).toEqual(new Set([slug]));
    // Chrome's heading is on most pages, so it names none.
    expect(PAGE_INDEX.phrases["this site can't be reached"]).toBeUndefined();
  });
});

describe('the builder', () => {
  it('gives a hub row its hub as the page and its row as the link', () => {
    expect(vendorPage(PAGE_INDEX_FIXTURE, 'cloudflare', '1019')).toMatchObject({
      page: false,
      path: '/cloudflare/',
      link: '/cloudflare/#1019',
    });
    const facts = toDiagnoseFacts(
      ENTRIES.map((e) => e.data as unknown as Parameters<typeof toDiagnoseFacts>[0][number]),
      SENDERS,
      PAGE_INDEX_FIXTURE,
    );
    const result = diagnose('HTTP/2 500\nserver: cloudflare\n\nerror code: 1019\n', facts, SENDERS);
    if (!result.ok) throw new Error(result.message);
    expect([result.page, result.reading[0]?.url]).toEqual(['/cloudflare/', '/cloudflare/#1019']);
  });

  it('gives a name marked shared to the page that does not share it, whatever the order', () => {
    const error = (slug: string, shared: boolean) => ({
      slug,
      path: `/errors/${slug}/`,
      title: slug,
      summary: slug,
      step: 'connect' as const,
      names: [{ name: 'ERR_X', shared }],
      curl: [{ exit: 7, shared }],
      phrases: ['a phrase both use'],
    });
    for (const order of [
      [error('owner', false), error('other', true)],
      [error('other', true), error('owner', false)],
    ]) {
      const index = buildPageIndex([], order);
      expect(errorForName(index, 'ERR_X')?.slug).toBe('owner');
      expect(errorForCurlExit(index, 7)?.slug).toBe('owner');
      expect(errorForText(index, 'A phrase both use, pasted')).toBeUndefined();
    }
  });
});

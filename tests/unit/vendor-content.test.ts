/**
 * Every Cloudflare and IIS entry passes the checks `astro build` makes (schema, file name, related
 * status codes), plus the writing rules (CONTENT.md: 300 to 700 words); every hub row has a pinned
 * source; every code the vendors' docs list is on its hub; no code is both an entry and a row.
 *   npx vitest run tests/unit/vendor-content.test.ts
 */
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { vendorProseWordCount } from '../../src/lib/prose';
import { checkHubRows, idFromVendorFile } from '../../src/lib/vendor-code-checks';
import { buildHubRowSchema, buildVendorCodeSchema } from '../../src/lib/vendor-code-schema';
import { sourceUrl } from '../../src/lib/vendor-families';
import { codeNames } from '../../src/lib/vendor-search';
import { resolveShortcut, toShortcutCode } from '../../src/lib/search-shortcut';
import { vendorCodePath, vendorHubRowPath } from '../../src/lib/urls';
import { CLOUDFLARE_DOCS_CODES, IIS_DOCS_CODES } from '../fixtures/vendor-docs-codes';
import { HUB_ROWS, VENDOR_FAMILIES, vendorEntries, vendorShortcutPagesFromContent } from '../support/vendor-entries';
import { ENTRIES } from './entries';

const ref = z.string().regex(/^\d{3}$/, 'a related code is a three-digit id such as "403"');
const DOCS_CODES = { cloudflare: CLOUDFLARE_DOCS_CODES, iis: IIS_DOCS_CODES };
/** docs/CONTENT.md, "Other families". */
const LEAST_WORDS = 300;
const MOST_WORDS = 700;

describe.each(VENDOR_FAMILIES)('content/%s', (family) => {
  const entries = vendorEntries(family);
  const schema = buildVendorCodeSchema(family, ref);
  const rowSchema = buildHubRowSchema(family);
  const rows = HUB_ROWS[family];

  it('has entries', () => expect(entries.length).toBeGreaterThan(0));

  describe.each(entries.map((e) => [e.file, e] as const))('%s', (file, { path, data, body }) => {
    it('matches the schema', () => {
      const result = schema.safeParse(data);
      const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(problems, path).toEqual([]);
    });

    it('is named after its code and names only status codes that have entries', () => {
      expect(idFromVendorFile(family, path, data)).toBe(file.replace(/\.mdx$/, ''));
      for (const id of (data['related'] as string[]) ?? [])
        expect(existsSync(`content/codes/${id}.mdx`), `${path} related ${id}`).toBe(true);
    });

    it(`has ${LEAST_WORDS} to ${MOST_WORDS} words of prose, causes and fixes included`, () => {
      const words = vendorProseWordCount(schema.parse(data), body);
      expect(words, path).toBeGreaterThanOrEqual(LEAST_WORDS);
      expect(words, path).toBeLessThanOrEqual(MOST_WORDS);
    });

    it('leads with the status on the wire: the body opens by naming it or saying it is unknown', () => {
      const first = body.trim().split(/\n\s*\n/)[0] ?? '';
      const parsed = schema.parse(data);
      const statuses = parsed.meanings.flatMap((m) => (m.status.status === undefined ? [] : [String(m.status.status)]));
      const saysIt =
        statuses.some((s) => first.includes(s)) || (statuses.length === 0 && /unknown|no HTTP status|not document/i.test(first));
      expect(saysIt, `${path}: first paragraph`).toBe(true);
    });

    it('writes ranges with "to", never with a dash between numbers', () => {
      expect(body).not.toMatch(/\d\s?[–—-]\s?\d{3}\b(?![.\d])/);
    });
  });

  it('has a pinned source for every hub row, and every row passes the row schema', () => {
    for (const row of rows) {
      const result = rowSchema.safeParse(row);
      expect(result.success ? [] : result.error.issues.map((i) => `${row.code} ${i.path.join('.')}: ${i.message}`)).toEqual([]);
      expect(sourceUrl(rowSchema.parse(row).source), row.code).toMatch(/^https:\/\//);
    }
  });

  it('never lists a code both as an entry and as a hub row, nor a row twice', () => {
    expect(() =>
      checkHubRows(
        family,
        rows.map((r) => r.code),
        new Set(entries.map((e) => String(e.data['code']))),
      ),
    ).not.toThrow();
  });

  it('lists every code of the vendor docs on the hub, as a page or a row', () => {
    const onHub = new Set([...entries.map((e) => String(e.data['code'])), ...rows.map((r) => r.code)]);
    expect(DOCS_CODES[family].filter((code) => !onHub.has(code))).toEqual([]);
  });
});

describe('search opens every vendor code by its number', () => {
  const codes = ENTRIES.map((entry) => toShortcutCode(entry.data as Parameters<typeof toShortcutCode>[0]));
  const pages = vendorShortcutPagesFromContent();
  const open = (query: string) => {
    const shortcut = resolveShortcut(query, codes, pages);
    return shortcut?.kind === 'page' || shortcut?.kind === 'code' ? shortcut.link.url : undefined;
  };

  it.each(VENDOR_FAMILIES)('%s: every entry opens its page and every row its hub anchor', (family) => {
    const wrong: string[] = [];
    for (const entry of vendorEntries(family)) {
      const code = String(entry.data['code']);
      for (const name of codeNames(family, code)) if (open(name) !== vendorCodePath(family, code)) wrong.push(`${name} → ${open(name)}`);
    }
    for (const row of HUB_ROWS[family]) {
      for (const name of codeNames(family, row.code))
        if (open(name) !== vendorHubRowPath(family, row.code)) wrong.push(`${name} → ${open(name)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every alias of an entry as a search name (an alias two codes share, or a status code name, must go)', () => {
    const names = new Map<string, Set<string>>();
    for (const page of pages) names.set(page.url, new Set([...(names.get(page.url) ?? []), ...page.names]));
    const lost: string[] = [];
    for (const family of VENDOR_FAMILIES) {
      for (const entry of vendorEntries(family)) {
        const url = vendorCodePath(family, String(entry.data['code']));
        for (const alias of (entry.data['aliases'] as string[]) ?? [])
          if (!names.get(url)?.has(alias)) lost.push(`${entry.path}: ${alias}`);
      }
    }
    expect(lost).toEqual([]);
  });
});

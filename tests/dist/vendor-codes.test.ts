/**
 * The built Cloudflare and IIS documents and pages, read from dist/: each family's JSON validates
 * against its published JSON Schema, every page it lists exists, and the status pages that now
 * carry family links stay inside the code page budgets (DESIGN.md: 16 KiB gzip for the page with
 * its CSS and eager JS, 14 KiB up to the end of #meaning).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstWindow, pageWeight } from '../../tools/page-weight';
import { DIST } from '../support/dist-files';

const KIB = 1024;
const readJson = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as unknown;

describe.each(['cloudflare', 'iis'] as const)('%s', (family) => {
  const doc = readJson(`${family}.json`) as { count: number; codes: { code: string; page: boolean; url: string }[] };

  it(`/${family}.json validates against /api/${family}.schema.json`, () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(readJson(`api/${family}.schema.json`) as object);
    const valid = validate(doc);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists every code once, each page built and each hub-only code on its hub', () => {
    expect(doc.count).toBe(doc.codes.length);
    expect(new Set(doc.codes.map((c) => c.code)).size).toBe(doc.codes.length);
    for (const code of doc.codes) {
      const path = new URL(code.url).pathname;
      expect(existsSync(join(DIST, path, 'index.html')), code.url).toBe(true);
      expect(new URL(code.url).hash, code.code).toBe(code.page ? '' : `#${code.code}`);
    }
  });
});

describe('status pages with family links stay inside their budgets', () => {
  it.each(['403', '429', '500', '503', '530'])('/%s/', (code) => {
    const file = join(DIST, code, 'index.html');
    expect(pageWeight(DIST, file).total).toBeLessThanOrEqual(16 * KIB);
    expect(firstWindow(DIST, file).total).toBeLessThanOrEqual(14 * KIB);
  });
});

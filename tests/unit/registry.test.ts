/** Every code the IANA registry assigns has a complete entry whose title and status match the registry. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCsvLine } from '../../src/lib/csv';
import { parseRegistry } from '../support/registry';
import { ENTRIES_BY_CODE } from './entries';

const registry = parseRegistry(readFileSync('src/data/iana-registry.csv', 'utf8'));

describe('registry parsing', () => {
  it('reads quoted fields and IANA notes', () => {
    expect(splitCsvLine('104,"Upload (TEMPORARY - a, b)",draft,')).toEqual(['104', 'Upload (TEMPORARY - a, b)', 'draft', '']);
    const byCode = new Map(registry.map((r) => [r.code, r]));
    expect(byCode.get(104)).toMatchObject({ title: 'Upload Resumption Supported', status: 'temporary' });
    expect(byCode.get(510)).toMatchObject({ title: 'Not Extended', status: 'obsoleted' });
    expect(byCode.get(418)).toMatchObject({ title: '(Unused)', status: 'unused' });
    expect(byCode.get(407)).toMatchObject({ title: 'Proxy Authentication Required', status: 'assigned' });
    expect(registry).toHaveLength(64);
  });
});

describe.each([1, 2, 3, 4, 5])('registered %sxx codes', (digit) => {
  const rows = registry.filter((r) => Math.floor(r.code / 100) === digit);

  it.each(rows.map((r) => [r.code, r] as const))('%i has an entry matching the registry', (_code, row) => {
    const entry = ENTRIES_BY_CODE.get(row.code)?.data;
    expect(entry, `content/codes/${row.code}.mdx is missing`).toBeDefined();
    expect(entry?.['title']).toBe(row.title);
    expect(entry?.['registry']).toBe(row.status);
  });
});

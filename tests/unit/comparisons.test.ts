/** Comparison pages: the written ones are sound and cover the list; each kind of break names the comparison. */
import { describe, expect, it } from 'vitest';
import { COMPARISONS } from '../../src/data/comparisons';
import { COMPARED_GROUPS, isReorderedComparePath } from '../../src/lib/compare-groups';
import { comparisonProblems, derivedRows, otherOrders, type Comparison, type EntryFacts } from '../../src/lib/comparisons';
import { comparePath } from '../../src/lib/urls';
import { ENTRIES_BY_CODE } from './entries';

const KNOWN = new Set(ENTRIES_BY_CODE.keys());

/** The comparisons issue 12 asks for, in the order it lists them. */
const REQUIRED = [
  [401, 403],
  [401, 407],
  [403, 404],
  [404, 410],
  [400, 422],
  [409, 412],
  [429, 503],
  [500, 503],
  [502, 504],
  [200, 204],
  [301, 302],
  [301, 308],
  [302, 303, 307],
  [301, 302, 303, 307, 308],
  [502, 504, 522, 524],
  [408, 504, 499],
  [413, 414, 431],
];

/** Entry facts as the schema would give them, from the raw frontmatter. */
function facts(code: number): EntryFacts {
  const data = ENTRIES_BY_CODE.get(code)!.data as Record<string, unknown>;
  const headers = (data['headers'] ?? {}) as { required?: string[] | null; optional?: string[] | null };
  return {
    code,
    cacheable: data['cacheable'] as boolean,
    retry: data['retry'] as EntryFacts['retry'],
    origin: data['origin'] as EntryFacts['origin'],
    clientSees: (data['clientSees'] ?? 'this-code') as EntryFacts['clientSees'],
    sender: data['sender'] as string | undefined,
    headers: { required: headers.required ?? [], optional: headers.optional ?? [] },
  };
}

const pair = (): Comparison => ({
  codes: [401, 403],
  summary: 'A summary.',
  question: { aspect: 'Which?', values: ['This', 'That'] },
  rows: [{ aspect: 'More', values: ['a', 'b'] }],
  verdict: [
    { code: 401, when: 'one' },
    { code: 403, when: 'other' },
  ],
});

describe('the comparisons in src/data/comparisons.ts', () => {
  it('pass every check', () => {
    expect(comparisonProblems(COMPARISONS, COMPARED_GROUPS, KNOWN)).toEqual([]);
  });

  it('include every comparison the issue lists, under its ascending URL', () => {
    const urls = new Set(COMPARISONS.map((c) => comparePath(c.codes)));
    for (const codes of REQUIRED) expect(urls.has(comparePath(codes)), codes.join(' vs ')).toBe(true);
    expect(comparePath([408, 504, 499])).toBe('/compare/408-vs-499-vs-504/');
  });

  it('say 522 and 524 come from Cloudflare and 499 from nginx, as their entries do', () => {
    expect(facts(522).sender).toBe('Cloudflare');
    expect(facts(524).sender).toBe('Cloudflare');
    expect(facts(499).sender).toBe('nginx');
    const cloudflare = COMPARISONS.find((c) => c.codes.join() === '502,504,522,524')!;
    const timers = cloudflare.rows.find((r) => r.aspect === 'Which timer')!.values;
    // The 522 entry's own compare row names the same two timers.
    const entry522 = ENTRIES_BY_CODE.get(522)!.source;
    expect(entry522).toContain('19 seconds');
    expect(entry522).toContain('90 seconds');
    expect(timers[2]).toContain('19 seconds');
    expect(timers[2]).toContain('90 seconds');
    expect(ENTRIES_BY_CODE.get(524)!.source).toContain('6,000 seconds');
    expect(timers[3]).toContain('6,000 seconds');
  });
});

describe('comparison checks', () => {
  it('accept a sound comparison', () => {
    expect(comparisonProblems([pair()], [[401, 403]], KNOWN)).toEqual([]);
  });

  it('reject a code without an entry, naming the comparison', () => {
    const bad = { ...pair(), codes: [401, 403, 600], verdict: [...pair().verdict, { code: 600, when: 'never' }] };
    const problems = comparisonProblems(
      [{ ...bad, question: { aspect: 'Which?', values: ['a', 'b', 'c'] }, rows: [] }],
      [[401, 403, 600]],
      KNOWN,
    );
    expect(problems).toEqual(['comparison 401-vs-403-vs-600: code 600 has no entry in content/codes']);
  });

  it('reject codes out of order, a row with the wrong number of values and a verdict that skips a code', () => {
    const reversed = { ...pair(), codes: [403, 401], verdict: [...pair().verdict].reverse() };
    expect(comparisonProblems([reversed], [[403, 401]], KNOWN)).toContain(
      'comparison 403-vs-401: list the codes in ascending order, each once',
    );
    const short = { ...pair(), rows: [{ aspect: 'More', values: ['only one'] }] };
    expect(comparisonProblems([short], [[401, 403]], KNOWN)).toEqual([
      'comparison 401-vs-403, row "More": give 2 values, one per code, not 1',
    ]);
    const verdict = { ...pair(), verdict: [{ code: 401, when: 'one' }] };
    expect(comparisonProblems([verdict], [[401, 403]], KNOWN)).toEqual([
      'comparison 401-vs-403: the verdict must say when to use each code, in order (401, 403), not 401',
    ]);
  });

  it('reject a first row that is not a question', () => {
    const flat = { ...pair(), question: { aspect: 'Meaning', values: ['a', 'b'] } };
    expect(comparisonProblems([flat], [[401, 403]], KNOWN)).toEqual([
      'comparison 401-vs-403: the first row must be the question that tells the codes apart',
    ]);
  });

  it('keep the published list and the written pages identical', () => {
    expect(comparisonProblems([pair()], [], KNOWN)).toEqual(['comparison 401-vs-403: written but missing from src/lib/compare-groups.ts']);
    expect(comparisonProblems([], [[401, 403]], KNOWN)).toEqual([
      'comparison 401-vs-403: listed in src/lib/compare-groups.ts but not written',
    ]);
  });
});

describe('rows derived from the entries', () => {
  it('add the method row for redirects, from the fact table', () => {
    const rows = derivedRows([facts(301), facts(307), facts(308)]);
    expect(rows[0]!.key).toBe('method');
    expect(rows[0]!.cells.map((c) => c.value)).toEqual(['may-change', 'kept', 'kept']);
    expect(derivedRows([facts(401), facts(403)]).some((r) => r.key === 'method')).toBe(false);
  });

  it('carry each entry value: required headers, cacheability, retry and sender', () => {
    const rows = derivedRows([facts(401), facts(403)]);
    const row = (key: string) => rows.find((r) => r.key === key)!.cells.map((c) => c.value);
    expect(row('required-headers')).toEqual(['WWW-Authenticate', '']);
    expect(row('cacheable')).toEqual(['false', 'false']);
    expect(row('retry')).toEqual(['after-fix', 'never']);
    expect(row('sender')).toEqual(['origin', 'origin']);
  });

  it('say what reaches the client only when a code does not arrive as itself', () => {
    expect(
      derivedRows([facts(408), facts(499), facts(504)])
        .find((r) => r.key === 'client-sees')
        ?.cells.map((c) => c.value),
    ).toEqual(['this-code', 'log-only', 'this-code']);
    expect(derivedRows([facts(502), facts(504)]).some((r) => r.key === 'client-sees')).toBe(false);
  });
});

describe('other orders of the same numbers', () => {
  it('lists every order but the ascending one for pairs and groups of three', () => {
    expect(otherOrders([401, 403])).toEqual(['403-vs-401']);
    expect(otherOrders([302, 303, 307])).toHaveLength(5);
    expect(otherOrders([302, 303, 307])).not.toContain('302-vs-303-vs-307');
  });

  it('lists only the descending order for larger groups', () => {
    expect(otherOrders([502, 504, 522, 524])).toEqual(['524-vs-522-vs-504-vs-502']);
  });

  it('tells reordered paths from canonical ones', () => {
    expect(isReorderedComparePath('/compare/403-vs-401/')).toBe(true);
    expect(isReorderedComparePath('/compare/401-vs-403/')).toBe(false);
    expect(isReorderedComparePath('/compare/')).toBe(false);
    expect(isReorderedComparePath('/403/')).toBe(false);
  });
});

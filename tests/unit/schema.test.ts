/** The entry schema accepts a complete entry and rejects each kind of broken one, saying what is wrong. */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildCodeSchema } from '../../src/lib/code-schema';
import { ContentEntryError, checkBody, idFromCodeFile } from '../../src/lib/entry-checks';
import { splitFrontmatter, type Yaml } from '../support/frontmatter';

const schema = buildCodeSchema(z.string().regex(/^\d{3}$/));
const source = readFileSync('content/codes/407.mdx', 'utf8');
const { data: good, body: goodBody } = splitFrontmatter('407.mdx', source);

/** A fresh deep copy of the good entry with one change applied. */
function variant(change: (entry: Yaml) => void): Record<string, unknown> {
  const copy = structuredClone(good);
  change(copy);
  return copy;
}

/** Every problem the schema reports, as "path: message". */
function problems(entry: unknown): string[] {
  const result = schema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('code schema', () => {
  it('accepts a complete entry', () => {
    expect(problems(good)).toEqual([]);
  });

  it.each([
    ['missing summary', (e: Yaml) => delete e.summary, /^summary: summary is required$/],
    ['code not a number', (e: Yaml) => (e.code = '407'), /^code: code must be a number/],
    ['code out of range', (e: Yaml) => (e.code = 1000), /^code: code must be between 0 and 999/],
    ['registered code outside 100 to 599', (e: Yaml) => (e.code = 999), /^code: only unofficial entries/],
    ['unknown registry value', (e: Yaml) => (e.registry = 'official'), /^registry: registry must be one of: assigned, temporary/],
    ['unofficial without sender', (e: Yaml) => (e.registry = 'unofficial'), /^sender: sender is required when registry is "unofficial"/],
    ['fewer than 3 FAQ items', (e: Yaml) => (e.faq = e.faq.slice(0, 2)), /^faq: faq needs at least 3 questions/],
    ['an audience missing from causes', (e: Yaml) => delete e.causes.visitor, /^causes\.visitor: /],
    ['an unknown field', (e: Yaml) => (e.colour = 'red'), /colour/],
    ['a summary over 160 characters', (e: Yaml) => (e.summary = 'x'.repeat(161)), /^summary: summary must be at most 160 characters/],
    [
      'a compare table under 4 rows',
      (e: Yaml) => (e.compare.rows = e.compare.rows.slice(0, 3)),
      /^compare\.rows: compare\.rows needs at least 4 rows/,
    ],
    ['a spec link that is not a URL', (e: Yaml) => (e.spec[0].url = 'rfc9110 15.5.8'), /^spec\.0\.url: spec url must be an absolute URL/],
    ['an unknown origin', (e: Yaml) => (e.origin = 'cdn'), /^origin: origin must be one of/],
    [
      'one fix only for visitors',
      (e: Yaml) => (e.fixes.visitor = ['Reload.']),
      /^fixes\.visitor: fixes for website visitors: give at least 2 items/,
    ],
  ])('rejects %s, naming the problem', (_name, change, expected) => {
    const found = problems(variant(change));
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });
});

describe('entry file checks', () => {
  it('takes the id from a file named after the code', () => {
    expect(idFromCodeFile('content/codes/407.mdx', { code: 407 })).toBe('407');
    expect(idFromCodeFile('content/codes/000.mdx', { code: 0 })).toBe('000');
  });

  it('rejects a file name that differs from the code, naming file and field', () => {
    expect(() => idFromCodeFile('content/codes/408.mdx', { code: 407 })).toThrow(ContentEntryError);
    expect(() => idFromCodeFile('content/codes/408.mdx', { code: 407 })).toThrow(
      'content/codes/408.mdx: code: is 407, but the file name says 408',
    );
  });

  it('rejects a file name that is not a three-digit code', () => {
    expect(() => idFromCodeFile('content/codes/proxy.mdx', { code: 407 })).toThrow('content/codes/proxy.mdx: file name:');
  });

  it('accepts a body with Meaning, then Behavior with an http exchange', () => {
    expect(() => checkBody('407.mdx', goodBody)).not.toThrow();
  });

  it('rejects a body without Meaning', () => {
    const body = goodBody.replace('<Meaning>', '').replace('</Meaning>', '');
    expect(() => checkBody('407.mdx', body)).toThrow('407.mdx: body: needs exactly one <Meaning>');
  });

  it('rejects sections in the wrong order', () => {
    expect(() => checkBody('x.mdx', '<Behavior>\n```http\nGET / HTTP/1.1\n```\n</Behavior>\n<Meaning>m</Meaning>')).toThrow(
      'must come after',
    );
  });

  it('rejects a behaviour section without a raw exchange', () => {
    expect(() => checkBody('x.mdx', '<Meaning>m</Meaning>\n<Behavior>\nNo example.\n</Behavior>')).toThrow('```http');
  });
});

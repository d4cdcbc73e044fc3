/**
 * Every entry in content/codes passes the same checks `astro build` makes (schema, file name,
 * body sections, references), without a build. Run it alone while writing an entry:
 *   npx vitest run tests/unit/content.test.ts
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildCodeSchema } from '../../src/lib/code-schema';
import { checkBody, idFromCodeFile } from '../../src/lib/entry-checks';
import { proseWordCount } from '../../src/lib/prose';
import { rawExchangeProblems } from '../support/raw-exchange';
import { ENTRIES } from './entries';

const files = ENTRIES.map((entry) => entry.file);
const ids = new Set(files.map((f) => f.replace(/\.mdx$/, '')));
const schema = buildCodeSchema(z.string().regex(/^\d{3}$/, 'a reference is a three-digit code id such as "401"'));

/**
 * Heuristically cacheable codes: RFC 9110 section 15.1 names 200, 203, 204, 206, 300, 301, 308,
 * 404, 405, 410, 414 and 501; RFC 7725 section 3 adds 451. No other code is cacheable by default.
 */
const HEURISTICALLY_CACHEABLE = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);

/** docs/CONTENT.md, "Prose length": 700 to 1,200 words for registered codes, 450 to 1,200 for unofficial numbers. */
const MOST_PROSE_WORDS = 1200;
const LEAST_PROSE_WORDS = 700;
const LEAST_PROSE_WORDS_UNOFFICIAL = 450;

describe('content/codes', () => {
  describe.each(ENTRIES.map((entry) => [entry.file, entry] as const))('%s', (file, { path, source, data, body }) => {
    it('matches the schema', () => {
      const result = schema.safeParse(data);
      const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(problems, `${path}`).toEqual([]);
    });

    it('is named after its code and has both body sections', () => {
      expect(idFromCodeFile(path, data)).toBe(file.replace(/\.mdx$/, ''));
      expect(() => checkBody(path, body)).not.toThrow();
    });

    it('references only existing entries, never itself', () => {
      const parsed = schema.parse(data);
      const refs = [...parsed.related, parsed.compare.with];
      for (const ref of refs) expect(ids.has(ref), `${path} references ${ref}`).toBe(true);
      expect(refs).not.toContain(file.replace(/\.mdx$/, ''));
    });

    it('links each RFC section it names to that section', () => {
      const parsed = schema.parse(data);
      const wrong = parsed.spec.filter(({ title, url }) => {
        const named = /^RFC (\d+), section ([\d.]+)/.exec(title);
        const linked = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)#section-([\d.]+)$/.exec(url);
        return named && (!linked || linked[1] !== named[1] || linked[2] !== named[2]);
      });
      expect(wrong).toEqual([]);
      // Links in the prose too: "[section 11.7.2](…rfc9110#section-11.7.2)".
      for (const [, text, rfc, anchor] of source.matchAll(
        /\[([^\]]*section [\d.]+[^\]]*)\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)#section-([\d.]+)\)/g,
      )) {
        expect(/section ([\d.]+)/.exec(text!)?.[1]?.replace(/\.$/, ''), `${text} → rfc${rfc}#section-${anchor}`).toBe(anchor);
        const named = /RFC (\d+)/.exec(text!)?.[1];
        if (named) expect(named, `${text} → rfc${rfc}`).toBe(rfc);
      }
    });

    it('is cacheable by default exactly when the spec says so', () => {
      const parsed = schema.parse(data);
      expect(parsed.cacheable).toBe(HEURISTICALLY_CACHEABLE.has(parsed.code));
    });

    it('is honest about the bodies in its raw exchange', () => {
      expect(rawExchangeProblems(body), path).toEqual([]);
    });

    it('opens the comparison with the question that tells the codes apart', () => {
      const parsed = schema.parse(data);
      expect(parsed.compare.rows[0]?.aspect.trim().endsWith('?')).toBe(true);
    });

    it('has the prose length CONTENT.md asks for', () => {
      const parsed = schema.parse(data);
      const words = proseWordCount(parsed, body);
      const least = parsed.registry === 'unofficial' ? LEAST_PROSE_WORDS_UNOFFICIAL : LEAST_PROSE_WORDS;
      expect(words, `${path} has ${words} words of prose`).toBeGreaterThanOrEqual(least);
      expect(words, `${path} has ${words} words of prose`).toBeLessThanOrEqual(MOST_PROSE_WORDS);
    });

    it('writes ranges and classes as words Pagefind can find', () => {
      // Code and URLs are exempt: `bytes 200-999/1000` or a docs path like error-502-504/ is not a range of codes.
      const prose = source
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '')
        .replace(/https?:\/\/[^\s)"']+/g, '');
      expect(prose, `${path}: write "4xx and 5xx", not "4xx/5xx"`).not.toMatch(/\dxx\/\dxx/i);
      expect(prose, `${path}: write "100 to 199", not "100–199"`).not.toMatch(/\d{3}\s?[–—-]\s?\d{3}\b/);
    });
  });
});

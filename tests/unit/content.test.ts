/**
 * Every entry in content/codes passes the same checks `astro build` makes (schema, file name,
 * body sections, references), without a build. Run it alone while writing an entry:
 *   npx vitest run tests/unit/content.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildCodeSchema } from '../../src/lib/code-schema';
import { checkBody, idFromCodeFile } from '../../src/lib/entry-checks';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { proseWordCount } from '../../src/lib/prose';

const dir = 'content/codes';
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const ids = new Set(files.map((f) => f.replace(/\.mdx$/, '')));
const schema = buildCodeSchema(z.string().regex(/^\d{3}$/, 'a reference is a three-digit code id such as "401"'));

function load(file: string) {
  const path = `${dir}/${file}`;
  const { data, body } = splitFrontmatter(path, readFileSync(path, 'utf8'));
  return { path, data, body };
}

describe('content/codes', () => {
  it('holds entries', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(files)('%s', (file) => {
    const { path, data, body } = load(file);

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

    it('opens the comparison with the question that tells the codes apart', () => {
      const parsed = schema.parse(data);
      expect(parsed.compare.rows[0]?.aspect.trim().endsWith('?')).toBe(true);
    });

    it('has the prose length CONTENT.md asks for', () => {
      const parsed = schema.parse(data);
      const words = proseWordCount(parsed, body);
      const least = parsed.registry === 'unofficial' ? 450 : 700;
      expect(words, `${path} has ${words} words of prose`).toBeGreaterThanOrEqual(least);
      expect(words, `${path} has ${words} words of prose`).toBeLessThanOrEqual(1250);
    });

    it('writes ranges and classes as words Pagefind can find', () => {
      // Code and URLs are exempt: `bytes 200-999/1000` or a docs path like error-502-504/ is not a range of codes.
      const source = readFileSync(path, 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '')
        .replace(/https?:\/\/[^\s)"']+/g, '');
      expect(source, `${path}: write "4xx and 5xx", not "4xx/5xx"`).not.toMatch(/\dxx\/\dxx/i);
      expect(source, `${path}: write "100 to 199", not "100–199"`).not.toMatch(/\d{3}\s?[–—-]\s?\d{3}\b/);
    });
  });
});

/** Every browser and curl error entry read straight from content/errors, for tests that need no build. */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { buildErrorSchema, type ErrorData } from '../../src/lib/error-schema';
import { splitFrontmatter } from '../support/frontmatter';
import type { RawEntry } from './entries';

export const ERROR_ENTRIES: readonly RawEntry[] = readdirSync('content/errors')
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const path = `content/errors/${file}`;
    const source = readFileSync(path, 'utf8');
    return { file, path, source, ...splitFrontmatter(path, source) };
  });

/** The schema with plain three-digit ids for code references, as the tests use it. */
export const errorSchema = buildErrorSchema(z.string().regex(/^\d{3}$/, 'a reference is a three-digit code id such as "521"'));

/** Every entry parsed by the schema (a broken one throws, naming the file), with its body. */
export const PARSED_ERRORS: readonly { path: string; data: ErrorData; body: string }[] = ERROR_ENTRIES.map((entry) => {
  const result = errorSchema.safeParse(entry.data);
  if (!result.success) {
    throw new Error(`${entry.path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { path: entry.path, data: result.data, body: entry.body };
});

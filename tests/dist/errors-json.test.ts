/** /errors.json, as built, validates against the JSON Schema the site publishes for it, and lists every page. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ERROR_SLUGS } from '../../src/lib/error-schema';

const read = (path: string): unknown => JSON.parse(readFileSync(`dist/${path}`, 'utf8'));

describe('/errors.json', () => {
  const document = read('errors.json') as { count: number; errors: { slug: string; url: string }[] };

  it('validates against /api/errors.schema.json', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(read('api/errors.schema.json') as object);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it('lists every failure once, each with its page', () => {
    expect(document.count).toBe(ERROR_SLUGS.length);
    expect(document.errors.map((e) => e.slug).sort()).toEqual([...ERROR_SLUGS].sort());
    for (const { slug, url } of document.errors) expect(new URL(url).pathname).toBe(`/errors/${slug}/`);
  });
});

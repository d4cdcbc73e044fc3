/**
 * The public JSON of the browser and curl errors, served at /errors.json, and its JSON Schema at
 * /api/errors.schema.json. Each published field reuses the entry schema's field (src/lib/error-schema.ts),
 * so names, limits and descriptions are written once. Fields are only ever added.
 */
import { z } from 'astro/zod';
import { schemaFields } from './json-schema-fields';
import { buildErrorFields, type ErrorData } from './error-schema';
import { ERRORS_SCHEMA_PATH, errorPath } from './urls';

const codeId = z
  .string()
  .regex(/^\d{3}$/)
  .describe('A status code as three digits, as used in URLs: "521", "000".');

const fields = buildErrorFields(codeId).shape;

/** One failure in /errors.json. The order of the fields is the order they are published in. */
export const errorJsonSchema = z.strictObject({
  slug: fields.slug,
  title: fields.title,
  summary: fields.summary,
  step: fields.step,
  stepNote: fields.stepNote,
  statusSeen: fields.statusSeen,
  whoFixes: fields.whoFixes,
  chrome: fields.chrome,
  firefox: fields.firefox,
  curl: fields.curl,
  fetch: fields.fetch,
  node: fields.node,
  requests: fields.requests,
  cases: fields.cases,
  cloudflare: fields.cloudflare,
  related: fields.related,
  aliases: fields.aliases,
  causes: fields.causes,
  fixes: fields.fixes,
  sources: fields.sources,
  url: z.url().describe('The permanent page URL.'),
});

export type ErrorJson = z.output<typeof errorJsonSchema>;

/** /errors.json: every failure, in the hub's order. */
export const errorsJsonSchema = z.strictObject({
  count: z.number().int().min(0).describe('How many failures the document lists.'),
  errors: z.array(errorJsonSchema).describe('Every browser and curl failure, in the order of the /errors/ hub.'),
});

export function toErrorJson(data: ErrorData, site: URL | string): ErrorJson {
  return {
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    step: data.step,
    stepNote: data.stepNote,
    statusSeen: data.statusSeen,
    whoFixes: data.whoFixes,
    chrome: data.chrome,
    firefox: data.firefox,
    curl: data.curl,
    fetch: data.fetch,
    node: data.node,
    requests: data.requests,
    cases: data.cases,
    cloudflare: data.cloudflare,
    related: data.related,
    aliases: data.aliases,
    causes: data.causes,
    fixes: data.fixes,
    sources: data.sources,
    url: new URL(errorPath(data.slug), site).toString(),
  };
}

export function toErrorsJson(errors: ErrorJson[]) {
  return { count: errors.length, errors };
}

/** JSON Schema (draft 2020-12) of /errors.json, as the published document's shape. */
export const ERRORS_JSON_SCHEMA = (() => {
  const { $schema, ...rest } = z.toJSONSchema(errorsJsonSchema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: ERRORS_SCHEMA_PATH, title: 'Browser and curl errors', ...rest };
})();

/** The fields of one failure in /errors.json, for the table on /api/, read from the JSON Schema itself. */
export function errorJsonFields(): { name: string; type: string; description: string }[] {
  const errors = (ERRORS_JSON_SCHEMA.properties as { errors: { items: { properties: Record<string, unknown> } } }).errors;
  return schemaFields(errors.items.properties);
}

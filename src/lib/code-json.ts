/**
 * The public JSON shape of a code, served at /NNN.json and inside /codes.json, and its JSON Schema.
 * Both are derived from the entry schema (src/lib/code-schema.ts): each published field reuses the
 * entry field's zod schema, so enums, limits and descriptions are written once. Fields are only ever
 * added, never renamed or removed (tests/e2e/linking.spec.ts holds a snapshot of the field list).
 */
import { z } from 'astro/zod';
import { STATUS_CLASSES, classOf, formatCode } from './classes';
import { buildCodeFields, type CodeData } from './code-schema';
import { IANA_REGISTRY_STATE } from './registry';
import { codePath } from './urls';
import { schemaFields, type JsonFieldRow } from './json-schema-fields';

const codeId = z
  .string()
  .regex(/^\d{3}$/)
  .describe('A code as three digits, as used in URLs: "407", "000".');
const entry = buildCodeFields(codeId).shape;

/** One code document, /NNN.json. The order of the fields is the order they are published in. */
export const codeJsonSchema = z.strictObject({
  code: entry.code,
  id: codeId,
  title: entry.title,
  summary: entry.summary,
  class: z
    .enum(STATUS_CLASSES.map((c) => c.slug) as [string, ...string[]])
    .nullable()
    .describe('The class, or null for numbers outside 100 to 599 (000).'),
  registry: entry.registry,
  sender: z.string().nullable().describe('Who sends an unofficial code; null for registered codes.'),
  clientSees: entry.clientSees,
  spec: entry.spec,
  formerNames: entry.formerNames,
  aliases: entry.aliases,
  headers: entry.headers,
  cacheable: entry.cacheable,
  retry: entry.retry,
  origin: entry.origin,
  related: z.array(codeId).describe('Ids of sibling codes.'),
  constants: z
    .record(z.string(), z.array(z.string()).min(1))
    .describe(
      'Library id (as on /constants/) to every name that library gives the code, the current name first. Libraries without one are left out.',
    ),
  url: z.url().describe('The permanent page URL.'),
});

export type CodeJson = z.output<typeof codeJsonSchema>;

/** What toCodeJson needs: the entry's facts, with references already turned into ids. */
export type CodeJsonInput = Pick<
  CodeData,
  | 'code'
  | 'title'
  | 'summary'
  | 'registry'
  | 'sender'
  | 'clientSees'
  | 'spec'
  | 'formerNames'
  | 'aliases'
  | 'headers'
  | 'cacheable'
  | 'retry'
  | 'origin'
> & {
  related: string[];
  /** Library id to every name that library gives the code, current first (src/data/in-code.ts). */
  constants: Record<string, string[]>;
};

export function toCodeJson(data: CodeJsonInput, site: URL | string): CodeJson {
  return {
    code: data.code,
    id: formatCode(data.code),
    title: data.title,
    summary: data.summary,
    class: classOf(data.code)?.slug ?? null,
    registry: data.registry,
    sender: data.sender ?? null,
    clientSees: data.clientSees,
    spec: data.spec,
    formerNames: data.formerNames,
    aliases: data.aliases,
    headers: data.headers,
    cacheable: data.cacheable,
    retry: data.retry,
    origin: data.origin,
    related: data.related,
    constants: data.constants,
    url: new URL(codePath(data.code), site).toString(),
  };
}

export function toCodesJson(codes: CodeJson[]) {
  return { registryState: IANA_REGISTRY_STATE, count: codes.length, codes };
}

/** The JSON Schema (draft 2020-12) of a zod schema, as the published document's shape (output). */
function jsonSchemaOf(schema: z.ZodType, id: string, title: string) {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: id, title, ...rest };
}

/** JSON Schema of one code document, served at /api/code.schema.json. */
export const CODE_JSON_SCHEMA = jsonSchemaOf(codeJsonSchema, '/api/code.schema.json', 'HTTP status code');

/** JSON Schema of /codes.json: every code document in one list. */
export const CODES_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/api/codes.schema.json',
  title: 'All HTTP status codes',
  type: 'object',
  required: ['registryState', 'count', 'codes'],
  additionalProperties: false,
  properties: {
    registryState: { type: 'string', format: 'date', description: 'Date of the IANA registry state the data was checked against.' },
    count: { type: 'integer', minimum: 0 },
    codes: { type: 'array', items: { $ref: '/api/code.schema.json' } },
  },
} as const;

/** The fields of the code document, for the table on /api/, read from the JSON Schema itself. */
export function codeJsonFields(): JsonFieldRow[] {
  return schemaFields(CODE_JSON_SCHEMA.properties as Record<string, unknown>);
}

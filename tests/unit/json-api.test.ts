/**
 * The JSON API promises that fields are only ever added (README, /api/). The published field list,
 * with each field's type, is kept in tests/fixtures/json-fields.json: a field that disappears or
 * changes type fails here. A new field fails too until it is appended to the list, so adding one
 * is a deliberate act.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_JSON_SCHEMA, CODES_JSON_SCHEMA } from '../../src/lib/code-json';
import { ERRORS_JSON_SCHEMA } from '../../src/lib/error-json';
import { vendorJsonSchemaDocument } from '../../src/lib/vendor-code-json';

interface Node {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Node[];
  items?: Node;
  properties?: Record<string, Node>;
  $ref?: string;
}

/** "path": "type" for every field, nested objects and array items included ("headers.required[]": "string"). */
function fieldTypes(node: Node, path = ''): Record<string, string> {
  const types = (n: Node): string[] =>
    n.anyOf ? n.anyOf.flatMap(types) : n.$ref ? [`ref ${n.$ref}`] : n.type ? [n.type].flat() : n.enum ? ['enum'] : [];
  const out: Record<string, string> = {};
  if (path) out[path] = types(node).sort().join(' | ');
  for (const [name, child] of Object.entries(node.properties ?? {})) Object.assign(out, fieldTypes(child, path ? `${path}.${name}` : name));
  if (node.items) Object.assign(out, fieldTypes(node.items, `${path}[]`));
  return out;
}

const published = JSON.parse(readFileSync('tests/fixtures/json-fields.json', 'utf8')) as Record<string, Record<string, string>>;
const current: Record<string, Record<string, string>> = {
  '/api/code.schema.json': fieldTypes(CODE_JSON_SCHEMA as Node),
  '/api/codes.schema.json': fieldTypes(CODES_JSON_SCHEMA as Node),
  '/api/errors.schema.json': fieldTypes(ERRORS_JSON_SCHEMA as Node),
  '/api/cloudflare.schema.json': fieldTypes(vendorJsonSchemaDocument('cloudflare') as Node),
  '/api/iis.schema.json': fieldTypes(vendorJsonSchemaDocument('iis') as Node),
};

describe.each(Object.keys(current))('%s', (schema) => {
  it('keeps every published field with its type', () => {
    const lost = Object.entries(published[schema] ?? {})
      .filter(([field, type]) => current[schema]![field] !== type)
      .map(([field, type]) => `${field}: was ${type}, now ${current[schema]![field] ?? 'gone'}`);
    expect(lost).toEqual([]);
  });

  it('lists every field in tests/fixtures/json-fields.json', () => {
    const unlisted = Object.keys(current[schema]!).filter((field) => !(field in (published[schema] ?? {})));
    expect(unlisted, 'append new fields to tests/fixtures/json-fields.json').toEqual([]);
  });
});

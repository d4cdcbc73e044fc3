/**
 * The public JSON of a vendor code family, /cloudflare.json and /iis.json: every code the vendor
 * documents, entries (with pages) and hub rows alike, and its JSON Schema (/api/cloudflare.schema.json,
 * /api/iis.schema.json). The fields reuse the entry schema's zod parts (src/lib/vendor-code-schema.ts),
 * so enums, patterns and descriptions are written once. Fields are only ever added
 * (tests/fixtures/json-fields.json).
 */
import { z } from 'astro/zod';
import { isoDate, pinnedSource, STATUS_BASES } from './schema-parts';
import { buildVendorCodeFields, FIXERS, VENDOR_PRODUCTS, VENDOR_SHOWS, type VendorFamily } from './vendor-code-schema';
import { vendorJsonSchemaPath } from './urls';
import { schemaFields, type JsonFieldRow, type JsonSchemaNode } from './json-schema-fields';

const statusId = z
  .string()
  .regex(/^\d{3}$/)
  .describe('A status code id as three digits, as in this site’s URLs: "403".');

/** The zod schema of one family's document; the JSON Schema is derived from it. */
export function vendorJsonSchema(family: VendorFamily) {
  const entry = buildVendorCodeFields(family, statusId).shape;
  const meaning = z.strictObject({
    id: z.string().describe('The meaning’s slug; its anchor on the page when a code has several.'),
    product: z.enum(VENDOR_PRODUCTS[family]).describe('The product that shows the code with this meaning.'),
    name: z.string().describe('This meaning’s name or message, as the product words it.'),
    status: z.number().int().min(100).max(599).nullable().describe('The HTTP status that travels with the code, or null when unknown.'),
    basis: z.enum(STATUS_BASES).describe('documented (the vendor says so), observed (a published capture shows it) or unknown.'),
    statusSource: pinnedSource.nullable().describe('The document that states the status or the capture that shows it; null when unknown.'),
    statusNote: z.string().nullable().describe('A qualification of the status, such as the case the vendor documents it for.'),
    shows: z.array(z.enum(VENDOR_SHOWS[family])).describe('Where the code appears. Empty for codes that have no page here.'),
    fixableBy: z.array(z.enum(FIXERS)).describe('Who can clear it. Empty for codes that have no page here.'),
    hresults: z
      .array(
        z.strictObject({
          code: z.string().describe('The HRESULT, such as "0x8007000d".'),
          meaning: z.string().describe('What it says went wrong.'),
          fix: z.string().describe('What to check and change.'),
          url: z.url().describe('Its anchor on the code’s page.'),
        }),
      )
      .describe('HRESULTs documented for this meaning (IIS); empty otherwise.'),
    url: z.url().describe('Where this meaning is explained: its anchor, the page, or the hub row.'),
  });
  const code = z.strictObject({
    code: entry.code,
    title: entry.title,
    summary: z.string().nullable().describe('One sentence about the code; null for codes that have no page here.'),
    page: z.boolean().describe('Whether the code has a page of its own here; if not, url is its row on the hub.'),
    url: z.url().describe('The code’s page, or its row on the hub.'),
    aliases: z.array(z.string()).describe('Other words people search with.'),
    meanings: z.array(meaning).min(1).describe('One per product meaning of the number.'),
    related: z.array(statusId).describe('Status codes the page links to.'),
    sources: z.array(pinnedSource).min(1).describe('Every document the facts were read in, pinned.'),
    checked: isoDate('checked').nullable().describe('When the page was last checked against its sources; null for hub rows.'),
  });
  return z.strictObject({
    family: z.literal(family).describe('Which family this document lists.'),
    count: z.number().int().min(0).describe('How many codes follow.'),
    codes: z.array(code).describe('Every code the vendor documents, in the vendor’s order.'),
  });
}

export type VendorJson = z.output<ReturnType<typeof vendorJsonSchema>>;
export type VendorCodeJson = VendorJson['codes'][number];
export type VendorMeaningJson = VendorCodeJson['meanings'][number];

const TITLES: Record<VendorFamily, string> = {
  cloudflare: 'Cloudflare 1xxx error codes',
  iis: 'IIS and ASP.NET Core Module sub-status codes',
};

/** The JSON Schema (draft 2020-12) of one family's document, served at /api/<family>.schema.json. */
export function vendorJsonSchemaDocument(family: VendorFamily) {
  const { $schema, ...rest } = z.toJSONSchema(vendorJsonSchema(family), { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: vendorJsonSchemaPath(family), title: TITLES[family], ...rest };
}

/**
 * The fields of one code in a family's document, for the table on /api/, read from the JSON Schema
 * itself: the code's own fields, then each meaning's as "meanings[].status".
 */
export function vendorJsonFields(family: VendorFamily): JsonFieldRow[] {
  const schema = vendorJsonSchemaDocument(family) as unknown as { properties: { codes: { items: JsonSchemaNode } } };
  const code = schema.properties.codes.items.properties ?? {};
  const meaning = code['meanings']?.items?.properties ?? {};
  return [...schemaFields(code), ...schemaFields(meaning, 'meanings[].')];
}

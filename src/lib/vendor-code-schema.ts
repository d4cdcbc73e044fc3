/**
 * The schemas of the two vendor code families beside the status codes: Cloudflare's 1xxx errors
 * (`content/cloudflare/NNNN.mdx`) and IIS and ASP.NET Core Module sub-status codes
 * (`content/iis/NNN.N.mdx`), and of the hub rows for codes that have no entry of their own
 * (`src/data/cloudflare-codes.ts`, `src/data/iis-codes.ts`). One base serves both families; the
 * family rules (the shape of the code, which products and places belong to it, HRESULTs) sit on top.
 * Every field carries a `.describe()`; the JSON Schema at /api/cloudflare.schema.json and
 * /api/iis.schema.json is derived from these.
 *
 * Free of Astro globals, so unit tests can feed it entries: src/content.config.ts passes Astro's
 * `reference('codes')` for `related`, tests pass a plain string schema.
 */
import { z } from 'astro/zod';
import { isoDate, perAudience, pinnedSource, statusOnWire, text } from './schema-parts';
import { VENDOR_PAGE_IDS } from './vendor-sections';

export const VENDOR_FAMILIES = ['cloudflare', 'iis'] as const;
export type VendorFamily = (typeof VENDOR_FAMILIES)[number];

/** Who shows a code, per family. A meaning names one; a hub row names one. */
export const VENDOR_PRODUCTS = {
  cloudflare: ['Cloudflare', 'Cloudflare Workers'],
  iis: ['IIS', 'IIS Application Request Routing', 'ASP.NET Core Module'],
} as const satisfies Record<VendorFamily, readonly string[]>;

export type VendorProduct = (typeof VENDOR_PRODUCTS)[VendorFamily][number];

/**
 * Where a reader meets the code, per family. Extend only through the contract's changes file.
 * Cloudflare: its HTML error page, the plain `error code: 1020` body, the JSON body for API
 * clients, the `cf-error-type` header, the Workers exception page, and a message in its own
 * dashboard or API (1104, the cache purge meaning of 1015), which never reaches a visitor. IIS: the detailed error page
 * (local requests by default), the generic custom error page remote visitors get, the log's
 * `sc-substatus` and `sc-win32-status` fields, the ASP.NET Core Module's own error page, the
 * Windows Application event log, the module's stdout log.
 */
export const VENDOR_SHOWS = {
  cloudflare: [
    'cloudflare-error-page',
    'cloudflare-plain-text',
    'cloudflare-json',
    'cf-error-type-header',
    'workers-exception-page',
    'cloudflare-dashboard',
  ],
  iis: ['iis-detailed-error', 'iis-custom-error', 'iis-log-substatus', 'ancm-error-page', 'windows-event-log', 'stdout-log'],
} as const satisfies Record<VendorFamily, readonly string[]>;

export const SHOWS = [...VENDOR_SHOWS.cloudflare, ...VENDOR_SHOWS.iis] as const;
export type Shows = (typeof SHOWS)[number];

/** Who can clear the error: the person looking at it, the site's owner, or the vendor itself. */
export const FIXERS = ['visitor', 'owner', 'vendor'] as const;
export type Fixer = (typeof FIXERS)[number];

/** "1020": four digits, 1000 to 1999, as Cloudflare numbers its errors. */
export const CLOUDFLARE_CODE = /^1\d{3}$/;
/** "500.19", "404.0": the HTTP status (100 to 599), a dot, the sub-status without leading zeros. */
export const IIS_CODE = /^[1-5]\d\d\.(?:0|[1-9]\d{0,2})$/;
/** An HRESULT as IIS prints it, written in lower case so it can be an anchor: "0x8007000d". */
export const HRESULT = /^0x[\da-f]{8}$/;

const CODE_RULES: Record<VendorFamily, { pattern: RegExp; message: string; example: string }> = {
  cloudflare: {
    pattern: CLOUDFLARE_CODE,
    message: 'a Cloudflare code is four digits from 1000 to 1999, such as "1020"',
    example: '"1020"',
  },
  iis: {
    pattern: IIS_CODE,
    message: 'an IIS code is the status (100 to 599), a dot and the sub-status, such as "500.19" or "404.0"',
    example: '"500.19"',
  },
};

/**
 * The code as text. YAML reads an unquoted 404.0 as the number 404 and 500.10 as 500.1, so the
 * code must be quoted; the message says so.
 */
export function vendorCode(family: VendorFamily) {
  const rule = CODE_RULES[family];
  return z
    .string({
      error: (issue) => (issue.input === undefined ? 'code is required' : `code must be text in quotes, such as ${rule.example}`),
    })
    .regex(rule.pattern, `code: ${rule.message}`)
    .describe(
      family === 'cloudflare'
        ? 'The Cloudflare error number, four digits in quotes: "1020". Equals the file name.'
        : 'The IIS status and sub-status in quotes, with the dot: "500.19", "404.0". Equals the file name.',
    );
}

/** The HTTP status number an IIS code carries before its dot: 500 for "500.19". */
export function iisStatusOf(code: string): number {
  return Number(code.split('.')[0]);
}

const hresult = z
  .strictObject({
    code: z
      .string('hresult code must be text in quotes, such as "0x8007000d"')
      .regex(HRESULT, 'hresult code must be 0x and eight hex digits in lower case, such as "0x8007000d"')
      .describe('The HRESULT as the error page prints it, in lower case: "0x8007000d". It becomes the anchor #0x8007000d.'),
    meaning: text('hresult meaning').describe('What this HRESULT says went wrong, in our own words.'),
    fix: text('hresult fix').describe('What to check and change, in our own words.'),
  })
  .describe('One HRESULT a code documents, with its meaning and fix.');

function meaning(family: VendorFamily) {
  return z
    .strictObject({
      id: z
        .string('meaning id must be text')
        .regex(/^[a-z][a-z\d-]*$/, 'meaning id must be a short lower-case slug, such as "iis" or "ancm"')
        .describe("A short slug; the meaning's anchor on the page when a code has several."),
      product: z
        .enum(VENDOR_PRODUCTS[family], `meaning product must be one of: ${VENDOR_PRODUCTS[family].join(', ')}`)
        .describe('The product that shows the code with this meaning.'),
      name: text('meaning name').describe("This meaning's own name or message, as the product words it."),
      status: statusOnWire,
      shows: z
        .array(z.enum(VENDOR_SHOWS[family], `meaning shows must be among: ${VENDOR_SHOWS[family].join(', ')}`))
        .min(1, 'meaning shows: name at least one place the code appears')
        .describe('Where the code appears: a page, a header, a log field.'),
      fixableBy: z
        .array(z.enum(FIXERS, `meaning fixableBy must be among: ${FIXERS.join(', ')}`))
        .min(1, 'meaning fixableBy: name at least one of visitor, owner, vendor')
        .describe('Who can clear it: the visitor, the site owner, the vendor.'),
      hresults: z
        .array(hresult)
        .optional()
        .describe('IIS only: the HRESULTs the docs list for this meaning (500.19), each an anchor on the page.'),
    })
    .describe('One meaning of the code, as one product shows it.');
}

/**
 * The entry's fields, without the rules that tie them together. `codeReference` turns a status
 * code id ("500") into a link to a `codes` entry: Astro's `reference('codes')` in the build, a
 * plain string schema in tests. That the entry exists is checked by the loader
 * (checkVendorReferences in src/lib/vendor-code-checks.ts).
 */
export function buildVendorCodeFields<Ref extends z.ZodType>(family: VendorFamily, codeReference: Ref) {
  return z.strictObject({
    code: vendorCode(family),
    title: text('title').describe("The product's own title for the code, as its page or docs show it."),
    summary: text('summary')
      .max(160, 'summary must be at most 160 characters')
      .describe('One sentence: the page subtitle, meta description and hub row.'),
    aliases: z.array(text('alias')).default([]).describe('Other words people search with for this code.'),
    meanings: z
      .array(meaning(family), {
        error: (issue) => (issue.input === undefined ? 'meanings is required: give at least one meaning' : 'meanings must be a list'),
      })
      .min(1, 'meanings: give at least one meaning')
      .describe('One item per product meaning; a number with several (IIS 502.5, Cloudflare 1015) has several.'),
    causes: perAudience('causes'),
    fixes: perAudience('fixes'),
    related: z
      .array(codeReference)
      .default([])
      .describe('Status code ids ("500") the page links to. A code with no entry in content/codes fails the build.'),
    sources: z
      .array(pinnedSource, {
        error: (issue) => (issue.input === undefined ? 'sources is required: give at least one pinned source' : 'sources must be a list'),
      })
      .min(1, 'sources: give at least one pinned source; every fact on the page comes from one')
      .describe('Every document the page was written from, pinned: repo, path and commit, or url and date read.'),
    checked: isoDate('checked').describe('The date the entry was last checked against its sources.'),
  });
}

export type VendorCodeFields = z.output<ReturnType<typeof buildVendorCodeFields<z.ZodString>>>;

type MeaningData = VendorCodeFields['meanings'][number];

/** Rules on one meaning that hold for entries and hub rows alike: an IIS status matches its code. */
function checkStatusMatchesCode(
  family: VendorFamily,
  code: string,
  status: MeaningData['status'],
  path: (string | number)[],
  ctx: z.RefinementCtx,
) {
  if (family !== 'iis' || status.status === undefined || !IIS_CODE.test(code)) return;
  if (status.status !== iisStatusOf(code)) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'status'],
      message: `is ${status.status}, but the code ${code} carries ${iisStatusOf(code)} before its dot`,
    });
  }
}

/** The entry schema of one family: the fields plus the rules that tie them together. */
export function buildVendorCodeSchema<Ref extends z.ZodType>(family: VendorFamily, codeReference: Ref) {
  return buildVendorCodeFields(family, codeReference).superRefine((entry, ctx) => {
    const seenIds = new Set<string>();
    const seenHresults = new Set<string>();
    entry.meanings.forEach((m, i) => {
      if (seenIds.has(m.id)) ctx.addIssue({ code: 'custom', path: ['meanings', i, 'id'], message: `meaning id "${m.id}" is used twice` });
      seenIds.add(m.id);
      if (VENDOR_PAGE_IDS.includes(m.id)) {
        ctx.addIssue({ code: 'custom', path: ['meanings', i, 'id'], message: `meaning id "${m.id}" is taken by a section of the page` });
      }
      checkStatusMatchesCode(family, entry.code, m.status, ['meanings', i], ctx);
      if (m.hresults !== undefined && family !== 'iis') {
        ctx.addIssue({ code: 'custom', path: ['meanings', i, 'hresults'], message: 'hresults belong to IIS codes only' });
      }
      (m.hresults ?? []).forEach((h, j) => {
        if (seenHresults.has(h.code)) {
          ctx.addIssue({ code: 'custom', path: ['meanings', i, 'hresults', j, 'code'], message: `HRESULT ${h.code} is listed twice` });
        }
        seenHresults.add(h.code);
      });
    });
  });
}

export type VendorCodeData = z.output<ReturnType<typeof buildVendorCodeSchema<z.ZodString>>>;
export type VendorMeaning = VendorCodeData['meanings'][number];

/**
 * One hub row for a code in the vendor's docs that has no entry (and so no page) of its own: the
 * code, its title, who shows it, the HTTP status with its basis, and where the row was read.
 * `src/data/cloudflare-codes.ts` and `src/data/iis-codes.ts` hold these; a code is an entry or a
 * row, never both.
 */
export function buildHubRowSchema(family: VendorFamily) {
  return z
    .strictObject({
      code: vendorCode(family),
      title: text('title').describe('The title as the vendor docs write it.'),
      product: z
        .enum(VENDOR_PRODUCTS[family], `product must be one of: ${VENDOR_PRODUCTS[family].join(', ')}`)
        .describe('The product that shows the code.'),
      status: statusOnWire,
      source: pinnedSource.describe('Where the row was read: the vendor document that lists the code.'),
    })
    .superRefine((row, ctx) => checkStatusMatchesCode(family, row.code, row.status, [], ctx))
    .describe('A code the vendor documents that has no page here.');
}

export type HubRowInput = z.input<ReturnType<typeof buildHubRowSchema>>;
export type HubRow = z.output<ReturnType<typeof buildHubRowSchema>>;

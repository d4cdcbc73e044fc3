/**
 * The schema of one browser or curl error entry (`content/errors/<slug>.mdx` frontmatter): a failure
 * that ends before any usable HTTP response, under every name the common tools give it.
 *
 * Free of Astro globals so unit tests can feed it good and bad entries; `src/content.config.ts`
 * passes Astro's `reference('codes')` in, tests pass a plain string schema. Every object is strict,
 * so a misspelt field fails the build. The names are checked against the pinned source lists in
 * tests/fixtures/errors/ by tests/unit/error-names.test.ts.
 */
import { z } from 'astro/zod';
import { perAudience, pinnedSource, text } from './schema-parts';

/** The permanent slugs (DESIGN.md, "URLs"): one page each, never renamed. */
export const ERROR_SLUGS = [
  'too-many-redirects',
  'connection-refused',
  'name-not-resolved',
  'connection-timed-out',
  'empty-response',
  'connection-reset',
  'tls-handshake-failed',
  'certificate-invalid',
  'http2-protocol-error',
  'cors-blocked',
  'proxy-connection-failed',
] as const;

export type ErrorSlug = (typeof ERROR_SLUGS)[number];

/**
 * The step of a request that failed, in the order a client takes them: the name lookup, the TCP
 * connection, the TLS handshake, the HTTP exchange, and, in a browser only, the CORS check the
 * browser runs on a response that did arrive before it lets the page's script read it.
 */
export const FAILED_STEPS = ['dns', 'connect', 'tls', 'http', 'cors-check'] as const;

export type FailedStep = (typeof FAILED_STEPS)[number];

/**
 * What an HTTP client gets to see of a status: nothing at all, only a chain of redirects it gave up
 * following, a response the browser withholds from the page's script, or only the proxy's own
 * answer to the tunnel request.
 */
export const STATUS_SEEN = ['none', 'redirect-chain', 'hidden-from-script', 'proxy-only'] as const;

export type StatusSeen = (typeof STATUS_SEEN)[number];

/** What a pinned source backs: one tool's names, a standard, Cloudflare's counterpart, or server software the page names (nginx). */
export const SOURCE_TOPICS = ['chrome', 'firefox', 'curl', 'fetch', 'node', 'requests', 'cloudflare', 'standard', 'server'] as const;

/** The tools whose names an entry lists; each one an entry names needs a source about it. */
export const NAMED_TOOLS = ['chrome', 'firefox', 'curl', 'node', 'requests'] as const;

const CASE_ID = /^[a-z][a-z0-9_]*$/;

/** A case on a page with several named errors (certificates, TLS): its id is the anchor people link to. */
const caseId = z
  .string('case must be a case id such as err_cert_date_invalid')
  .regex(CASE_ID, 'case must be a lower-case anchor such as err_cert_date_invalid');

const shared = z
  .boolean('shared must be true or false')
  .optional()
  .describe(
    'True when this name belongs to another failure as well and search should open the other page; a name on several pages is unshared on at most one.',
  );

const chromeName = z.strictObject({
  name: z
    .string('Chrome name must be text such as ERR_CONNECTION_REFUSED')
    .regex(/^ERR_[A-Z0-9_]+$/, 'Chrome name must be written like ERR_CONNECTION_REFUSED, without the net:: prefix'),
  number: z
    .number('Chrome number must be a number such as -102')
    .int('Chrome number must be a whole number')
    .max(-1, 'Chrome number is negative, as in net_error_list.h (-102)')
    .describe('The value in net/base/net_error_list.h.'),
  case: caseId.optional().describe('The case (see cases) this name belongs to.'),
  shared,
});

const firefoxName = z.strictObject({
  name: z
    .string('Firefox name must be text such as NS_ERROR_CONNECTION_REFUSED')
    .regex(
      /^(?:NS_ERROR|NS_BINDING|SSL_ERROR|SEC_ERROR|MOZILLA_PKIX_ERROR)_[A-Z0-9_]+$/,
      'Firefox name must be an NS_ERROR_, SSL_ERROR_, SEC_ERROR_ or MOZILLA_PKIX_ERROR_ name',
    ),
  case: caseId.optional(),
  shared,
});

const curlName = z.strictObject({
  exit: z
    .number('curl exit must be a number such as 7')
    .int()
    .min(1, 'curl exit must be between 1 and 99')
    .max(99, 'curl exit must be between 1 and 99')
    .describe('The exit code of the curl tool, equal to the libcurl CURLcode.'),
  name: z
    .string('curl name must be text such as CURLE_COULDNT_CONNECT')
    .regex(/^CURLE_[A-Z0-9_]+$/, 'curl name must be a CURLE_ name such as CURLE_COULDNT_CONNECT'),
  message: text('curl message').describe('What curl_easy_strerror() returns for the code, at the release the sources name.'),
  case: caseId.optional(),
  shared,
});

const nodeName = z.strictObject({
  name: z
    .string('Node name must be text such as ECONNREFUSED')
    .regex(/^[A-Z][A-Z0-9_]+$/, 'Node name must be an error code such as ECONNREFUSED or ERR_TLS_CERT_ALTNAME_INVALID'),
  api: z
    .enum(['http', 'fetch', 'both'], 'api must be one of: http, fetch, both')
    .default('both')
    .describe('Where it shows: error.code from http and https, error.cause.code from fetch(), or both.'),
  case: caseId.optional(),
  shared,
});

const requestsName = z.strictObject({
  name: z
    .string('requests name must be text such as requests.exceptions.ConnectionError')
    .regex(/^requests\.exceptions\.[A-Za-z]+$/, 'requests name must be written like requests.exceptions.ConnectionError'),
  shared,
});

/** Either the names a tool gives the failure, or why it has none. */
function tool<Name extends z.ZodType, Extra extends z.ZodRawShape = Record<never, never>>(
  what: string,
  name: Name,
  extra: Extra = {} as Extra,
) {
  return z
    .strictObject({
      names: z.array(name).default([]).describe(`The names ${what} gives this failure.`),
      shows: text(`${what} shows`).optional().describe(`The heading or title of the error page ${what} shows, quoted exactly.`),
      console: text(`${what} console`).optional().describe(`A line ${what} writes to the developer console, quoted exactly.`),
      note: text(`${what} note`).optional().describe('A short qualification: where the name appears, a version that changed it.'),
      none: text(`${what} none`).optional().describe(`Why ${what} has no name for this failure.`),
      ...extra,
    })
    .superRefine((parsed, ctx) => {
      // The generic Extra fields hide the common ones from TypeScript; these five are always there.
      const value = parsed as { names: unknown[]; shows?: string; console?: string; none?: string };
      const { names } = value;
      if (names.length === 0 && value.none === undefined && value.shows === undefined && value.console === undefined) {
        ctx.addIssue({ code: 'custom', path: ['names'], message: `list ${what}'s names, quote what it shows, or say why it has none` });
      }
      if (names.length > 0 && value.none !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['none'], message: `${what} has names, so none must go` });
      }
    })
    .describe(`${what}: names, what it shows, or why it has none.`);
}

const source = z
  .strictObject({
    about: z.enum(SOURCE_TOPICS, `about must be one of: ${SOURCE_TOPICS.join(', ')}`).describe('What the source backs.'),
    source: pinnedSource,
  })
  .describe('A pinned source and the tool or standard it backs.');

/**
 * Builds the entry schema around a reference schema that turns a status code id ("521") into a
 * link to a code entry: Astro's `reference('codes')` in the build, a plain string schema in tests.
 * That the code exists is checked by the collection's loader (checkErrorReferences).
 */
export function buildErrorFields<Ref extends z.ZodType>(codeReference: Ref) {
  return z.strictObject({
    slug: z.enum(ERROR_SLUGS, `slug must be one of: ${ERROR_SLUGS.join(', ')}`).describe('The permanent URL part: /errors/<slug>/.'),
    title: text('title').max(60, 'title must be at most 60 characters').describe('What failed, in plain words: "Connection refused".'),
    summary: text('summary')
      .max(160, 'summary must be at most 160 characters')
      .describe('One sentence: the page subtitle, meta description and hub line.'),
    step: z
      .enum(FAILED_STEPS, `step must be one of: ${FAILED_STEPS.join(', ')}`)
      .describe("The step that failed: dns, connect, tls, http, or cors-check (the browser's check of a response that did arrive)."),
    stepNote: text('stepNote')
      .max(160, 'stepNote must be at most 160 characters')
      .describe('Where exactly in that step, in one short sentence.'),
    statusSeen: z
      .strictObject({
        kind: z.enum(STATUS_SEEN, `statusSeen.kind must be one of: ${STATUS_SEEN.join(', ')}`),
        codes: z.array(codeReference).default([]).describe('Status codes that can show up (the 3xx of a redirect chain), by id.'),
        note: text('statusSeen note').describe('What fetch, XMLHttpRequest and curl report, in one or two sentences.'),
      })
      .describe('Whether any HTTP status reaches the client, and which.'),
    whoFixes: text('whoFixes')
      .max(200, 'whoFixes must be at most 200 characters')
      .describe('Who can fix it, first: the site, the visitor, the network.'),
    chrome: tool('Chrome', chromeName, {
      summary: text('Chrome summary').optional().describe('The line under the heading, with the host written as example.com.'),
      dnsProbe: z
        .array(z.string().regex(/^DNS_PROBE_[A-Z_]+$/, 'dnsProbe names are written like DNS_PROBE_FINISHED_NXDOMAIN'))
        .default([])
        .describe('DNS probe results Chrome can show in place of the net error (components/error_page).'),
    }),
    firefox: tool('Firefox', firefoxName),
    curl: tool('curl', curlName),
    fetch: z
      .strictObject({
        cell: text('fetch cell').max(40, 'fetch cell must be at most 40 characters').describe('The short form for the hub table.'),
        note: text('fetch note').describe('What fetch() and XMLHttpRequest report for this failure.'),
      })
      .describe('What browser code sees.'),
    node: tool('Node.js', nodeName),
    requests: tool('Python requests', requestsName),
    cases: z
      .array(
        z.strictObject({
          id: caseId.describe('The anchor: the lower-case Chrome name, such as err_cert_date_invalid.'),
          title: text('case title').describe('What went wrong, in a few words.'),
          meaning: text('case meaning').describe('What these names mean, inline Markdown.'),
          fix: text('case fix').describe('How to fix it, inline Markdown.'),
        }),
      )
      .default([])
      .describe('On pages with several named errors (certificates, TLS): one section per case, with what it means and its fix.'),
    cloudflare: z
      .strictObject({
        status: codeReference.optional().describe('The status Cloudflare answers when the same failure happens between it and the origin.'),
        note: text('cloudflare note').describe('What Cloudflare does, or why no status corresponds.'),
      })
      .describe("Cloudflare's counterpart, only where Cloudflare's own documentation says so."),
    related: z.array(codeReference).default([]).describe('Status code pages that go with this failure, by id ("000").'),
    aliases: z.array(text('alias')).default([]).describe('Words people search with that name this failure exactly: "redirect loop".'),
    phrases: z
      .array(text('phrase'))
      .default([])
      .describe('Pieces of pasted messages that open this page when a query contains them: "blocked by CORS policy".'),
    causes: perAudience('causes'),
    fixes: perAudience('fixes'),
    sources: z.array(source).min(1, 'sources must list at least one pinned source').describe('Every source, pinned, with what it backs.'),
  });
}

/** Every name a tool section lists, with the field path it sits at, for the checks below. */
function namePaths(entry: ErrorFields): { path: (string | number)[]; case: string | undefined }[] {
  const out: { path: (string | number)[]; case: string | undefined }[] = [];
  for (const toolName of ['chrome', 'firefox', 'curl', 'node'] as const) {
    entry[toolName].names.forEach((n, i) => out.push({ path: [toolName, 'names', i, 'case'], case: n.case }));
  }
  return out;
}

type ErrorFields = z.output<ReturnType<typeof buildErrorFields<z.ZodString>>>;

/** The entry schema: the fields above plus the rules that tie fields together. */
export function buildErrorSchema<Ref extends z.ZodType>(codeReference: Ref) {
  return buildErrorFields(codeReference).superRefine((entry, ctx) => {
    const data = entry as unknown as ErrorFields;
    const caseIds = new Set(data.cases.map((c) => c.id));
    for (const { path, case: id } of namePaths(data)) {
      if (id !== undefined && !caseIds.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `names case ${id}, which is not in cases` });
      }
    }
    data.cases.forEach((c, i) => {
      const chrome = data.chrome.names.find((n) => n.name.toLowerCase() === c.id);
      if (!chrome)
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `${c.id} is not a Chrome name of this entry, lower-cased` });
      else if (chrome.case !== c.id)
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `${chrome.name} must name case ${c.id}` });
    });
    for (const toolName of NAMED_TOOLS) {
      if (data[toolName].names.length > 0 && !data.sources.some((s) => s.about === toolName)) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: `${toolName} has names, so sources needs one about ${toolName}` });
      }
    }
    if (data.cloudflare.status !== undefined && !data.sources.some((s) => s.about === 'cloudflare')) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'cloudflare names a status, so sources needs one about cloudflare' });
    }
    if (data.statusSeen.kind === 'redirect-chain' && data.statusSeen.codes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['statusSeen', 'codes'], message: 'a redirect chain lists the 3xx codes it is made of' });
    }
  });
}

export type ErrorData = z.output<ReturnType<typeof buildErrorSchema<z.ZodString>>>;

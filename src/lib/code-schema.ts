/**
 * The schema of one status code entry (`content/codes/NNN.mdx` frontmatter).
 *
 * It lives here, free of Astro globals, so unit tests can feed it good and bad entries.
 * `src/content.config.ts` passes Astro's `reference('codes')` in; tests pass a plain string schema.
 * Every object is strict: a misspelt or unknown field fails the build instead of vanishing.
 */
import { z } from 'astro/zod';
import { perAudience, text } from './schema-parts';

export const REGISTRY_STATUSES = ['assigned', 'temporary', 'unused', 'obsoleted', 'unofficial'] as const;

/** What a client should do after receiving the code. */
export const RETRY_ADVICE = ['not-needed', 'never', 'after-fix', 'after-delay', 'follow-redirect'] as const;

/**
 * The network hops a code can come from, from the client outwards: the client itself (no
 * response at all), a forward proxy, a gateway (CDN or reverse proxy), a load balancer, the origin.
 */
export const NETWORK_HOPS = ['client', 'proxy', 'gateway', 'load-balancer', 'origin'] as const;

/**
 * What reaches the client when this code is "sent". Most codes arrive as themselves; some vendor
 * numbers never do: nginx 444 closes the connection, 499 and ALB 460 exist only in logs, nginx 494
 * to 497 go out as 400, and 000 means no response arrived at all.
 */
export const CLIENT_SEES = ['this-code', 'no-response', 'log-only', 'status-400', 'no-status'] as const;

const specLink = z.strictObject({
  title: text('spec title').describe('Document and section, e.g. "RFC 9110, section 15.5.8".'),
  url: z
    .url('spec url must be an absolute URL')
    .describe('Exact section link, e.g. https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8.'),
});

/**
 * Builds the entry schema around a reference schema, which turns a code id ("401") into a link to
 * another entry: Astro's `reference('codes')` in the build, a plain string schema in tests.
 * `reference()` only reshapes the id; that the entry exists is checked by `checkReferences` in
 * src/lib/entry-checks.ts, which the collection's loader runs.
 */
export function buildCodeFields<Ref extends z.ZodType>(codeReference: Ref) {
  return z.strictObject({
    code: z
      .number('code must be a number, such as 407 (no quotes)')
      .int('code must be a whole number')
      .min(0, 'code must be between 0 and 999')
      .max(999, 'code must be between 0 and 999')
      .describe('The status number. 100 to 599 for real codes; 0 is the "no response at all" page /000/.'),
    title: text('title').describe('The current reason phrase, as RFC 9110 names it (413 Content Too Large).'),
    summary: text('summary')
      .max(160, 'summary must be at most 160 characters')
      .describe('One sentence: the page subtitle, meta description and index line.'),
    registry: z
      .enum(REGISTRY_STATUSES, `registry must be one of: ${REGISTRY_STATUSES.join(', ')}`)
      .describe('Status in the IANA registry; "unofficial" for numbers a vendor invented.'),
    sender: text('sender')
      .optional()
      .describe('Who sends an unofficial code (nginx, Cloudflare, AWS ALB). Required when registry is "unofficial".'),
    spec: z
      .array(specLink)
      .min(1, 'spec must list at least one defining document')
      .describe('The defining documents, each with an exact section link.'),
    formerNames: z.array(text('former name')).default([]).describe('Reason phrases the code used to have.'),
    aliases: z.array(text('alias')).default([]).describe('Words people search with for this code.'),
    headers: z
      .strictObject({
        required: z.array(text('header name')).default([]).describe('Headers the spec requires (MUST) with this code.'),
        optional: z.array(text('header name')).default([]).describe('Headers the spec relates to the code (SHOULD or MAY).'),
        prohibited: z.array(text('header name')).default([]).describe('Headers the spec forbids or says to ignore.'),
        conditional: z
          .array(z.strictObject({ name: text('header name'), when: text('conditional header case') }))
          .default([])
          .describe(
            'Headers the spec requires (MUST) only in some cases, each with its case: Content-Range on a single-part 206, ETag on a 304 when a 200 would have carried it.',
          ),
      })
      .default({ required: [], optional: [], prohibited: [], conditional: [] })
      .describe('Header names the spec ties to this code.'),
    cacheable: z.boolean('cacheable must be true or false').describe('Heuristically cacheable by default (RFC 9110 section 15.1).'),
    retry: z
      .enum(RETRY_ADVICE, `retry must be one of: ${RETRY_ADVICE.join(', ')}`)
      .describe('What a client should do next: not-needed (success), never (not as-is), after-fix, after-delay, follow-redirect.'),
    origin: z
      .enum(NETWORK_HOPS, `origin must be one of: ${NETWORK_HOPS.join(', ')}`)
      .describe('Who typically generates the code; drives the request-path diagram.'),
    clientSees: z
      .enum(CLIENT_SEES, `clientSees must be one of: ${CLIENT_SEES.join(', ')}`)
      .default('this-code')
      .describe('What actually reaches the client; anything but this-code is marked on the page and in the diagram.'),
    related: z
      .array(codeReference)
      .default([])
      .describe('Sibling codes, by id ("401"). A missing entry fails the build (checkReferences).'),
    compare: z
      .strictObject({
        with: codeReference.describe('The closest sibling, by id ("401").'),
        rows: z
          .array(
            z.strictObject({
              aspect: text('compare aspect'),
              this: text('compare value for this code'),
              that: text('compare value for the sibling'),
            }),
          )
          .min(4, 'compare.rows needs at least 4 rows; the first is the question that tells the codes apart'),
      })
      .describe('The side-by-side table with the closest sibling.'),
    causes: perAudience('causes'),
    fixes: perAudience('fixes'),
    examples: text('examples').describe('Real-world examples, Markdown.'),
    seo: text('seo').describe('What search crawlers do with the code, Markdown.'),
    faq: z
      .array(z.strictObject({ q: text('faq question'), a: text('faq answer') }))
      .min(3, 'faq needs at least 3 questions')
      .describe('Questions people type into a search box, answered directly.'),
    funFact: text('funFact').describe('One short, true, checkable fact. Markdown.'),
    otherMeanings: z
      .array(
        z.strictObject({
          sender: text('other meaning sender'),
          name: text('other meaning name'),
          summary: text('other meaning summary'),
          source: z.url('other meaning source must be an absolute URL'),
        }),
      )
      .default([])
      .describe("Other senders' uses of the same number (451, 499, 530)."),
  });
}

/** The entry schema: the fields above plus the rules that tie fields together. */
export function buildCodeSchema<Ref extends z.ZodType>(codeReference: Ref) {
  return buildCodeFields(codeReference).superRefine((entry, ctx) => {
    if (entry.registry === 'unofficial' && !entry.sender) {
      ctx.addIssue({
        code: 'custom',
        path: ['sender'],
        message: 'sender is required when registry is "unofficial": name who sends this code',
      });
    }
    if (entry.registry !== 'unofficial' && (entry.code < 100 || entry.code > 599)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: 'only unofficial entries may use a code outside 100 to 599',
      });
    }
  });
}

export type CodeData = z.output<ReturnType<typeof buildCodeSchema<z.ZodString>>>;

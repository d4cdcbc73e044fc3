/**
 * Schema parts every content family shares: status codes (code-schema.ts) and the families beside
 * them (browser and curl errors, Cloudflare 1xxx codes, IIS sub-status codes). Each family's schema
 * is built from these, so "causes for builders" or "a pinned source" means one thing everywhere and
 * fails with the same kind of message, naming the field.
 */
import { z } from 'astro/zod';

/** A required, trimmed, non-empty string whose errors say which field it is. */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`);

const audienceList = (what: string) => z.array(text(what)).min(2, `${what}: give at least 2 items`).max(5, `${what}: give at most 5 items`);

/** One list per reader: 2 to 5 items each, inline Markdown. */
export const perAudience = (what: string) =>
  z
    .strictObject({
      builder: audienceList(`${what} for builders`).describe('People who run servers, proxies, CDNs and frameworks.'),
      consumer: audienceList(`${what} for API consumers`).describe('People calling an API, running a script, CI job or package manager.'),
      visitor: audienceList(`${what} for website visitors`).describe('Non-technical people looking at a browser. Plain words.'),
    })
    .describe(`${what}, for each of the three audiences (2 to 5 items each, inline Markdown).`);

/**
 * A calendar date written as YYYY-MM-DD: when a source was read or an entry checked. YAML reads an
 * unquoted 2026-12-07 as a date, not text, so a valid date value is turned back into the same
 * YYYY-MM-DD text first; `checked: 2026-12-07` and `checked: "2026-12-07"` mean the same.
 */
export const isoDate = (what: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string(`${what} must be a date written as YYYY-MM-DD`)
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, `${what} must be a date written as YYYY-MM-DD`),
  );

/**
 * Where a product claim was read, pinned so the next reader sees the same text: a file in a public
 * repository at a commit or release tag (`repo`, `path`, `ref`), or a documentation page with the
 * date it was read (`url`, `read`). A repository file may add its `url` for readers.
 */
export const pinnedSource = z
  .strictObject({
    title: text('source title').describe('What the source is, as a reader would name it: "curl docs/libcurl/libcurl-errors.md".'),
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'source repo must be owner/name, such as curl/curl')
      .optional()
      .describe('The public repository, owner/name.'),
    path: text('source path').optional().describe('The file inside the repository.'),
    ref: z
      .string()
      .regex(/^[\w.+-]+$/, 'source ref must be a 40-digit commit or a release tag')
      .optional()
      .describe('The commit (40 hex digits) or release tag the file was read at.'),
    url: z.url('source url must be an absolute URL').optional().describe('A page to read it on.'),
    read: isoDate('source read').optional().describe('The date a documentation page was read (needed for a url without repo).'),
  })
  .superRefine((source, ctx) => {
    const inRepo = source.repo !== undefined || source.path !== undefined || source.ref !== undefined;
    if (inRepo) {
      for (const field of ['repo', 'path', 'ref'] as const) {
        if (source[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `source ${field} is required with a repository file (repo, path and ref)`,
          });
        }
      }
    } else if (source.url === undefined || source.read === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [source.url === undefined ? 'url' : 'read'],
        message: 'a source is either a repository file (repo, path, ref) or a page with the date it was read (url, read)',
      });
    }
  })
  .describe('A pinned source: repo, path and ref, or url and the date read.');

export type PinnedSource = z.output<typeof pinnedSource>;

/** How we know which HTTP status travels with a vendor's code. */
export const STATUS_BASES = ['documented', 'observed', 'unknown'] as const;

/**
 * The HTTP status that travels with a code a product shows (a Cloudflare 1xxx page, an IIS
 * sub-status): `documented` when the vendor says so, `observed` when a capture shows it, `unknown`
 * otherwise, never guessed. A documented or observed status names its source; an unknown one has
 * no status.
 */
export const statusOnWire = z
  .strictObject({
    status: z
      .number('status must be a number such as 403')
      .int()
      .min(100, 'status must be between 100 and 599')
      .max(599, 'status must be between 100 and 599')
      .optional()
      .describe('The HTTP status line that carries the code. Absent when unknown.'),
    basis: z.enum(STATUS_BASES, `basis must be one of: ${STATUS_BASES.join(', ')}`).describe('How we know it.'),
    source: pinnedSource.optional().describe('The vendor document that states it, or the capture that shows it.'),
    note: text('status note').optional().describe('A short qualification, such as a status that differs by plan or version.'),
  })
  .superRefine((wire, ctx) => {
    if (wire.basis === 'unknown') {
      if (wire.status !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'an unknown status has no number: remove status or give its basis' });
      }
      return;
    }
    if (wire.status === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: `a ${wire.basis} status needs its number` });
    if (wire.source === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `a ${wire.basis} status needs the source that ${wire.basis === 'documented' ? 'states' : 'shows'} it`,
      });
    }
  })
  .describe('The HTTP status on the wire, with its basis and source.');

export type StatusOnWire = z.output<typeof statusOnWire>;

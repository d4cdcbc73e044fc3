/**
 * What Cloudflare changed about its 1xxx error responses in 2026, from its changelog: the hub lists
 * the changes with their dates, and each code page shows its Retry-After value from this one table.
 */
import type { PinnedSource } from '../lib/schema-parts';

export interface CloudflareChange {
  /** The changelog entry's date. */
  date: string;
  title: string;
  /** What changed, in our words (inline Markdown). */
  summary: string;
  source: PinnedSource;
}

const changelog = (file: string, ref: string, title: string): PinnedSource => ({
  title: `Cloudflare changelog: ${title}`,
  repo: 'cloudflare/cloudflare-docs',
  path: `src/content/changelog/fundamentals/${file}`,
  ref,
});

export const RETRY_AFTER_SOURCE = changelog(
  '2026-03-12-retry-after-header-for-1xxx-errors.mdx',
  '0309c8bed23afe438f28fd5026b5a7999e653081',
  'Retry-After HTTP header for retryable 1xxx errors',
);

export const CLOUDFLARE_2026_CHANGES: readonly CloudflareChange[] = [
  {
    date: '2026-02-26',
    title: 'Markdown error responses',
    summary:
      'A client that asks for `Accept: text/markdown` gets the 1xxx error as Markdown with YAML front matter (error code, name, category, HTTP status, Ray ID, whether it is retryable and whether the owner must act). A client that does not prefer Markdown, such as a browser, still gets the HTML page.',
    source: changelog(
      '2026-02-26-markdown-responses-for-1xxx-errors.mdx',
      '11e5a5daa13e3c8a755195d278c46587bb3117c3',
      'Markdown responses for Cloudflare 1xxx errors',
    ),
  },
  {
    date: '2026-03-11',
    title: 'JSON error responses (RFC 9457)',
    summary:
      'A client that sends `Accept: application/json` or `Accept: application/problem+json` gets a JSON body with the Problem Details members of [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) (`type`, `status`, `title`, `detail`, `instance`) next to Cloudflare’s own fields such as `error_code`, `retryable` and `retry_after`. The Markdown field `http_status` was renamed `status` the same day.',
    source: changelog(
      '2026-03-11-json-rfc9457-responses-for-1xxx-errors.mdx',
      '2678ac4c8e0abda808477ea82dbdb67182020649',
      'JSON responses and RFC 9457 support for Cloudflare 1xxx errors',
    ),
  },
  {
    date: '2026-03-12',
    title: 'Retry-After on retryable errors',
    summary:
      'Seven retryable 1xxx errors carry a standard `Retry-After` header with the same number of seconds as the body’s `retry_after` field. A `Retry-After` set by a WAF rate limiting rule takes precedence. Available on all plans.',
    source: RETRY_AFTER_SOURCE,
  },
];

/** The seven codes that carry Retry-After since 2026-03-12, with the seconds and the name the changelog gives. */
export const RETRY_AFTER_SECONDS: Readonly<Record<string, { seconds: number; name: string }>> = {
  '1004': { seconds: 120, name: 'DNS resolution error' },
  '1005': { seconds: 120, name: 'Banned zone' },
  '1015': { seconds: 30, name: 'Rate limited' },
  '1033': { seconds: 120, name: 'Argo Tunnel error' },
  '1038': { seconds: 60, name: 'HTTP headers limit exceeded' },
  '1200': { seconds: 60, name: 'Cache connection limit' },
  '1205': { seconds: 5, name: 'Too many redirects' },
};

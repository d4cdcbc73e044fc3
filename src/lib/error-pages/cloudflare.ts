/**
 * The Cloudflare kit (cloudflare/cloudflare-docs, rules/custom-errors, read 2026-12-07 at the
 * commits in docs/fact-check/error-pages.md). Two parts:
 * - Error Pages for Cloudflare's own errors: variants of the kit pages carrying the tokens those
 *   page types need (::CLOUDFLARE_ERROR_500S_BOX:: on the 500 class page) and the Ray ID.
 * - Custom Error Rules for the origin's errors: the kit pages as custom error assets, one rule per
 *   page, JSON clients first, never a status_code, so the origin's status stays.
 */
import { referenceHtml, renderKitPage, tokenBlockHtml } from './page';
import { problemDetails } from './problem';
import type { KitLanguageSet, KitPageText } from './text';

/** Cloudflare's Error Page types the kit ships, the kit page each is built from, and its required token. */
export const CLOUDFLARE_ERROR_PAGES = [
  { file: '500s.html', type: '500 class errors', page: '5xx', box: '::CLOUDFLARE_ERROR_500S_BOX::' },
  { file: 'waf-block.html', type: 'WAF block', page: '403' },
  { file: 'ip-block.html', type: 'IP/Country block', page: '403' },
  { file: 'rate-limit.html', type: 'Rate limiting block', page: '429' },
] as const;

/** Replaced by Cloudflare with the request's Ray ID in Error Pages, assets and inline responses. */
export const RAY_ID_TOKEN = '::RAY_ID::';

/** Cloudflare's limit for an inline rule response: 10 KB, kept to 10,000 bytes to be safe. */
export const INLINE_LIMIT = 10_000;

/** One language's Error Page variants, by file name. */
export function cloudflareErrorPages(set: KitLanguageSet, site: URL | string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const variant of CLOUDFLARE_ERROR_PAGES) {
    const page = set.pages.find((p) => p.key === variant.page)!;
    const extra = [...('box' in variant ? [tokenBlockHtml(variant.box)] : []), referenceHtml(set.ui, RAY_ID_TOKEN)].join('\n');
    files[variant.file] = renderKitPage(page, set.ui, { language: set.language, htmlLang: set.htmlLang, site, extraHtml: extra });
  }
  return files;
}

/** The asset name of a kit page: letters, digits and underscores only, as Cloudflare requires. */
export function assetName(page: KitPageText): string {
  return `kit_${page.key}`;
}

/** The rule expression that matches a page's codes: one code, or a whole class after the codes with pages. */
function codeExpression(page: KitPageText): string {
  if (page.status !== undefined) return `http.response.code eq ${page.status}`;
  const first = page.key === '4xx' ? 400 : 500;
  return `http.response.code ge ${first} and http.response.code le ${first + 99}`;
}

const WANTS_JSON = '(any(http.request.headers["accept"][*] contains "json"))';

export interface CloudflareRule {
  ref: string;
  action: 'serve_error';
  action_parameters: { content: string; content_type: 'application/json' } | { asset_name: string; content_type: 'text/html' };
  expression: string;
  enabled: true;
}

/**
 * The rules for the http_custom_errors phase, in the order they must be tried (the first match
 * wins): JSON for clients that ask for it, then the HTML assets; within each, the codes with pages
 * of their own before the class ranges.
 */
export function cloudflareRules(set: KitLanguageSet, site: URL | string): { rules: CloudflareRule[] } {
  const ordered = [...set.pages.filter((p) => p.status !== undefined), ...set.pages.filter((p) => p.status === undefined)];
  const json = ordered.map((page): CloudflareRule => ({
    ref: `kit_json_${page.key}`,
    action: 'serve_error',
    action_parameters: { content: JSON.stringify(problemDetails(page, site)), content_type: 'application/json' },
    expression: `(${codeExpression(page)}) and ${WANTS_JSON}`,
    enabled: true,
  }));
  const html = ordered.map((page): CloudflareRule => ({
    ref: `kit_html_${page.key}`,
    action: 'serve_error',
    action_parameters: { asset_name: assetName(page), content_type: 'text/html' },
    expression: codeExpression(page),
    enabled: true,
  }));
  return { rules: [...json, ...html] };
}

/** A shell script that creates one custom error asset per kit page from where the site serves them. */
export function cloudflareAssetsScript(set: KitLanguageSet, guideUrl: string): string {
  const folder = set.folder ? `/${set.folder.replace(/\/$/, '')}` : '';
  const lines = set.pages.map(
    (page) =>
      `create ${assetName(page)} "$PAGES_URL/${page.key}.html" "Error-page kit: ${page.status === undefined ? `any other ${page.key} code` : `${page.key} ${page.title}`}"`,
  );
  return `#!/bin/sh
# Error-page kit for Cloudflare: creates a custom error asset for each kit page. Guide: ${guideUrl}
# Cloudflare fetches each page once from PAGES_URL and stores it; run this again after changing a page.
# Needs curl 7.82 or later (for --json) and an API token with "Custom Error Rules: Edit".
set -eu
: "\${ZONE_ID:?set ZONE_ID to the zone's ID}"
: "\${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN to an API token}"
# Where your site serves the kit's pages. The language is the folder: /error-pages for English,
# /error-pages/de for German (also fr, es, pt, ja).
PAGES_URL="\${PAGES_URL:-https://www.example.com/error-pages${folder}}"

create() {
  curl --fail-with-body -sS "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/custom_pages/assets" \\
    --header "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \\
    --json "{\\"name\\": \\"$1\\", \\"description\\": \\"$3\\", \\"url\\": \\"$2\\"}"
  echo
}

${lines.join('\n')}
`;
}

/** The command that installs the rules, replacing every rule already in the phase. */
export function cloudflareRulesCommand(file: string): string {
  return `curl -X PUT "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/rulesets/phases/http_custom_errors/entrypoint" \\
  --header "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \\
  --json @${file}`;
}

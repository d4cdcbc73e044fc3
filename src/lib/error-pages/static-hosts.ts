/**
 * The kits for static hosts, which take files and settings rather than a server config: Netlify's
 * _redirects, Vercel's error page files with its tokens, and the CloudFront custom error responses
 * in front of S3. What each platform documents, and what it does not, is in the guides and in
 * docs/fact-check/error-pages.md; tests/dist/error-pages-hosted.test.ts checks that every file these
 * name is in the kit and that no setting changes a status.
 */
import { stringify } from 'yaml';
import { allKitCodes, pageFor, type KitCodeMap } from './code-map';
import { referenceHtml, renderKitPage } from './page';
import type { KitLanguageSet } from './text';

/**
 * Netlify: a 404 rule is not forced, so it only answers paths that match no file (Netlify's
 * "shadowing"); the status field keeps 404. No catch-all 200 rule, which would answer every
 * unknown path with 200.
 */
export function netlifyRedirects(guideUrl: string): string {
  return `# Error-page kit for Netlify: add these lines to the _redirects file in your publish directory,
# after your own rules. Guide: ${guideUrl}
# The kit's folder is expected at /error-pages/ in the published site.

# Paths that match no file get the kit's 404 page with status 404. The language is the folder:
# /error-pages/404.html for English, /error-pages/de/404.html for German (also fr, es, pt, ja).
/*  /error-pages/404.html  404

# Do not add "/*  /index.html  200" for a single-page app: it answers every unknown path with 200.
# Scope such a rewrite to the app's own paths, for example "/app/*  /index.html  200".

# A maintenance switch: the ! forces the rule over existing files, and 503 keeps the status.
# /*  /error-pages/503.html  503!
`;
}

/** Vercel's tokens for its custom error pages: the request ID and the platform's error code. */
export const VERCEL_TOKENS = { requestId: '::vercel:REQUEST_ID::', errorCode: '::vercel:ERROR_CODE::' } as const;

/** The 5xx files Vercel picks by status; 500.html is also its fallback, so it carries the generic 5xx page. */
export const VERCEL_5XX = ['500', '501', '502', '503', '504'] as const;

/** One language's files for Vercel's build output: 404.html, and the 5xx pages with Vercel's tokens. */
export function vercelPages(set: KitLanguageSet, site: URL | string): Record<string, string> {
  const render = (key: string, extraHtml?: string) => {
    const page = set.pages.find((p) => p.key === key)!;
    return renderKitPage(page, set.ui, { language: set.language, htmlLang: set.htmlLang, site, ...(extraHtml ? { extraHtml } : {}) });
  };
  const reference = referenceHtml(set.ui, `${VERCEL_TOKENS.errorCode} ${VERCEL_TOKENS.requestId}`);
  const files: Record<string, string> = { '404.html': render('404') };
  for (const code of VERCEL_5XX) files[`${code}.html`] = render(code === '500' ? '5xx' : code, reference);
  return files;
}

/** The codes CloudFront accepts as ErrorCode and ResponseCode (AWS::CloudFront::Distribution CustomErrorResponse). */
export const CLOUDFRONT_CODES = [400, 403, 404, 405, 414, 500, 501, 502, 503, 504];

/** The seconds CloudFront keeps an error in its cache, set on every mapping because the docs disagree on the default. */
export const CLOUDFRONT_ERROR_TTL = 10;

/** CloudFront: one custom error response per code it allows, each keeping its code. */
export function cloudfrontErrorResponses(guideUrl: string, map: KitCodeMap): string {
  const codes = CLOUDFRONT_CODES.filter((code) => allKitCodes(map).includes(code));
  const fragment = {
    DefaultRootObject: 'index.html',
    CustomErrorResponses: codes.map((code) => ({
      ErrorCode: code,
      ResponseCode: code,
      ResponsePagePath: `/error-pages/${pageFor(code, map)}.html`,
      ErrorCachingMinTTL: CLOUDFRONT_ERROR_TTL,
    })),
  };
  return `# Error-page kit for S3 + CloudFront: a fragment of an AWS::CloudFront::Distribution, under
# Properties > DistributionConfig. Guide: ${guideUrl}
# Upload one language's pages to the bucket's error-pages/ folder (English: the kit's root files;
# German: the files in de/), and give /error-pages/* a cache behavior that reads from that bucket.
# ResponseCode always equals ErrorCode, so the status is kept. ErrorCachingMinTTL is set on every
# entry: CloudFront's guide gives 10 seconds as the default, the CloudFormation reference 300.
# CloudFront takes no other codes here (not 401, 408, 410, 413, 429 or 451).
# DefaultRootObject keeps a request for / from reaching the bucket itself.
# A private bucket read without s3:ListBucket answers 403 for a missing page: either allow
# s3:ListBucket, or map 403 to the 404 page (ErrorCode 403, ResponseCode 404), which also turns
# every real 403 into a 404.
${stringify(fragment, { lineWidth: 0 })}`;
}

/**
 * The only module that reads the `cloudflare` collection (content/cloudflare/NNNN.mdx). Pages, the
 * search, the status pages' links and /cloudflare.json ask here; the page data is built by the
 * helpers shared with IIS (src/data/vendor-family.ts).
 */
import { getCollection } from 'astro:content';
import { RETRY_AFTER_SECONDS, RETRY_AFTER_SOURCE } from './cloudflare-changes';
import { CLOUDFLARE_CODE_ROWS } from './cloudflare-codes';
import { vendorFamilyData } from './vendor-family';

/** The Retry-After header a code carries since Cloudflare's change of 2026-03-12, when it has one. */
function retryAfterFacts(code: string) {
  const retry = RETRY_AFTER_SECONDS[code];
  if (!retry) return [];
  return [
    {
      term: 'Retry-After',
      text: `\`Retry-After: ${retry.seconds}\` since 2026-03-12 (Cloudflare counts ${code} as retryable; a rate limiting rule’s own value wins)`,
      source: RETRY_AFTER_SOURCE,
    },
  ];
}

export const cloudflare = vendorFamilyData('cloudflare', () => getCollection('cloudflare'), CLOUDFLARE_CODE_ROWS, retryAfterFacts);

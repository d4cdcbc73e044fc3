/**
 * The vendors behind unofficial codes, for the /senders/ page: how to recognise each one in a
 * response, and which entries (and other meanings) belong to it. Matching is by sender name.
 */
export interface SenderGroup {
  id: string;
  name: string;
  /** Matches an entry's `sender` or an other-meaning's `sender`. */
  match: RegExp;
  /** How to tell that this vendor answered: Markdown. */
  recognise: string;
}

export const SENDER_GROUPS: readonly SenderGroup[] = [
  {
    id: 'nginx',
    name: 'nginx',
    match: /\bnginx\b/i,
    recognise:
      'A `Server: nginx` header (unless `server_tokens` or a proxy hides it) and default error pages whose last line reads "nginx". Its own numbers live mostly in the access log: 444 and 499 appear there as themselves, while 494 to 497 go out to the client, and into the access log, as 400.',
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    match: /\bcloudflare\b/i,
    recognise:
      'A `server: cloudflare` header, a `cf-ray` header, and a Cloudflare-branded error page that shows a Ray ID. The 52x codes are generated at Cloudflare’s edge, not by your origin, and describe Cloudflare’s connection to it.',
  },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    match: /\b(AWS|Amazon)\b/i,
    recognise:
      'Responses the Application Load Balancer makes itself carry `server: awselb/2.0`. In its access logs, `elb_status_code` holds what the load balancer answered and `target_status_code` what your target answered, or `-` when no target did.',
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    match: /\bMicrosoft\b/i,
    recognise:
      'Exchange and IIS responses usually carry `Server: Microsoft-IIS/…` and often `X-Powered-By: ASP.NET`. The 4xx numbers below come from Outlook on the web, Exchange ActiveSync and Microsoft’s WebDAV extensions.',
  },
  {
    id: 'laravel',
    name: 'Laravel',
    match: /\bLaravel\b/i,
    recognise: 'A "Page Expired" page, an `XSRF-TOKEN` cookie and a session cookie ending in `_session` (`laravel_session` by default).',
  },
  {
    id: 'shopify',
    name: 'Shopify',
    match: /\bShopify\b/i,
    recognise: 'Requests to a Shopify storefront or to Shopify’s APIs (`*.myshopify.com`).',
  },
  {
    id: 'esri',
    name: 'Esri ArcGIS',
    match: /\bEsri\b/i,
    recognise:
      'ArcGIS REST endpoints such as `/arcgis/rest/services/`. The numbers usually arrive inside a JSON `error` object in the body, often with HTTP status 200.',
  },
];

export const OTHER_SENDERS: SenderGroup = {
  id: 'others',
  name: 'Other senders',
  match: /.*/,
  recognise: 'Each page below says how to recognise its sender, and where no first-party documentation exists.',
};

/** The group a sender name belongs to: the first that matches, or "Other senders". */
export function senderGroupOf(sender: string): SenderGroup {
  return SENDER_GROUPS.find((g) => g.match.test(sender)) ?? OTHER_SENDERS;
}

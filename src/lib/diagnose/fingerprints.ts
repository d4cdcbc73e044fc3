/**
 * Sender fingerprints: a response header (and a pattern for its value) that shows a product handled
 * the response, with what exactly it proves and where the vendor documents it (or, for open-source
 * servers, the line of source that writes it). Only headers checked against those sources are here;
 * a sender whose header we could not confirm in its own documentation or source is left out rather
 * than guessed.
 */

/** Where a sender sits between the client and the code that handles the request, outermost first. */
export type Layer = 'forward-proxy' | 'cdn' | 'load-balancer' | 'proxy' | 'web-server' | 'app';

/** Layers in the order a request meets them; a later layer is "further in", closer to the app. */
export const LAYER_ORDER: readonly Layer[] = ['forward-proxy', 'cdn', 'load-balancer', 'proxy', 'web-server', 'app'];

export interface Sender {
  /** The name shown to readers and written to `data-sender`. */
  name: string;
  layer: Layer;
  /** Status numbers only this sender generates (its entries in content/codes). */
  ownCodes: readonly number[];
}

export const SENDERS = {
  squid: { name: 'Squid', layer: 'forward-proxy', ownCodes: [] },
  cloudflare: { name: 'Cloudflare', layer: 'cdn', ownCodes: [520, 521, 522, 523, 524, 525, 526, 530] },
  cloudfront: { name: 'Amazon CloudFront', layer: 'cdn', ownCodes: [] },
  fastly: { name: 'Fastly', layer: 'cdn', ownCodes: [] },
  netlify: { name: 'Netlify', layer: 'cdn', ownCodes: [] },
  vercel: { name: 'Vercel', layer: 'cdn', ownCodes: [] },
  varnish: { name: 'Varnish', layer: 'cdn', ownCodes: [] },
  alb: { name: 'AWS Application Load Balancer', layer: 'load-balancer', ownCodes: [460, 463, 464, 561] },
  envoy: { name: 'Envoy', layer: 'proxy', ownCodes: [] },
  nginx: { name: 'nginx', layer: 'web-server', ownCodes: [444, 494, 495, 496, 497, 499] },
  apache: { name: 'Apache httpd', layer: 'web-server', ownCodes: [] },
  express: { name: 'Express', layer: 'app', ownCodes: [] },
  php: { name: 'PHP', layer: 'app', ownCodes: [] },
  laravel: { name: 'Laravel', layer: 'app', ownCodes: [419] },
} as const satisfies Record<string, Sender>;

export type SenderId = keyof typeof SENDERS;

export interface Fingerprint {
  sender: SenderId;
  /** Lower-case header name. */
  header: string;
  /** Matched against the header value; undefined means the header's presence is enough. */
  value?: RegExp;
  /** How the header looks, for people reading the evidence. */
  looksLike: string;
  /** What seeing it proves, in one sentence. */
  proves: string;
  /**
   * True when the header shows this sender generated the response itself, not only that the
   * response passed through it (CloudFront's `Error from cloudfront`, Squid's `X-Squid-Error`).
   */
  generated?: boolean;
  /** The vendor documentation or source file that shows the header. */
  source: string;
}

/** Every value pattern is anchored or a plain substring, so matching stays linear in the input. */
export const FINGERPRINTS: readonly Fingerprint[] = [
  {
    sender: 'cloudflare',
    header: 'cf-ray',
    looksLike: 'cf-ray: 230b030023ae2822-SJC',
    proves: 'The response went through Cloudflare; the Ray ID names the request and the data centre.',
    source: 'https://developers.cloudflare.com/fundamentals/reference/http-headers/',
  },
  {
    sender: 'cloudflare',
    header: 'cf-cache-status',
    looksLike: 'cf-cache-status: MISS',
    proves: "Cloudflare's cache handled the response and says whether it was served from cache.",
    source: 'https://developers.cloudflare.com/fundamentals/reference/http-headers/',
  },
  {
    sender: 'cloudfront',
    header: 'x-cache',
    value: /error from cloudfront/i,
    looksLike: 'x-cache: Error from cloudfront',
    proves: 'CloudFront could not get a usable answer from the origin and sent this error itself.',
    generated: true,
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
  },
  {
    sender: 'cloudfront',
    header: 'x-cache',
    value: /from cloudfront/i,
    looksLike: 'x-cache: Miss from cloudfront',
    proves: 'The response was delivered by a CloudFront edge location.',
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
  },
  {
    sender: 'cloudfront',
    header: 'x-amz-cf-id',
    looksLike: 'x-amz-cf-id: ULZdIz6j43uGBlXyob_Jct…',
    proves: 'CloudFront handled the request; the ID finds it in CloudFront logs and for AWS Support.',
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html',
  },
  {
    sender: 'cloudfront',
    header: 'x-amz-cf-pop',
    looksLike: 'x-amz-cf-pop: PHX50-C2',
    proves: 'The CloudFront edge location that answered.',
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-tutorial.html',
  },
  {
    sender: 'cloudfront',
    header: 'via',
    value: /\.cloudfront\.net \(CloudFront\)/i,
    looksLike: 'via: 1.1 3035b31b….cloudfront.net (CloudFront)',
    proves: 'A CloudFront edge location forwarded the response.',
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RequestAndResponseBehaviorCustomOrigin.html',
  },
  {
    sender: 'fastly',
    header: 'x-served-by',
    value: /^cache-[a-z0-9]/i,
    looksLike: 'x-served-by: cache-jfk1041-JFK',
    proves: 'A Fastly cache node delivered the response.',
    source: 'https://www.fastly.com/documentation/reference/http/http-headers/X-Served-By/',
  },
  {
    sender: 'netlify',
    header: 'x-nf-request-id',
    looksLike: 'x-nf-request-id: 01KJD9FATBP38BK9EPSN617QKP',
    proves: 'Netlify answered or passed on the response; it adds this ID to every response it sends, 404s and redirects included.',
    source:
      'https://answers.netlify.com/t/support-guide-netlify-support-asked-for-the-x-nf-request-id-header-what-is-it-and-how-do-i-find-it/4385',
  },
  {
    sender: 'vercel',
    header: 'x-vercel-cache',
    looksLike: 'x-vercel-cache: MISS',
    proves: "Vercel's CDN delivered the response and says whether its cache was used.",
    source: 'https://vercel.com/docs/headers/response-headers',
  },
  {
    sender: 'varnish',
    header: 'via',
    value: /\(Varnish\/[^)]*\)/,
    looksLike: 'via: 1.1 cache-1 (Varnish/7.6)',
    proves: 'A Varnish cache delivered the response (it adds itself to Via with its version).',
    source:
      'https://github.com/varnishcache/varnish-cache/blob/27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a/bin/varnishd/cache/cache_http.c#L229',
  },
  {
    sender: 'varnish',
    header: 'server',
    value: /^Varnish$/,
    looksLike: 'server: Varnish',
    proves: 'Varnish made this response itself: it sets "Server: Varnish" only on the responses it synthesises and on backend errors.',
    generated: true,
    source:
      'https://github.com/varnishcache/varnish-cache/blob/27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a/bin/varnishd/cache/cache_req_fsm.c#L196',
  },
  {
    sender: 'alb',
    header: 'set-cookie',
    value: /^AWSALB(?:CORS)?=/,
    looksLike: 'set-cookie: AWSALB=…; Expires=…; Path=/',
    proves: 'An AWS Application Load Balancer with session stickiness is in the path.',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  },
  {
    sender: 'squid',
    header: 'x-squid-error',
    looksLike: 'x-squid-error: ERR_CACHE_ACCESS_DENIED 0',
    proves: 'Squid generated this error response itself.',
    generated: true,
    source: 'https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/src/errorpage.cc#L1374',
  },
  {
    sender: 'squid',
    header: 'server',
    value: /^squid\b/i,
    looksLike: 'server: squid/6.10',
    proves: 'Squid wrote this response: it names itself in Server on the replies it makes.',
    generated: true,
    source: 'https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/src/HttpReply.cc#L176',
  },
  {
    sender: 'squid',
    header: 'via',
    value: /\(squid\/[^)]*\)/i,
    looksLike: 'via: 1.1 proxy.example (squid/6.10)',
    proves: 'A Squid proxy forwarded the response.',
    source: 'https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/src/cache_cf.cc#L768',
  },
  {
    sender: 'envoy',
    header: 'x-envoy-upstream-service-time',
    looksLike: 'x-envoy-upstream-service-time: 129',
    proves: 'Envoy routed the request to an upstream service and timed its answer, so that service answered.',
    source: 'https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter#x-envoy-upstream-service-time',
  },
  {
    sender: 'nginx',
    header: 'server',
    value: /^nginx\b/i,
    looksLike: 'server: nginx/1.27.3',
    proves: 'nginx wrote the response headers (its header filter adds "Server: nginx" unless another value is set).',
    source: 'https://github.com/nginx/nginx/blob/05b1a8f1e3595beab4397e25c2a6db9d832a6a97/src/http/ngx_http_header_filter_module.c',
  },
  {
    sender: 'apache',
    header: 'server',
    value: /^Apache\b/,
    looksLike: 'server: Apache/2.4.62 (Debian)',
    proves: 'Apache httpd wrote the response headers.',
    source: 'https://github.com/apache/httpd/blob/0cb680442ecaa6118cc610b5ecc6e824330bf61a/include/ap_release.h#L42',
  },
  {
    sender: 'express',
    header: 'x-powered-by',
    value: /^Express$/i,
    looksLike: 'x-powered-by: Express',
    proves: 'An Express application handled the request (Express adds this header by default).',
    source: 'https://github.com/expressjs/express/blob/0120874b8e50c35355b0f21878e8909453abc15d/lib/middleware/init.js',
  },
  {
    sender: 'php',
    header: 'x-powered-by',
    value: /^PHP\//i,
    looksLike: 'x-powered-by: PHP/8.3.14',
    proves: 'A PHP script produced the response (PHP adds this header when expose_php is on).',
    source: 'https://github.com/php/php-src/blob/master/main/SAPI.h',
  },
  {
    sender: 'laravel',
    header: 'set-cookie',
    value: /^XSRF-TOKEN=/,
    looksLike: 'set-cookie: XSRF-TOKEN=eyJpdiI6…; path=/',
    proves: "Laravel's CSRF middleware ran for this request (it sets the XSRF-TOKEN cookie).",
    source:
      'https://github.com/laravel/framework/blob/026199fe0ff2eab99a1f7d8034e91186e6c2f22a/src/Illuminate/Foundation/Http/Middleware/VerifyCsrfToken.php',
  },
  {
    sender: 'laravel',
    header: 'set-cookie',
    value: /^laravel_session=/,
    looksLike: 'set-cookie: laravel_session=eyJpdiI6…; path=/; httponly',
    proves: 'A Laravel application started a session (laravel_session is the default name, from APP_NAME "laravel").',
    source: 'https://github.com/laravel/laravel/blob/00827d128d5e431ea8eee14d113af73f21125a10/config/session.php',
  },
];

/** Default error pages whose text names the software that generated them. */
export interface BodyFingerprint {
  sender: SenderId;
  /** A plain substring test, so matching stays linear. */
  contains: string;
  looksLike: string;
  proves: string;
  source: string;
}

export const BODY_FINGERPRINTS: readonly BodyFingerprint[] = [
  {
    sender: 'nginx',
    contains: '<hr><center>nginx',
    looksLike: '<hr><center>nginx/1.27.3</center>',
    proves: "The body is nginx's own error page, so nginx generated this status itself.",
    source: 'https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L22',
  },
  {
    sender: 'varnish',
    contains: 'Guru Meditation:',
    looksLike: '<h3>Guru Meditation:</h3>',
    proves:
      "The body is Varnish's built-in error page, so Varnish generated this status itself (for example when the backend fetch failed).",
    source: 'https://github.com/varnishcache/varnish-cache/blob/27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a/bin/varnishd/builtin.vcl#L330',
  },
];

export function matchBodyFingerprint(body: string): BodyFingerprint | undefined {
  const lower = body.toLowerCase();
  return BODY_FINGERPRINTS.find((f) => lower.includes(f.contains.toLowerCase()));
}

/** The fingerprint a header matches, if any. Names compare case-insensitively. */
export function matchFingerprint(name: string, value: string): Fingerprint | undefined {
  const lower = name.toLowerCase();
  return FINGERPRINTS.find((f) => f.header === lower && (f.value === undefined || f.value.test(value.trim())));
}

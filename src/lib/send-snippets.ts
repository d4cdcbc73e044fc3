/**
 * "Send it": how to send a status code from common server frameworks, generated from the entry's
 * data (number, title, headers, registry, what the client sees), one exchange per code (the request
 * that produces it and the content its response carries) and one template per framework, so 93
 * pages never hold hand-written code. Where a framework cannot or should not send a code, the plan
 * carries a true statement instead of a snippet.
 *
 * Every framework call used here was checked against the framework's own docs or source:
 * - Express 5.3.0 (lib/response.js): `res.status`, `res.set`, `res.type`, `res.json`, `res.send`,
 *   `res.end`, `res.sendStatus` (the reason phrase as text/plain); `app[method]` for every method in
 *   Node's `http.METHODS`; `res.writeEarlyHints` is Node's `ServerResponse` method, added in Node
 *   18.11.0 (nodejs/node doc/api/http.md). tests/unit/send-express.test.ts runs every Express
 *   snippet against the installed Express and checks the response.
 * - FastAPI 0.141.1 re-exports Starlette's responses (fastapi/responses.py) and `status`;
 *   `HTTPException(status_code, detail, headers)` sends `{"detail": …}` as JSON;
 *   `Response`/`JSONResponse`/`HTMLResponse(content, status_code, headers, media_type)`
 *   (starlette/responses.py at 1.3.1); `@app.api_route(path, methods=[…])` for other methods.
 * - Go: `w.Header().Set` before `w.WriteHeader`; `http.Error` sets `text/plain; charset=utf-8` and
 *   writes the message; WriteHeader sends 1xx responses at once, and the server answers `Expect`
 *   itself (golang/go src/net/http/server.go, read in Go 1.19.8).
 * - Spring: `ResponseEntity.status(HttpStatusCode | int)`, `.header(String, String...)`,
 *   `.contentType(MediaType)`, `.body(T)`, `.build()` (spring-web ResponseEntity.java, v7.0.9);
 *   `@GetMapping` and its siblings; `@RequestMapping` without a method for WebDAV methods.
 * - ASP.NET Core 8.0: `Results.StatusCode(int)`, `Results.Json(data, …, statusCode)`,
 *   `Results.Text(content, …, statusCode)` and `Results.Content(content, contentType, …,
 *   statusCode)` (src/Http/Http.Results/src/Results.cs; the statusCode overloads of Text and
 *   Content since .NET 7, dotnet/aspnetcore#41452); `MapGet` and its siblings, `MapMethods`; an
 *   `HttpResponse` handler parameter is bound by minimal APIs as a special type.
 * - nginx: `return 444;` closes the connection without a response (ngx_http_rewrite_module).
 */
import { classOf, formatCode } from './classes';

export type SnippetLanguage = 'javascript' | 'python' | 'go' | 'java' | 'csharp' | 'nginx';

export interface SendFramework {
  id: string;
  name: string;
  language: SnippetLanguage;
  /** The library whose constant the snippet names (an id in LIBRARY_CONSTANTS), if it has one. */
  constantLibrary?: string;
}

/** The frameworks every registered code gets a snippet for, in the order they are shown. */
export const SEND_FRAMEWORKS: readonly SendFramework[] = [
  { id: 'express', name: 'Express', language: 'javascript' },
  { id: 'fastapi', name: 'FastAPI', language: 'python', constantLibrary: 'starlette' },
  { id: 'go', name: 'Go net/http', language: 'go', constantLibrary: 'go-net-http' },
  { id: 'spring', name: 'Spring', language: 'java', constantLibrary: 'spring' },
  { id: 'aspnetcore', name: 'ASP.NET Core', language: 'csharp', constantLibrary: 'aspnetcore' },
];

export const NGINX: SendFramework = { id: 'nginx', name: 'nginx', language: 'nginx' };

export interface Snippet {
  framework: SendFramework;
  code: string;
  /** A caveat that holds for this framework only, such as the release that added a constant. */
  note?: string;
}

/** What the response carries: none (1xx, 204, 205, 304), or one of these. */
export type ResponseBody =
  /** A JSON object, written in each language's own literal. */
  | { kind: 'json'; value: Readonly<Record<string, string | number>> }
  /** A short document of the given type (a hypertext note, a Multi-Status XML body). */
  | { kind: 'text'; type: 'text/html' | 'application/xml'; text: string }
  /** A short explanation of the error: the reason phrase, in each framework's usual error shape. */
  | { kind: 'error' }
  /** Bytes `start` to `end` of a stored file of `size` bytes (a single-range 206). */
  | { kind: 'slice'; file: string; type: string; start: number; end: number; size: number };

/**
 * The request a code's snippets answer and what the response carries. tests/unit/send-express.test.ts
 * sends exactly this request to each Express snippet.
 */
export interface Exchange {
  method: string;
  /** The route the handler is mounted on. */
  path: string;
  /** The handler's name, in camelCase (Python gets it in snake_case). */
  name: string;
  /** The request target, when it is not `path` itself (a query string, or the absolute form a proxy receives). */
  target?: string;
  /** Request header fields that make this exchange, such as Range or If-None-Match. */
  requestHeaders?: Readonly<Record<string, string>>;
  /** Request content and its media type. */
  requestBody?: { type: string; text: string };
  /** The request content comes in chunks, with no Content-Length (what 411 refuses). */
  chunked?: boolean;
  body?: ResponseBody;
}

export interface SendPlan {
  /** A true statement shown before any snippets: why there are none, or only some. */
  statement?: string;
  /** The request every snippet answers, as inline Markdown ("`POST /orders` with a JSON body"). */
  request?: string;
  /** The exchange the snippets are modelled on, for tests and the request line. */
  exchange?: Exchange;
  /** Response headers the snippets send, with the values they use. */
  headers: readonly (readonly [name: string, value: string])[];
  snippets: readonly Snippet[];
}

/** The entry fields the plan is built from. */
export interface SendInput {
  code: number;
  title: string;
  registry: string;
  sender?: string | undefined;
  clientSees: string;
  headers: {
    required: readonly string[];
    optional: readonly string[];
    /** MUSTs that hold only in a stated case (Content-Range on a single-part 206): sent where the snippet is that case. */
    conditional: readonly { name: string; when: string }[];
  };
}

/** The current constant for a code in a library ("http.StatusTooManyRequests"), if there is one. */
export type ConstantLookup = (libraryId: string, code: number) => string | undefined;
/** The release that added a library's current constant for a code ("Starlette 0.48.0"), if it is newer than the library. */
export type AddedInLookup = (libraryId: string, code: number) => string | undefined;

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

const JSON_TYPE = 'application/json';
const order = { id: 42, item: 'book' };
const jsonRequest = (value: unknown) => ({ type: JSON_TYPE, text: JSON.stringify(value) });
const error = { kind: 'error' } as const;
const note = (href: string) => ({ kind: 'text', type: 'text/html', text: `<a href="${href}">${href}</a>` }) as const;
const VIDEO = { file: 'video.mp4', type: 'video/mp4', size: 4096 } as const;

/**
 * The exchange behind each code's snippets: the request that produces the code (RFC 9110 and the
 * entry's own causes) and the content the response carries, if the code has any.
 */
const EXCHANGES: Readonly<Record<number, Exchange>> = {
  200: { method: 'GET', path: '/orders/42', name: 'getOrder', body: { kind: 'json', value: { id: 42, status: 'paid' } } },
  201: {
    method: 'POST',
    path: '/orders',
    name: 'createOrder',
    requestBody: jsonRequest({ item: 'book' }),
    body: { kind: 'json', value: order },
  },
  202: {
    method: 'POST',
    path: '/reports',
    name: 'createReport',
    requestBody: jsonRequest({ month: '2026-11' }),
    body: { kind: 'json', value: { status: 'queued', job: '/jobs/42' } },
  },
  204: { method: 'PUT', path: '/orders/42', name: 'updateOrder', requestBody: jsonRequest({ status: 'paid' }) },
  205: {
    method: 'POST',
    path: '/feedback',
    name: 'sendFeedback',
    requestBody: { type: 'application/x-www-form-urlencoded', text: 'message=Thanks' },
  },
  206: {
    method: 'GET',
    path: '/video.mp4',
    name: 'getVideo',
    requestHeaders: { Range: 'bytes=0-1023' },
    body: { kind: 'slice', ...VIDEO, start: 0, end: 1023 },
  },
  // RFC 4918, section 9.6.2: deleting a collection whose member is locked.
  207: {
    method: 'DELETE',
    path: '/files/reports/',
    name: 'deleteFolder',
    body: {
      kind: 'text',
      type: 'application/xml',
      text: '<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/files/reports/q3.pdf</d:href><d:status>HTTP/1.1 423 Locked</d:status></d:response></d:multistatus>',
    },
  },
  300: {
    method: 'GET',
    path: '/report',
    name: 'getReport',
    body: { kind: 'text', type: 'text/html', text: '<a href="/report.html">HTML</a> <a href="/report.pdf">PDF</a>' },
  },
  301: { method: 'GET', path: '/old-orders', name: 'oldOrders', body: note('/orders') },
  302: { method: 'GET', path: '/account', name: 'account', body: note('/login') },
  303: { method: 'POST', path: '/orders', name: 'createOrder', requestBody: jsonRequest({ item: 'book' }), body: note('/orders/42') },
  304: { method: 'GET', path: '/orders/42', name: 'getOrder', requestHeaders: { 'If-None-Match': '"v42"' } },
  307: { method: 'POST', path: '/v1/orders', name: 'createOrder', requestBody: jsonRequest({ item: 'book' }), body: note('/v2/orders') },
  308: { method: 'POST', path: '/v1/orders', name: 'createOrder', requestBody: jsonRequest({ item: 'book' }), body: note('/v2/orders') },
  400: { method: 'POST', path: '/orders', name: 'createOrder', requestBody: { type: JSON_TYPE, text: '{"item":' }, body: error },
  401: { method: 'GET', path: '/orders/42', name: 'getOrder', body: error },
  402: { method: 'POST', path: '/orders', name: 'createOrder', requestBody: jsonRequest({ item: 'book' }), body: error },
  403: {
    method: 'DELETE',
    path: '/orders/42',
    name: 'deleteOrder',
    requestHeaders: { Authorization: 'Bearer read-only-token' },
    body: error,
  },
  404: { method: 'GET', path: '/orders/99', name: 'getOrder', body: error },
  405: { method: 'DELETE', path: '/orders', name: 'deleteOrders', body: error },
  406: { method: 'GET', path: '/orders/42', name: 'getOrder', requestHeaders: { Accept: 'application/xml' }, body: error },
  // A forward proxy receives the absolute form of the target.
  407: { method: 'GET', path: '/', name: 'proxy', target: 'http://example.org/', body: error },
  408: { method: 'POST', path: '/uploads', name: 'upload', requestBody: { type: 'application/octet-stream', text: 'part' }, body: error },
  409: { method: 'PUT', path: '/orders/42', name: 'updateOrder', requestBody: jsonRequest({ status: 'shipped' }), body: error },
  410: { method: 'GET', path: '/promo/2019', name: 'promo', body: error },
  411: {
    method: 'POST',
    path: '/uploads',
    name: 'upload',
    chunked: true,
    requestBody: { type: 'application/octet-stream', text: 'part' },
    body: error,
  },
  412: {
    method: 'PUT',
    path: '/orders/42',
    name: 'updateOrder',
    requestHeaders: { 'If-Match': '"v41"' },
    requestBody: jsonRequest({ status: 'paid' }),
    body: error,
  },
  413: {
    method: 'POST',
    path: '/uploads',
    name: 'upload',
    requestBody: { type: 'application/octet-stream', text: 'a large file' },
    body: error,
  },
  414: { method: 'GET', path: '/search', name: 'search', target: `/search?q=${'a'.repeat(300)}`, body: error },
  415: { method: 'POST', path: '/orders', name: 'createOrder', requestBody: { type: 'text/plain', text: 'one book' }, body: error },
  416: { method: 'GET', path: '/video.mp4', name: 'getVideo', requestHeaders: { Range: 'bytes=5000-' }, body: error },
  421: { method: 'GET', path: '/', name: 'home', requestHeaders: { Host: 'other.example' }, body: error },
  422: { method: 'POST', path: '/orders', name: 'createOrder', requestBody: jsonRequest({ item: '' }), body: error },
  423: {
    method: 'PUT',
    path: '/files/report.pdf',
    name: 'putFile',
    requestBody: { type: 'application/pdf', text: '%PDF-1.7' },
    body: error,
  },
  424: { method: 'PATCH', path: '/orders/42', name: 'updateOrder', requestBody: jsonRequest({ status: 'shipped' }), body: error },
  425: {
    method: 'POST',
    path: '/orders',
    name: 'createOrder',
    requestHeaders: { 'Early-Data': '1' },
    requestBody: jsonRequest({ item: 'book' }),
    body: error,
  },
  426: { method: 'GET', path: '/chat', name: 'chat', body: error },
  428: { method: 'PUT', path: '/orders/42', name: 'updateOrder', requestBody: jsonRequest({ status: 'paid' }), body: error },
  429: { method: 'GET', path: '/orders', name: 'listOrders', body: error },
  431: { method: 'GET', path: '/orders', name: 'listOrders', requestHeaders: { Cookie: `session=${'a'.repeat(300)}` }, body: error },
  451: { method: 'GET', path: '/articles/42', name: 'getArticle', body: error },
  500: { method: 'GET', path: '/orders/42', name: 'getOrder', body: error },
  501: { method: 'PATCH', path: '/orders/42', name: 'patchOrder', requestBody: jsonRequest({ status: 'paid' }), body: error },
  502: { method: 'GET', path: '/orders/42', name: 'getOrder', body: error },
  503: { method: 'GET', path: '/orders', name: 'listOrders', body: error },
  504: { method: 'GET', path: '/orders/42', name: 'getOrder', body: error },
  505: { method: 'GET', path: '/', name: 'home', body: error },
  506: { method: 'GET', path: '/report', name: 'getReport', body: error },
  507: {
    method: 'PUT',
    path: '/files/backup.iso',
    name: 'putFile',
    requestBody: { type: 'application/octet-stream', text: 'data' },
    body: error,
  },
  // RFC 5842, section 7.2: an infinite-depth PROPFIND that meets a binding loop.
  508: { method: 'PROPFIND', path: '/files/', name: 'listFiles', requestHeaders: { Depth: 'infinity' }, body: error },
};

/** The exchange for a code: its own, or an error answer to `GET /orders/42`. */
export function exchangeFor(code: number): Exchange {
  return EXCHANGES[code] ?? { method: 'GET', path: '/orders/42', name: 'getOrder', body: error };
}

/** "`POST /orders` with a JSON body": the request line the page shows above the snippets. */
export function requestLine(x: Exchange): string {
  const parts: string[] = [];
  const cut = (value: string) => (value.length > 30 ? `${value.slice(0, 12)}…` : value);
  for (const [name, value] of Object.entries(x.requestHeaders ?? {})) parts.push(`\`${name}: ${cut(value)}\``);
  if (x.chunked) parts.push('a chunked body and no `Content-Length`');
  else if (x.requestBody) parts.push(x.requestBody.type === JSON_TYPE ? 'a JSON body' : `a \`${x.requestBody.type}\` body`);
  const target = x.target && x.target.length <= 40 ? x.target : x.target ? `${x.path}?…` : x.path;
  return `\`${x.method} ${target}\`${parts.length > 0 ? ` with ${parts.join(' and ')}` : ''}`;
}

/**
 * Headers an entry names that a handler does not set on this response, and why. Request headers
 * belong to the client; the framework computes the framing and date headers itself, and sets
 * Content-Type from the content the snippet sends.
 */
const NOT_SENT: Record<string, string> = {
  'a-im': 'request header',
  authorization: 'request header',
  'content-length': 'computed by the framework',
  'content-type': 'set with the content',
  date: 'added by the server',
  depth: 'request header',
  'early-data': 'request header',
  expect: 'request header',
  host: 'request header',
  if: 'request header',
  'if-match': 'request header',
  'if-modified-since': 'request header',
  'if-none-match': 'request header',
  'if-range': 'request header',
  'if-unmodified-since': 'request header',
  negotiate: 'request header',
  'proxy-authorization': 'request header',
  range: 'request header',
  'transfer-encoding': 'computed by the framework',
  via: 'added by each proxy on the way',
  dav: 'advertised in OPTIONS responses, not tied to this code',
  'lock-token': 'sent with a successful LOCK, not with this code',
};

/** Per code: headers the entry lists that this response should still not carry. */
const NOT_SENT_FOR: Record<number, Record<string, string>> = {
  // RFC 9110 section 15.4.5: only metadata a 200 would have carried, and Last-Modified only
  // without an ETag; Cache-Control already sets the lifetime Expires would.
  304: {
    'last-modified': 'ETag is sent',
    expires: 'Cache-Control is sent',
    'content-location': 'only when a 200 would carry it',
    vary: 'only when a 200 would carry it',
  },
  // The Accept family names what the client asked for: request headers on a 406.
  406: {
    accept: 'request header',
    'accept-language': 'request header',
    'accept-encoding': 'request header',
    'accept-charset': 'request header',
  },
  // RFC 9110 section 15.5.16: Accept for a refused media type, Accept-Encoding for a refused
  // content coding; RFC 5789 section 2.2: Accept-Patch answers a PATCH. The snippet refuses a
  // text/plain POST, so only Accept applies.
  415: {
    'accept-encoding': 'for a refused content coding, not a media type',
    'accept-patch': 'for a refused PATCH document',
    'content-encoding': 'describes the refused request',
  },
  // RFC 2295 transparent negotiation: Alternates and TCN describe variants a handler does not have.
  506: { alternates: 'needs the variant list of RFC 2295', tcn: 'needs the variant list of RFC 2295', vary: 'sent with the variant list' },
};

const HTTP_DATE = 'Tue, 01 Dec 2026 08:00:00 GMT';

/** Where each redirect (and 201, 202) points, matching the content of its exchange. */
const LOCATION: Readonly<Record<number, string>> = {
  201: '/orders/42',
  202: '/jobs/42',
  300: '/report.html',
  301: '/orders',
  302: '/login',
  303: '/orders/42',
  307: '/v2/orders',
  308: '/v2/orders',
};

/** A realistic value for each response header, by code where it differs. */
function headerValue(code: number, name: string): string | undefined {
  switch (name.toLowerCase()) {
    case 'location':
      return LOCATION[code] ?? '/new-path';
    case 'retry-after':
      return '120';
    case 'www-authenticate':
      return code === 403 ? 'Bearer error="insufficient_scope"' : 'Bearer realm="api"';
    case 'proxy-authenticate':
      return 'Basic realm="proxy"';
    case 'allow':
      // 405 refuses the DELETE of its exchange; 501 does not implement the PATCH of its exchange.
      return code === 501 ? 'GET, HEAD, PUT' : 'GET, HEAD, POST';
    case 'content-range': {
      const body = exchangeFor(code).body;
      return body?.kind === 'slice' ? `bytes ${body.start}-${body.end}/${body.size}` : `bytes */${VIDEO.size}`;
    }
    case 'accept-ranges':
      return 'bytes';
    case 'etag':
      return '"v42"';
    case 'delta-base':
      return '"v41"';
    case 'im':
      return 'vcdiff';
    case 'last-modified':
      return HTTP_DATE;
    case 'cache-control':
      return code === 511 ? 'no-store' : 'max-age=60';
    case 'vary':
      return 'Accept-Encoding';
    case 'link':
      if (code === 103) return '</style.css>; rel=preload; as=style';
      return code === 451 ? '<https://example.org/legal/42>; rel="blocked-by"' : '</report.pdf>; rel="alternate"; type="application/pdf"';
    case 'accept':
      return JSON_TYPE;
    case 'accept-encoding':
      return 'gzip';
    case 'accept-patch':
      return 'application/merge-patch+json';
    case 'content-encoding':
      return undefined;
    case 'upgrade':
      return 'websocket';
    case 'sec-websocket-version':
      return '13';
    case 'connection':
      return code === 426 ? 'Upgrade' : 'close';
    case 'expires':
      return HTTP_DATE;
    case 'content-location':
      return '/orders/42';
    default:
      return undefined;
  }
}

/**
 * The optional headers a snippet sends, by code: the ones that carry the code's point (where a
 * redirect goes, when to retry, what a 416's range was). The others stay in the page's Headers
 * section, so five snippets do not repeat them.
 */
const OPTIONAL_SENT: Readonly<Record<number, readonly string[]>> = {
  103: ['link'],
  201: ['location'],
  202: ['location', 'retry-after'],
  300: ['location', 'link'],
  301: ['location'],
  302: ['location'],
  303: ['location'],
  307: ['location'],
  308: ['location'],
  403: ['www-authenticate'],
  408: ['connection'],
  413: ['retry-after'],
  416: ['content-range'],
  429: ['retry-after'],
  451: ['link'],
  501: ['allow'],
  503: ['retry-after'],
};

/** Why a header the entry names is left out of the snippets, or undefined when it is sent. */
export function whyNotSent(code: number, name: string, optional = false): string | undefined {
  const key = name.toLowerCase();
  const reason = NOT_SENT_FOR[code]?.[key] ?? NOT_SENT[key];
  if (reason || !optional || OPTIONAL_SENT[code]?.includes(key)) return reason;
  return 'optional: listed under Headers on this page';
}

/**
 * The headers a snippet for this code sends: every required and conditional header the entry names
 * and the optional ones that carry the code's point, except the ones `whyNotSent` explains (a
 * request header, or one the framework computes). A header with neither a value nor a reason is a gap in
 * this module, and fails loudly naming the code and the header.
 */
export function snippetHeaders(input: Pick<SendInput, 'code' | 'headers'>): [string, string][] {
  const seen = new Set<string>();
  const result: [string, string][] = [];
  const conditional = input.headers.conditional.map((header) => header.name);
  const optional = new Set(input.headers.optional.map((name) => name.toLowerCase()));
  for (const name of [...input.headers.required, ...conditional, ...input.headers.optional]) {
    const key = name.toLowerCase();
    const onlyOptional = optional.has(key) && !input.headers.required.concat(conditional).some((n) => n.toLowerCase() === key);
    if (seen.has(key) || whyNotSent(input.code, name, onlyOptional) !== undefined) continue;
    seen.add(key);
    const value = headerValue(input.code, name);
    if (value === undefined) {
      throw new Error(
        `send-snippets: ${formatCode(input.code)} names the header ${name}, which has no snippet value and no reason to leave it out`,
      );
    }
    result.push([name, value]);
  }
  return result;
}

const quote = (value: string) => JSON.stringify(value);
const pyQuote = (value: string) => (value.includes('"') ? `'${value}'` : `"${value}"`);
const jsQuote = (value: string) => (value.includes("'") ? JSON.stringify(value) : `'${value}'`);
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const entries = (value: Readonly<Record<string, string | number>>) => Object.entries(value);
const jsValue = (v: string | number) => (typeof v === 'number' ? String(v) : jsQuote(v));

/** Everything a template needs: the exchange, the status as the framework writes it, the headers and the reason phrase. */
interface Parts {
  code: number;
  x: Exchange;
  status: string;
  headers: [string, string][];
  reason: string;
}

function express({ code, x, headers }: Parts): string {
  const body = x.body;
  const lines = headers.map(([n, v]) => `  res.set(${jsQuote(n)}, ${jsQuote(v)});`);
  if (body?.kind === 'slice') lines.unshift(`  const file = await readFile(${jsQuote(body.file)}); // ${body.size} bytes`);
  const status = `res.status(${code})`;
  const send =
    body === undefined
      ? `${status}.end();`
      : body.kind === 'error'
        ? `res.sendStatus(${code});`
        : body.kind === 'json'
          ? `${status}.json({ ${entries(body.value)
              .map(([k, v]) => `${k}: ${jsValue(v)}`)
              .join(', ')} });`
          : body.kind === 'text'
            ? `${status}.type(${jsQuote(body.type)}).send(${jsQuote(body.text)});`
            : `${status}.type(${jsQuote(body.type)}).send(file.subarray(${body.start}, ${body.end + 1}));`;
  const handler = body?.kind === 'slice' ? 'async (req, res) =>' : '(req, res) =>';
  return [`app.${x.method.toLowerCase()}(${jsQuote(x.path)}, ${handler} {`, ...lines, `  ${send}`, '});'].join('\n');
}

/** A Python dict literal, on one line when short. */
function pyDict(pairs: string[], indent: string): string {
  if (pairs.length <= 1) return `{${pairs.join('')}}`;
  return `{\n${pairs.map((p) => `${indent}    ${p},`).join('\n')}\n${indent}}`;
}

function fastapi({ x, status, headers, reason }: Parts): string {
  const body = x.body;
  const indent = '        ';
  const headerArg =
    headers.length > 0
      ? [
          `${indent}headers=${pyDict(
            headers.map(([n, v]) => `${pyQuote(n)}: ${pyQuote(v)}`),
            indent,
          )},`,
        ]
      : [];
  const usesStatus = status.startsWith('status.');
  const method = x.method.toLowerCase();
  const route = ['get', 'post', 'put', 'patch', 'delete'].includes(method)
    ? `@app.${method}(${quote(x.path)})`
    : `@app.api_route(${quote(x.path)}, methods=[${quote(x.method)}])`;
  const def = `def ${snake(x.name)}()`;
  // FastAPI's docs raise HTTPException for errors; it answers {"detail": …} as JSON.
  if (body?.kind === 'error') {
    return [
      `from fastapi import HTTPException${usesStatus ? ', status' : ''}`,
      '',
      route,
      `${def}:`,
      '    raise HTTPException(',
      `${indent}status_code=${status},`,
      `${indent}detail=${pyQuote(reason)},`,
      ...headerArg,
      '    )',
    ].join('\n');
  }
  const response =
    body?.kind === 'json' ? 'JSONResponse' : body?.kind === 'text' && body.type === 'text/html' ? 'HTMLResponse' : 'Response';
  const imports = [
    ...(usesStatus ? ['from fastapi import status'] : []),
    `from fastapi.responses import ${response}`,
    ...(body?.kind === 'slice' ? ['from pathlib import Path'] : []),
  ];
  const content =
    body === undefined
      ? []
      : body.kind === 'json'
        ? [
            `${indent}{${entries(body.value)
              .map(([k, v]) => `${quote(k)}: ${typeof v === 'number' ? v : pyQuote(v)}`)
              .join(', ')}},`,
          ]
        : body.kind === 'text'
          ? [`${indent}${pyQuote(body.text)},`]
          : body.kind === 'slice'
            ? [`${indent}Path(${quote(body.file)}).read_bytes()[${body.start}:${body.end + 1}],`]
            : [];
  const mediaType =
    body?.kind === 'slice' || (body?.kind === 'text' && body.type !== 'text/html') ? [`${indent}media_type=${quote(body.type)},`] : [];
  return [
    ...imports,
    '',
    route,
    `${def} -> ${response}:`,
    `    return ${response}(`,
    ...content,
    `${indent}status_code=${status},`,
    ...headerArg,
    ...mediaType,
    '    )',
  ].join('\n');
}

function go({ x, status, headers, reason }: Parts): string {
  const body = x.body;
  const lines = headers.map(([n, v]) => `\tw.Header().Set(${quote(n)}, ${quote(v)})`);
  if (body?.kind === 'error') lines.push(`\thttp.Error(w, ${quote(reason)}, ${status})`);
  else if (body === undefined) lines.push(`\tw.WriteHeader(${status})`);
  else {
    const type = body.kind === 'json' ? JSON_TYPE : body.kind === 'text' ? `${body.type}; charset=utf-8` : body.type;
    if (body.kind === 'slice') lines.unshift(`\tfile, _ := os.ReadFile(${quote(body.file)}) // ${body.size} bytes`);
    lines.push(`\tw.Header().Set("Content-Type", ${quote(type)})`, `\tw.WriteHeader(${status})`);
    if (body.kind === 'slice') lines.push(`\tw.Write(file[${body.start}:${body.end + 1}])`);
    else {
      const text = body.kind === 'json' ? JSON.stringify(body.value) : body.text;
      lines.push(`\tio.WriteString(w, \`${text}\`)`);
    }
  }
  return [`func ${x.name}(w http.ResponseWriter, r *http.Request) {`, ...lines, '}'].join('\n');
}

const SPRING_MAPPINGS: Record<string, string> = { GET: 'Get', POST: 'Post', PUT: 'Put', PATCH: 'Patch', DELETE: 'Delete' };
const SPRING_TYPES: Record<string, string> = {
  'application/json': 'MediaType.APPLICATION_JSON',
  'text/html': 'MediaType.TEXT_HTML',
  'application/xml': 'MediaType.APPLICATION_XML',
  'text/plain': 'MediaType.TEXT_PLAIN',
};
const springType = (type: string) => SPRING_TYPES[type] ?? `MediaType.valueOf(${quote(type)})`;

function spring({ x, status, headers, reason }: Parts): string {
  const body = x.body;
  const verb = SPRING_MAPPINGS[x.method];
  // Spring's DispatcherServlet passes methods the Servlet API does not know (PROPFIND) to a mapping without a method.
  const mapping = verb ? `@${verb}Mapping(${quote(x.path)})` : `@RequestMapping(${quote(x.path)})`;
  const type = body === undefined ? 'Void' : body.kind === 'json' ? 'Map<String, Object>' : body.kind === 'slice' ? 'byte[]' : 'String';
  const lines = body?.kind === 'slice' ? [`    byte[] file = Files.readAllBytes(Path.of(${quote(body.file)})); // ${body.size} bytes`] : [];
  const chain = headers.map(([n, v]) => `            .header(${quote(n)}, ${quote(v)})`);
  const end =
    body === undefined
      ? ['            .build();']
      : body.kind === 'json'
        ? [
            `            .body(Map.of(${entries(body.value)
              .map(([k, v]) => `${quote(k)}, ${typeof v === 'number' ? v : quote(v)}`)
              .join(', ')}));`,
          ]
        : body.kind === 'error'
          ? [`            .contentType(${springType('text/plain')})`, `            .body(${quote(reason)});`]
          : body.kind === 'text'
            ? [`            .contentType(${springType(body.type)})`, `            .body(${quote(body.text)});`]
            : [
                `            .contentType(${springType(body.type)})`,
                `            .body(Arrays.copyOfRange(file, ${body.start}, ${body.end + 1}));`,
              ];
  return [
    mapping,
    `ResponseEntity<${type}> ${x.name}()${body?.kind === 'slice' ? ' throws IOException' : ''} {`,
    ...lines,
    `    return ResponseEntity.status(${status})`,
    ...chain,
    ...end,
    '}',
  ].join('\n');
}

const ASPNET_MAPS: Record<string, string> = { GET: 'MapGet', POST: 'MapPost', PUT: 'MapPut', PATCH: 'MapPatch', DELETE: 'MapDelete' };

function aspnetcore({ x, status, headers, reason }: Parts): string {
  const body = x.body;
  const map = ASPNET_MAPS[x.method];
  const route = map ? `app.${map}(${quote(x.path)}, ` : `app.MapMethods(${quote(x.path)}, new[] { ${quote(x.method)} }, `;
  const result =
    body === undefined
      ? `Results.StatusCode(${status})`
      : body.kind === 'error'
        ? `Results.Text(${quote(reason)}, statusCode: ${status})`
        : body.kind === 'json'
          ? `Results.Json(new { ${entries(body.value)
              .map(([k, v]) => `${k} = ${typeof v === 'number' ? v : quote(v)}`)
              .join(', ')} }, statusCode: ${status})`
          : body.kind === 'text'
            ? `Results.Content(${quote(body.text)}, ${quote(body.type)}, statusCode: ${status})`
            : '';
  const sets = headers.map(([n, v]) => `    response.Headers[${quote(n)}] = ${quote(v)};`);
  if (body?.kind === 'slice') {
    // Results.Bytes always answers 200, so the slice is written by hand.
    return [
      `${route}async (HttpResponse response) =>`,
      '{',
      `    var file = await File.ReadAllBytesAsync(${quote(body.file)}); // ${body.size} bytes`,
      ...sets,
      `    response.StatusCode = ${status};`,
      `    response.ContentType = ${quote(body.type)};`,
      `    await response.Body.WriteAsync(file.AsMemory(${body.start}, ${body.end - body.start + 1}));`,
      '});',
    ].join('\n');
  }
  if (headers.length === 0) return `${route}() => ${result});`;
  return [`${route}(HttpResponse response) =>`, '{', ...sets, `    return ${result};`, '});'].join('\n');
}

const classX00 = (code: number) => `${String(code)[0]}00`;
/** A sender name as it reads mid-sentence: "Informal convention (…)" is not a proper name, so it loses its capital. */
const senderInSentence = (sender: string | undefined) => sender?.replace(/^Informal\b/, 'informal');

/** Statements for codes no handler should send, each resting on the spec section or the source it cites. */
const NOT_FOR_HANDLERS: Record<number, string> = {
  100: `Servers send 100 Continue themselves when a request carries \`Expect: 100-continue\`: Go's server does it on the handler's first read of the body, and Node's (under Express) does it unless you listen for \`checkContinue\`. A handler has nothing to write.`,
  101: `An upgrade library (a WebSocket server, for example) sends 101 when it takes over the connection. A plain request handler does not send it.`,
  102: `[RFC 4918, appendix F.3](https://www.rfc-editor.org/rfc/rfc4918#appendix-F.3) removed 102 and its \`Status-URI\` header for lack of implementation; for a long job, answer 202 Accepted instead.`,
  104: `104 belongs to the resumable uploads draft, and a server may send it only when the request's \`Upload-Draft-Interop-Version\` matches the draft version it implements. Use an upload library that implements the draft rather than a hand-written handler.`,
  203: `[RFC 9110, section 15.3.4](${RFC9110}#section-15.3.4) reserves 203 for a transforming proxy that changed the content of the origin's 200 on its way through: the proxy sends it. An application answering its own requests sends 200.`,
  208: `208 is never a response's own status: [RFC 5842, section 7.1](https://www.rfc-editor.org/rfc/rfc5842#section-7.1) puts it inside the XML of a 207 Multi-Status answer to an infinite-depth \`PROPFIND\`, for a collection already listed under another URL. A WebDAV server library writes it there; there is nothing to pass to a status setter.`,
  226: `A 226 carries a delta: the changes since the version the client named in \`If-None-Match\`, in an encoding it offered in \`A-IM\` ([RFC 3229, section 10.4.1](https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1)). Sending one takes a delta encoder and the stored base version, which no framework here provides, so there are no snippets.`,
  305: `[RFC 9110, section 15.4.6](${RFC9110}#section-15.4.6) deprecates 305: do not send it.`,
  306: `[RFC 9110, section 15.4.7](${RFC9110}#section-15.4.7) reserves 306 and says it is no longer used: do not send it.`,
  417: `Servers answer \`Expect\` themselves: Node's server (under Express) and Go's reply 417 to any expectation other than \`100-continue\`, and 100 Continue to that one (Go once the handler reads the body). A handler that refuses an upload before its body arrives answers with the final status that fits, such as 413.`,
  511: `[RFC 6585, section 6](https://www.rfc-editor.org/rfc/rfc6585#section-6) meant 511 for an intercepting proxy that controls network access, such as a captive portal, answering with a link to its login page: origin servers SHOULD NOT send it, and caches MUST NOT store it. Configure it in the portal, not in an application.`,
  418: `[RFC 9110, section 15.5.19](${RFC9110}#section-15.5.19) reserves 418 so that nothing else takes it: an April 1 RFC defined it as a joke, and it has been deployed as one too often to be reused. It has no meaning a client would act on, so there are no snippets.`,
};

/** The "Send it" plan of one code. */
export function sendPlan(input: SendInput, constantFor: ConstantLookup, addedIn: AddedInLookup = () => undefined): SendPlan {
  const { code } = input;
  const statusFor = (framework: SendFramework) =>
    (framework.constantLibrary && constantFor(framework.constantLibrary, code)) || String(code);

  const fixed = NOT_FOR_HANDLERS[code];
  if (fixed) return { statement: fixed, headers: [], snippets: [] };

  switch (input.clientSees) {
    case 'no-status':
      return {
        statement: `There is nothing to send: ${formatCode(code)} is what tools such as curl print when no response arrived at all.`,
        headers: [],
        snippets: [],
      };
    case 'no-response':
      return {
        statement: `${formatCode(code)} is ${input.sender ?? 'a server'}'s instruction to close the connection without a response; the client sees no status at all. An application that sent ${code} as a status would put a real status line on the wire, which is not what ${input.sender ?? 'the server'} does.`,
        headers: [],
        snippets: [{ framework: NGINX, code: `location = /wp-login.php {\n    return ${code};\n}` }],
      };
    case 'log-only':
      return {
        statement: `${formatCode(code)} never goes on the wire: ${input.sender ?? 'the server'} writes it to its log when the client has already closed the connection. There is nothing to send.`,
        headers: [],
        snippets: [],
      };
    case 'status-400':
      return {
        statement: `${formatCode(code)} exists only in ${input.sender ?? 'the server'}'s log: the client receives 400 Bad Request. Nothing sends ${code} on the wire.`,
        headers: [],
        snippets: [],
      };
  }

  if (input.registry === 'unofficial') {
    return {
      statement: `${code} is not in the IANA registry; its meaning comes from ${senderInSentence(input.sender) ?? 'one vendor'}. A client that does not know it treats it as ${classX00(code)} ([RFC 9110, section 15](${RFC9110}#section-15)), so your own server gains nothing by sending it, and there are no snippets.`,
      headers: [],
      snippets: [],
    };
  }
  if (input.registry === 'obsoleted') {
    return {
      statement: `The IANA registry marks ${code} as obsoleted: new servers should not send it, and there are no snippets.`,
      headers: [],
      snippets: [],
    };
  }

  const headers = snippetHeaders(input);
  if (classOf(code)?.digit === 1) {
    // Go's WriteHeader sends any 1xx at once; Express has Node's writeEarlyHints for 103. Both
    // then send the final response the 1xx announced.
    const go = SEND_FRAMEWORKS.find((f) => f.id === 'go')!;
    const goSnippet: Snippet = {
      framework: go,
      code: [
        'func home(w http.ResponseWriter, r *http.Request) {',
        ...headers.map(([n, v]) => `\tw.Header().Set(${quote(n)}, ${quote(v)})`),
        `\tw.WriteHeader(${statusFor(go)}) // sent at once`,
        '\t// … work, then the final response:',
        '\tw.Header().Set("Content-Type", "text/html; charset=utf-8")',
        '\tio.WriteString(w, "<!doctype html><title>Home</title>")',
        '}',
      ].join('\n'),
    };
    const link = headers.find(([n]) => n.toLowerCase() === 'link');
    const expressSnippet: Snippet[] =
      code === 103 && link
        ? [
            {
              framework: SEND_FRAMEWORKS[0]!,
              code: [
                "app.get('/', (req, res) => {",
                `  res.writeEarlyHints({ link: ${jsQuote(link[1])} });`,
                '  // … work, then the final response:',
                "  res.type('html').send('<!doctype html><title>Home</title>');",
                '});',
              ].join('\n'),
            },
          ]
        : [];
    return {
      statement: `A ${code} is interim: it goes out before the final response and carries no content. Go's \`WriteHeader\` sends a 1xx at once${code === 103 ? ", and Express has Node's `writeEarlyHints`" : ''}.`,
      exchange: {
        method: 'GET',
        path: '/',
        name: 'home',
        body: { kind: 'text', type: 'text/html', text: '<!doctype html><title>Home</title>' },
      },
      headers,
      snippets: [...expressSnippet, goSnippet],
    };
  }

  const x = exchangeFor(code);
  const snippets = SEND_FRAMEWORKS.map((framework): Snippet => {
    const parts: Parts = { code, x, status: statusFor(framework), headers, reason: input.title };
    const added = framework.constantLibrary ? addedIn(framework.constantLibrary, code) : undefined;
    const note = added ? { note: `Needs ${added} or later.` } : {};
    switch (framework.id) {
      case 'express':
        return { framework, code: express(parts) };
      case 'fastapi':
        return { framework, code: fastapi(parts), ...note };
      case 'go':
        return { framework, code: go(parts), ...note };
      case 'spring':
        return { framework, code: spring(parts), ...note };
      default:
        return { framework, code: aspnetcore(parts), ...note };
    }
  });
  // The request line adds what the code cannot show (Range, If-None-Match, a chunked body); the method and path are in every snippet.
  const request = x.requestHeaders || x.chunked ? requestLine(x) : undefined;
  return { ...(request ? { request } : {}), exchange: x, headers, snippets };
}

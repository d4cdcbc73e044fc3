/**
 * "Send it": how to send a status code from common server frameworks, generated from the entry's
 * data (number, title, headers, registry, what the client sees) and one template per framework,
 * so 93 pages never hold hand-written code. Where a framework cannot or should not send a code,
 * the plan carries a true statement instead of a snippet.
 *
 * Every framework call used here was checked against the framework's own docs or source:
 * - Express: `res.status`, `res.set`, `res.sendStatus` (expressjs/express lib/response.js);
 *   `res.writeEarlyHints` is Node's `ServerResponse` method, added in Node 18.11.0 (nodejs/node
 *   doc/api/http.md), which Express's response inherits.
 * - FastAPI: `HTTPException(status_code, detail, headers)` and `Response(status_code=…,
 *   headers=…)` (fastapi.tiangolo.com reference and starlette/responses.py); `from fastapi import
 *   status` re-exports Starlette's constants.
 * - Go: `w.Header().Set` before `w.WriteHeader`; WriteHeader sends 1xx responses at once and the
 *   server answers `Expect: 100-continue` itself (golang/go src/net/http/server.go, ResponseWriter).
 * - Spring: `ResponseEntity.status(HttpStatusCode | int)`, `.header(String, String...)`, `.build()`
 *   (spring-web ResponseEntity.java, v7.0.9).
 * - ASP.NET Core: `Results.StatusCode(int)` (src/Http/Http.Results/src/Results.cs); an
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
}

export interface SendPlan {
  /** A true statement shown before any snippets: why there are none, or only some. */
  statement?: string;
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

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

/**
 * Headers an entry names that a handler does not set on this response, and why. Request headers
 * belong to the client; the framework computes the framing and date headers itself.
 */
const NOT_SENT: Record<string, string> = {
  'a-im': 'request header',
  authorization: 'request header',
  'content-length': 'computed by the framework',
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
  // The snippet answers one range, so Content-Type is the representation's own, not multipart/byteranges.
  206: { 'content-type': 'a single-range answer keeps the representation’s own type' },
  // The Accept family names what the client asked for: request headers on a 406.
  406: {
    accept: 'request header',
    'accept-language': 'request header',
    'accept-encoding': 'request header',
    'accept-charset': 'request header',
  },
  // RFC 2295 transparent negotiation: Alternates and TCN describe variants a handler does not have.
  506: { alternates: 'needs the variant list of RFC 2295', tcn: 'needs the variant list of RFC 2295', vary: 'sent with the variant list' },
};

const HTTP_DATE = 'Tue, 01 Dec 2026 08:00:00 GMT';

/** A realistic value for each response header, by code where it differs. */
function headerValue(code: number, name: string): string | undefined {
  switch (name.toLowerCase()) {
    case 'location':
      return code === 201 ? '/orders/42' : code === 202 ? '/jobs/42' : '/new-path';
    case 'retry-after':
      return '120';
    case 'www-authenticate':
      return code === 403 ? 'Bearer error="insufficient_scope"' : 'Bearer realm="api"';
    case 'proxy-authenticate':
      return 'Basic realm="proxy"';
    case 'allow':
      return 'GET, HEAD';
    case 'content-range':
      return code === 416 ? 'bytes */4096' : 'bytes 0-1023/4096';
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
    case 'content-type':
      return code === 206
        ? 'video/mp4'
        : code === 207
          ? 'application/xml; charset=utf-8'
          : code === 422
            ? 'application/problem+json'
            : 'application/json';
    case 'link':
      if (code === 103) return '</style.css>; rel=preload; as=style';
      return code === 451 ? '<https://example.org/legal/42>; rel="blocked-by"' : '</report.pdf>; rel="alternate"; type="application/pdf"';
    case 'accept':
      return 'application/json';
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

/** Why a header the entry names is left out of the snippets, or undefined when it is sent. */
export function whyNotSent(code: number, name: string): string | undefined {
  const key = name.toLowerCase();
  const reason = NOT_SENT_FOR[code]?.[key] ?? NOT_SENT[key];
  if (reason) return reason;
  // 415 names Content-Encoding because the request's coding was refused; the response has none.
  if (code === 415 && key === 'content-encoding') return 'describes the refused request';
  return undefined;
}

/**
 * The headers a snippet for this code sends: every required, conditional and optional header the
 * entry names, except the ones `whyNotSent` explains (a conditional one outside the case the snippet
 * shows, for instance). A header with neither a value nor a reason is a gap in
 * this module, and fails loudly naming the code and the header.
 */
export function snippetHeaders(input: Pick<SendInput, 'code' | 'headers'>): [string, string][] {
  const seen = new Set<string>();
  const result: [string, string][] = [];
  const conditional = input.headers.conditional.map((header) => header.name);
  for (const name of [...input.headers.required, ...conditional, ...input.headers.optional]) {
    const key = name.toLowerCase();
    if (seen.has(key) || whyNotSent(input.code, name) !== undefined) continue;
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

/**
 * Express sends the reason phrase as a short text body for errors (`sendStatus`); success and
 * redirect snippets end without content, which 204, 205 and 304 require (RFC 9110 sections 15.3.5,
 * 15.3.6 and 15.4.5) and the others leave to your own body.
 */
function express(code: number, headers: [string, string][]): string {
  const lines = headers.map(([n, v]) => `  res.set(${jsQuote(n)}, ${jsQuote(v)});`);
  const send = code < 400 ? `res.status(${code}).end();` : `res.sendStatus(${code});`;
  return ["app.get('/orders', (req, res) => {", ...lines, `  ${send}`, '});'].join('\n');
}

function fastapi(code: number, title: string, status: string, headers: [string, string][]): string {
  const pairs = headers.map(([n, v]) => `${pyQuote(n)}: ${pyQuote(v)}`);
  const indent = '        ';
  const dict =
    pairs.length === 0
      ? undefined
      : pairs.length === 1
        ? `{${pairs[0]}}`
        : `{\n${pairs.map((p) => `${indent}    ${p},`).join('\n')}\n${indent}}`;
  const usesStatus = status.startsWith('status.');
  // FastAPI's docs raise HTTPException for client errors; other codes return a Response.
  if (classOf(code)?.digit === 4) {
    return [
      `from fastapi import HTTPException${usesStatus ? ', status' : ''}`,
      '',
      '@app.get("/orders")',
      'def orders():',
      '    raise HTTPException(',
      `        status_code=${status},`,
      `        detail=${pyQuote(title)},`,
      ...(dict ? [`        headers=${dict},`] : []),
      '    )',
    ].join('\n');
  }
  return [
    `from fastapi import Response${usesStatus ? ', status' : ''}`,
    '',
    '@app.get("/orders")',
    'def orders() -> Response:',
    '    return Response(',
    `        status_code=${status},`,
    ...(dict ? [`        headers=${dict},`] : []),
    '    )',
  ].join('\n');
}

function go(status: string, headers: [string, string][]): string {
  return [
    'func orders(w http.ResponseWriter, r *http.Request) {',
    ...headers.map(([n, v]) => `\tw.Header().Set(${quote(n)}, ${quote(v)})`),
    `\tw.WriteHeader(${status})`,
    '}',
  ].join('\n');
}

function spring(status: string, headers: [string, string][]): string {
  return [
    '@GetMapping("/orders")',
    'ResponseEntity<Void> orders() {',
    `    return ResponseEntity.status(${status})`,
    ...headers.map(([n, v]) => `            .header(${quote(n)}, ${quote(v)})`),
    '            .build();',
    '}',
  ].join('\n');
}

function aspnetcore(status: string, headers: [string, string][]): string {
  const result = `Results.StatusCode(${status})`;
  if (headers.length === 0) return `app.MapGet("/orders", () => ${result});`;
  return [
    'app.MapGet("/orders", (HttpResponse response) =>',
    '{',
    ...headers.map(([n, v]) => `    response.Headers[${quote(n)}] = ${quote(v)};`),
    `    return ${result};`,
    '});',
  ].join('\n');
}

const classX00 = (code: number) => `${String(code)[0]}00`;

/** Statements for codes no handler should send, each resting on the spec section it cites. */
const NOT_FOR_HANDLERS: Record<number, string> = {
  100: `Servers send 100 Continue themselves when a request carries \`Expect: 100-continue\`: Go's server does it on the handler's first read of the body, and Node's (under Express) does it unless you listen for \`checkContinue\`. A handler has nothing to write.`,
  101: `An upgrade library (a WebSocket server, for example) sends 101 when it takes over the connection. A plain request handler does not send it.`,
  102: `[RFC 4918, appendix F.3](https://www.rfc-editor.org/rfc/rfc4918#appendix-F.3) removed 102 and its \`Status-URI\` header for lack of implementation; for a long job, answer 202 Accepted instead.`,
  104: `104 belongs to the resumable uploads draft, and a server may send it only when the request's \`Upload-Draft-Interop-Version\` matches the draft version it implements. Use an upload library that implements the draft rather than a hand-written handler.`,
  305: `[RFC 9110, section 15.4.6](${RFC9110}#section-15.4.6) deprecates 305: do not send it.`,
  306: `[RFC 9110, section 15.4.7](${RFC9110}#section-15.4.7) reserves 306 and says it is no longer used: do not send it.`,
};

/** The "Send it" plan of one code. */
export function sendPlan(input: SendInput, constantFor: ConstantLookup): SendPlan {
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
      statement: `${code} is not in the IANA registry; its meaning comes from ${input.sender ?? 'one vendor'}. A client that does not know it treats it as ${classX00(code)} ([RFC 9110, section 15](${RFC9110}#section-15)), so your own server gains nothing by sending it, and there are no snippets.`,
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
    // Go's WriteHeader sends any 1xx at once; Express has Node's writeEarlyHints for 103.
    const goSnippet: Snippet = {
      framework: SEND_FRAMEWORKS.find((f) => f.id === 'go')!,
      code: [
        'func orders(w http.ResponseWriter, r *http.Request) {',
        ...headers.map(([n, v]) => `\tw.Header().Set(${quote(n)}, ${quote(v)})`),
        `\tw.WriteHeader(${statusFor(SEND_FRAMEWORKS.find((f) => f.id === 'go')!)}) // sent at once`,
        '\t// … work, then the final response',
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
                '  // … work, then the final response',
                '});',
              ].join('\n'),
            },
          ]
        : [];
    return {
      statement: `A ${code} is interim: it goes out before the final response and carries no content. Go's \`WriteHeader\` sends a 1xx at once${code === 103 ? ", and Express has Node's `writeEarlyHints`" : ''}.`,
      headers,
      snippets: [...expressSnippet, goSnippet],
    };
  }

  const snippets = SEND_FRAMEWORKS.map((framework): Snippet => {
    const status = statusFor(framework);
    switch (framework.id) {
      case 'express':
        return { framework, code: express(code, headers) };
      case 'fastapi':
        return { framework, code: fastapi(code, input.title, status, headers) };
      case 'go':
        return { framework, code: go(status, headers) };
      case 'spring':
        return { framework, code: spring(status, headers) };
      default:
        return { framework, code: aspnetcore(status, headers) };
    }
  });
  return { headers, snippets };
}

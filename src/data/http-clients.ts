/**
 * What six common HTTP clients do by default with each status code: resolve or throw, follow
 * redirects (and whether the method changes), retry, and curl's exit status. Every statement was
 * read from the client's own source or docs at the version given, and reproduced on 127.0.0.1
 * where docs/fact-check/issue-20.md says so; `sources` says where.
 */
import type { ClientBehaviour, HttpClient } from '../lib/http-clients';

const ok = (text: string): ClientBehaviour => ({ outcome: 'ok', text });
const error = (text: string): ClientBehaviour => ({ outcome: 'error', text });
const interim = (text: string): ClientBehaviour => ({ outcome: 'interim', text });

const FETCH: HttpClient = {
  id: 'fetch',
  name: 'fetch()',
  version: 'standard, 2026-07-02',
  sources: [
    'whatwg/fetch fetch.bs at commit 586cd2a (2026-07-02): fetch method, HTTP-redirect fetch, HTTP-network-or-cache fetch (the 401, 407 and 421 steps), HTTP-network fetch',
    'nodejs/undici lib/web/fetch/index.js at v7.16.0, the undici that Node.js 24.9.0 bundles (the 401 step is not implemented; a 407 is a network error)',
    'Chromium 156.0.8078.129, reproduced on 127.0.0.1: a 407 from an origin rejects with net::ERR_UNEXPECTED_PROXY_AUTH; a 401 with a Basic challenge waits for credentials, one with a Bearer challenge resolves; a 101 leaves fetch() waiting for a final response, and Node.js 24.9 rejects it',
  ],
  byClass: {
    '1xx': interim('Never exposed: `fetch()` waits for the final response.'),
    '2xx': ok('Resolves; `response.ok` is `true`.'),
    '3xx': ok('Resolves with this response; `response.ok` is `false`.'),
    '4xx': ok('Resolves, no retry; `response.ok` is `false`.'),
    '5xx': ok('Resolves, no retry; `response.ok` is `false`.'),
    none: error('Rejects with a `TypeError`.'),
  },
  byCode: {
    101: interim(
      'Never exposed: the standard has `fetch()` wait past it for a final response, as Chromium 156 does; Node.js 24.9 rejects a 101 with a `TypeError`.',
    ),
    301: ok(
      'Follows `Location` (at most 20 redirects); a POST becomes a GET. A request whose body is a stream rejects with a `TypeError` instead.',
    ),
    302: ok(
      'Follows `Location` (at most 20 redirects); a POST becomes a GET. A request whose body is a stream rejects with a `TypeError` instead.',
    ),
    303: ok('Follows `Location`; any method but GET and HEAD becomes GET, without the body.'),
    307: ok('Follows `Location` with the same method and body; a request whose body is a stream rejects with a `TypeError` instead.'),
    308: ok('Follows `Location` with the same method and body; a request whose body is a stream rejects with a `TypeError` instead.'),
    401: ok(
      'Resolves; `response.ok` is `false`. In a browser page, a same-origin request with a challenge the browser handles (Basic, for one) waits while the browser asks for a user name and password, then is sent again; Chromium 156 resolves at once on a Bearer challenge, and Node.js never asks.',
    ),
    407: error(
      'Rejects with a `TypeError` unless a browser proxy login succeeds: the standard makes a 407 a network error or a prompt and a retry. Chromium 156 rejects a 407 that did not come from its proxy (`net::ERR_UNEXPECTED_PROXY_AUTH`), and Node.js rejects every 407.',
    ),
    421: ok('Retries once on a new connection (not when the body is a stream) and resolves with whatever that attempt returns.'),
  },
};

const AXIOS: HttpClient = {
  id: 'axios',
  name: 'axios',
  version: '1.7.9',
  sources: [
    'axios/axios lib/defaults/index.js (validateStatus, timeout 0), lib/core/settle.js, lib/adapters/http.js at v1.7.9',
    'follow-redirects/follow-redirects index.js at v1.15.9 (the events it forwards; RedirectableRequest.prototype._processResponse)',
    'Node.js 24.9.0 http.request, reproduced on 127.0.0.1: a 101 with Upgrade and Connection: upgrade and no upgrade listener emits only close; a bare 101 is a response',
  ],
  byClass: {
    '1xx': interim('In Node.js, a 1xx other than 101 arrives as the `information` event; axios settles on the final response.'),
    '2xx': ok('Resolves: the default `validateStatus` accepts 200 to 299.'),
    '3xx': error('In Node.js, followed when it has a `Location` (up to 21 times); otherwise rejects with an `AxiosError`.'),
    '4xx': error('Rejects with an `AxiosError` (`ERR_BAD_REQUEST`); no retry.'),
    '5xx': error('Rejects with an `AxiosError` (`ERR_BAD_RESPONSE`); no retry.'),
    none: error('Rejects with an `AxiosError` that has no `response`.'),
  },
  byCode: {
    101: error(
      'In Node.js, a 101 with `Upgrade` and `Connection: upgrade` never settles: Node.js closes the socket without an error or a response, and the default `timeout` is 0. A 101 without them is taken as the final response and rejects with an `AxiosError`.',
    ),
    301: ok('In Node.js, follows `Location` (up to 21 times); a POST becomes a GET.'),
    302: ok('In Node.js, follows `Location` (up to 21 times); a POST becomes a GET.'),
    303: ok('In Node.js, follows `Location`; any method but GET and HEAD becomes GET.'),
    307: ok('In Node.js, follows `Location` with the same method and body.'),
    308: ok('In Node.js, follows `Location` with the same method and body.'),
  },
};

/** The 407 a proxy gives to CONNECT, which is how an HTTPS request through a proxy starts. */
const proxyTunnel = (raised: string) =>
  error(
    `Through a proxy to an HTTPS URL, the 407 answers \`CONNECT\` and ${raised}; through a proxy to a plain HTTP URL, the 407 is the response.`,
  );

const followedByRequests = (method: string) =>
  ok(`Follows \`Location\` (at most 30 redirects); ${method}. \`requests.head()\` does not follow unless \`allow_redirects=True\`.`);

const REQUESTS: HttpClient = {
  id: 'requests',
  name: 'Python requests',
  version: '2.34.2',
  sources: [
    'psf/requests src/requests/sessions.py (rebuild_method), src/requests/models.py (REDIRECT_STATI, DEFAULT_REDIRECT_LIMIT, raise_for_status), src/requests/api.py (head), src/requests/adapters.py (DEFAULT_RETRIES) at v2.34.2',
    'python/cpython Lib/http/client.py (HTTPResponse.begin), 3.11, which urllib3 2 builds on',
    'requests 2.34.2 on Python 3.11.7, reproduced on 127.0.0.1: redirects, 1xx, and a 407 to CONNECT (ProxyError)',
  ],
  byClass: {
    '1xx': ok("Python's `http.client` skips `100 Continue` only; any other 1xx is read as the final response."),
    '2xx': ok('Returns the response; nothing raises.'),
    '3xx': ok('Returns the response; `raise_for_status()` does not raise for 3xx.'),
    '4xx': ok('Returns the response; only `raise_for_status()` raises (`HTTPError`). No retry.'),
    '5xx': ok('Returns the response; only `raise_for_status()` raises (`HTTPError`). No retry.'),
    none: error('Raises `requests.exceptions.ConnectionError`.'),
  },
  byCode: {
    100: interim('Skipped: `http.client` reads on to the final response.'),
    301: followedByRequests('a POST becomes a GET'),
    302: followedByRequests('any method but HEAD becomes GET'),
    303: followedByRequests('any method but HEAD becomes GET'),
    307: followedByRequests('the method and body stay the same'),
    308: followedByRequests('the method and body stay the same'),
    407: proxyTunnel('requests raises `requests.exceptions.ProxyError`'),
  },
};

const HTTPX: HttpClient = {
  id: 'httpx',
  name: 'Python httpx',
  version: '0.28.1',
  sources: [
    'encode/httpx httpx/_client.py (follow_redirects, _redirect_method), httpx/_models.py (raise_for_status), httpx/_config.py (DEFAULT_MAX_REDIRECTS), httpx/_transports/default.py (retries) at 0.28.1',
    'encode/httpcore httpcore/_sync/http11.py (_receive_response_headers) and httpcore/_sync/http_proxy.py (the CONNECT tunnel) at 1.0.9; python-hyper/h11 h11/_state.py at v0.16.0 (a 101 nobody asked for)',
    "Debian's httpx 0.23.3 (h11 0.14.0), reproduced on 127.0.0.1: 1xx, 101 with and without Upgrade, raise_for_status on 1xx and 3xx, and a 407 to CONNECT (ProxyError)",
  ],
  byClass: {
    '1xx': interim('Skipped: httpcore reads on to the final response.'),
    '2xx': ok('Returns the response; `raise_for_status()` passes.'),
    '3xx': ok(
      'Returns the response, and `raise_for_status()` raises `HTTPStatusError` for it: redirects are followed only with `follow_redirects=True` (then at most 20).',
    ),
    '4xx': ok('Returns the response; only `raise_for_status()` raises (`HTTPStatusError`). No retry.'),
    '5xx': ok('Returns the response; only `raise_for_status()` raises (`HTTPStatusError`). No retry.'),
    none: error('Raises an `httpx.TransportError` subclass, such as `RemoteProtocolError` or `ConnectError`.'),
  },
  byCode: {
    101: ok(
      'Returns the 101 response when the request asked to upgrade (an `Upgrade` header), and `raise_for_status()` raises for it; a 101 nobody asked for raises `httpx.RemoteProtocolError`.',
    ),
    407: proxyTunnel('httpx raises `httpx.ProxyError`'),
  },
};

const retriedByCurl = ok('Exit status 0; with `--fail`, 22. `--retry N` retries it, honouring `Retry-After`.');
const retriedByCurlSince817 = ok('Exit status 0; with `--fail`, 22. `--retry N` retries it since curl 8.17.0, honouring `Retry-After`.');
const followedByCurl = (change: string) => ok(`Followed only with \`-L\` or \`--follow\` (at most 50)${change}; exit status 0.`);
/** 301 to 303: curl may change the method, but under `-L` a method named with `-X` wins (docs/cmdline-opts/request.md). */
const methodMayChange = (change: string) =>
  followedByCurl(`; ${change}. Under \`-L\`, a method set with \`-X\` is sent again unchanged, where \`--follow\` may reset it to GET`);

const CURL: HttpClient = {
  id: 'curl',
  name: 'curl',
  version: '8.21.0',
  sources: [
    'curl/curl docs/cmdline-opts/fail.md, location.md, follow.md, request.md, max-redirs.md, retry.md and _EXITCODES.md at curl-8_21_0',
    'curl/curl lib/http.c (http_should_fail, Curl_http_follow, http_switch_to_get, http_on_1xx_response, the Content-Range header) and lib/cf-h1-proxy.c at curl-8_21_0; commits a186ecf (CONNECT failures exit 7, first in 8.20.0), 225db91 (416 on resume, first in 8.5.0)',
    'curl/curl src/tool_operate.c (the retried codes; 522 and 524 added by commit fe06127, first released in 8.17.0)',
    'curl 7.88.1 against nginx 1.22.1 on 127.0.0.1: return 444 gives exit 52 over HTTP/1.1 and 92 over HTTP/2; a 407 to CONNECT gives 56',
  ],
  byClass: {
    '1xx': interim('Waits for the final response.'),
    '2xx': ok('Exit status 0, with or without `--fail`.'),
    '3xx': ok('Not followed without `-L` or `--follow` (added in 8.16.0); exit status 0, with or without `--fail`.'),
    '4xx': ok('Exit status 0; with `--fail`, 22. `--retry` does not retry it.'),
    '5xx': ok('Exit status 0; with `--fail`, 22. `--retry` does not retry it.'),
    none: error(
      'Fails: exit status 52 when the connection closes without a reply, 92 when an HTTP/2 stream is reset (nginx answers 444 that way over HTTP/2), 7 when it cannot connect, 28 on a timeout.',
    ),
  },
  byCode: {
    101: ok(
      'Taken as the final response unless curl asked to upgrade (a WebSocket URL, or `--http2` over plain HTTP): curl then reads the connection as the body until it closes.',
    ),
    301: methodMayChange('a POST sent with `-d` or `-F` becomes a GET unless `--post301` is given'),
    302: methodMayChange('a POST sent with `-d` or `-F` becomes a GET unless `--post302` is given'),
    303: methodMayChange('the request becomes a GET, except that HEAD stays HEAD and `--post303` keeps a POST'),
    307: followedByCurl(', with the same method'),
    308: followedByCurl(', with the same method'),
    401: ok(
      'Exit status 0; with `--fail`, 22, but curl warns that a 401 can slip through while it negotiates the credentials given with `-u`.',
    ),
    407: error(
      'Through a proxy to an HTTPS URL, the 407 answers `CONNECT`: exit status 7 since curl 8.20.0, 56 before. Through a proxy to a plain HTTP URL, exit status 0; with `--fail`, 22, though a 407 can slip through while curl negotiates `--proxy-user` credentials.',
    ),
    408: retriedByCurl,
    416: ok(
      'Exit status 0; with `--fail`, 22, except on a resumed download (`-C`), where curl takes the 416 to mean the file is complete (also when it carries `Content-Range: bytes */N`, since 8.5.0).',
    ),
    429: retriedByCurl,
    500: retriedByCurl,
    502: retriedByCurl,
    503: retriedByCurl,
    504: retriedByCurl,
    522: retriedByCurlSince817,
    524: retriedByCurlSince817,
  },
};

const GO: HttpClient = {
  id: 'go',
  name: 'Go http.Client',
  version: 'source at 076c3d7f',
  sources: [
    'golang/go src/net/http/client.go (Client.Do, redirectBehavior, defaultCheckRedirect) at commit 076c3d7f',
    'golang/go src/net/http/transport.go (persistConn.readResponse; dialConn, where a non-200 answer to CONNECT is an error) and response.go (isProtocolSwitch), read in Go 1.19.8 (Debian golang-1.19-src) and reproduced with Go 1.19.8 on 127.0.0.1',
  ],
  byClass: {
    '1xx': interim('The Transport reads past it to the final response.'),
    '2xx': ok('`err` is nil; the code is in `resp.StatusCode`.'),
    '3xx': ok('Returned with a nil `err`.'),
    '4xx': ok('`err` is nil: a non-2xx code is not an error. No retry.'),
    '5xx': ok('`err` is nil: a non-2xx code is not an error. No retry.'),
    none: error('`Do` returns a non-nil `*url.Error`.'),
  },
  byCode: {
    101: ok('Returned as the response; with `Upgrade` and `Connection: Upgrade`, its `Body` is writable for the new protocol.'),
    301: ok('Followed (at most 10 redirects); a method other than GET or HEAD becomes GET, without the body.'),
    302: ok('Followed (at most 10 redirects); a method other than GET or HEAD becomes GET, without the body.'),
    303: ok('Followed (at most 10 redirects); a method other than GET or HEAD becomes GET, without the body.'),
    307: ok('Followed with the same method and body; a request whose body has no `GetBody` to send it again gets the 307 itself.'),
    308: ok('Followed with the same method and body; a request whose body has no `GetBody` to send it again gets the 308 itself.'),
    407: error(
      'Through a proxy to an HTTPS URL, the 407 answers `CONNECT` and `Do` returns an error ("Proxy Authentication Required"); through a proxy to a plain HTTP URL, the 407 is the response.',
    ),
  },
};

export const HTTP_CLIENTS: readonly HttpClient[] = [FETCH, AXIOS, REQUESTS, HTTPX, CURL, GO];

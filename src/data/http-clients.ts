/**
 * What six common HTTP clients do by default with each status code: resolve or throw, follow
 * redirects (and whether the method changes), retry, and curl's exit status. Every statement was
 * read from the client's own source or docs at the version given; `sources` says where.
 */
import type { ClientBehaviour, HttpClient } from '../lib/http-clients';

const ok = (text: string): ClientBehaviour => ({ outcome: 'ok', text });
const error = (text: string): ClientBehaviour => ({ outcome: 'error', text });
const interim = (text: string): ClientBehaviour => ({ outcome: 'interim', text });

const FETCH: HttpClient = {
  id: 'fetch',
  name: 'fetch()',
  version: 'Fetch Living Standard, 2026-07-02 (commit 586cd2a)',
  sources: [
    'https://fetch.spec.whatwg.org/#fetch-method',
    'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
    'https://fetch.spec.whatwg.org/#http-network-fetch',
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
    301: ok('Follows `Location` (at most 20 redirects); a POST becomes a GET.'),
    302: ok('Follows `Location` (at most 20 redirects); a POST becomes a GET.'),
    303: ok('Follows `Location`; any method but GET and HEAD becomes GET.'),
    307: ok('Follows `Location` with the same method and body.'),
    308: ok('Follows `Location` with the same method and body.'),
    421: ok('Retries once on a new connection when the body can be sent again, then resolves; `response.ok` is `false`.'),
  },
};

const AXIOS: HttpClient = {
  id: 'axios',
  name: 'axios',
  version: '1.7.9',
  sources: [
    'axios/axios lib/defaults/index.js (validateStatus), lib/core/settle.js, lib/adapters/http.js at v1.7.9',
    'follow-redirects/follow-redirects index.js (RedirectableRequest.prototype._processResponse)',
    'nodejs/node doc/api/http.md (the information event)',
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
    301: ok('In Node.js, follows `Location` (up to 21 times); a POST becomes a GET.'),
    302: ok('In Node.js, follows `Location` (up to 21 times); a POST becomes a GET.'),
    303: ok('In Node.js, follows `Location`; any method but GET and HEAD becomes GET.'),
    307: ok('In Node.js, follows `Location` with the same method and body.'),
    308: ok('In Node.js, follows `Location` with the same method and body.'),
  },
};

const REQUESTS: HttpClient = {
  id: 'requests',
  name: 'Python requests',
  version: '2.34.2',
  sources: [
    'psf/requests src/requests/sessions.py (rebuild_method), src/requests/models.py (REDIRECT_STATI, DEFAULT_REDIRECT_LIMIT, raise_for_status), src/requests/adapters.py (DEFAULT_RETRIES) at v2.34.2',
    'python/cpython Lib/http/client.py (HTTPResponse.begin), 3.11, which urllib3 2 builds on',
  ],
  byClass: {
    '1xx': ok("Python's `http.client` skips `100 Continue` only; any other 1xx is read as the final response."),
    '2xx': ok('Returns the response; nothing raises.'),
    '3xx': ok('Returns the response; `raise_for_status()` does not raise for 3xx.'),
    '4xx': ok('Returns the response without raising (`raise_for_status()` raises `HTTPError`); no retry.'),
    '5xx': ok('Returns the response without raising (`raise_for_status()` raises `HTTPError`); no retry.'),
    none: error('Raises `requests.exceptions.ConnectionError`.'),
  },
  byCode: {
    100: interim('Skipped: `http.client` reads on to the final response.'),
    301: ok('Follows `Location` (at most 30 redirects); a POST becomes a GET.'),
    302: ok('Follows `Location` (at most 30 redirects); any method but HEAD becomes GET.'),
    303: ok('Follows `Location`; any method but HEAD becomes GET.'),
    307: ok('Follows `Location` with the same method and body.'),
    308: ok('Follows `Location` with the same method and body.'),
  },
};

const HTTPX: HttpClient = {
  id: 'httpx',
  name: 'Python httpx',
  version: '0.28.1',
  sources: [
    'encode/httpx httpx/_client.py (follow_redirects, _redirect_method), httpx/_models.py (raise_for_status), httpx/_config.py (DEFAULT_MAX_REDIRECTS), httpx/_transports/default.py (retries) at 0.28.1',
    'encode/httpcore httpcore/_sync/http11.py (_receive_response_headers)',
  ],
  byClass: {
    '1xx': interim('Skipped: httpcore reads on to the final response.'),
    '2xx': ok('Returns the response; `raise_for_status()` passes.'),
    '3xx': ok('Returns the response: redirects are followed only with `follow_redirects=True` (then at most 20).'),
    '4xx': ok('Returns the response without raising (`raise_for_status()` raises `HTTPStatusError`); no retry.'),
    '5xx': ok('Returns the response without raising (`raise_for_status()` raises `HTTPStatusError`); no retry.'),
    none: error('Raises an `httpx.TransportError` subclass, such as `RemoteProtocolError` or `ConnectError`.'),
  },
  byCode: {
    101: ok('Returns the 101 response.'),
  },
};

const retriedByCurl = ok('Exit status 0; with `--fail`, 22. `--retry N` retries it, honouring `Retry-After`.');
const retriedByCurlSince817 = ok('Exit status 0; with `--fail`, 22. `--retry N` retries it since curl 8.17.0.');

const CURL: HttpClient = {
  id: 'curl',
  name: 'curl',
  version: '8.21.0',
  sources: [
    'curl/curl docs/cmdline-opts/fail.md, location.md, max-redirs.md, retry.md and _EXITCODES.md at curl-8_21_0',
    'curl/curl src/tool_operate.c (the retried codes; 522 and 524 added by commit fe06127, first released in 8.17.0)',
    'curl/curl lib/http.c (http_on_1xx_response)',
  ],
  byClass: {
    '1xx': interim('Waits for the final response.'),
    '2xx': ok('Exit status 0, with or without `--fail`.'),
    '3xx': ok('Not followed without `-L`; exit status 0, with or without `--fail`.'),
    '4xx': ok('Exit status 0; with `--fail`, 22. `--retry` does not retry it.'),
    '5xx': ok('Exit status 0; with `--fail`, 22. `--retry` does not retry it.'),
    none: error('Fails: exit status 52 when the connection closes without a reply, 7 when it cannot connect, 28 on a timeout.'),
  },
  byCode: {
    301: ok('Followed only with `-L` (at most 50), and a POST becomes a GET; exit status 0.'),
    302: ok('Followed only with `-L` (at most 50), and a POST becomes a GET; exit status 0.'),
    303: ok('Followed only with `-L` (at most 50), and a POST becomes a GET; exit status 0.'),
    307: ok('Followed only with `-L` (at most 50), with the same method; exit status 0.'),
    308: ok('Followed only with `-L` (at most 50), with the same method; exit status 0.'),
    408: retriedByCurl,
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
  version: 'golang/go source at commit 076c3d7f',
  sources: [
    'golang/go src/net/http/client.go (Client.Do, redirectBehavior, defaultCheckRedirect)',
    'golang/go src/net/http/transport.go (persistConn.readResponse)',
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
    101: ok('Returned as the response, with a writable `Body` for the new protocol.'),
    301: ok('Followed (at most 10 redirects); a method other than GET or HEAD becomes GET, without the body.'),
    302: ok('Followed (at most 10 redirects); a method other than GET or HEAD becomes GET, without the body.'),
    303: ok('Followed (at most 10 redirects); a method other than GET or HEAD becomes GET, without the body.'),
    307: ok('Followed with the same method and body when `GetBody` is set; otherwise returned as is.'),
    308: ok('Followed with the same method and body when `GetBody` is set; otherwise returned as is.'),
  },
};

export const HTTP_CLIENTS: readonly HttpClient[] = [FETCH, AXIOS, REQUESTS, HTTPX, CURL, GO];

/**
 * The guides of the error-page kits, one per platform: install steps, the traps that lose the
 * status there, how to check each code with curl, and what it was checked against. Every product
 * claim names where it was read (repository, path and commit, or page and date); the audit trail is
 * docs/fact-check/error-pages.md. The config itself is never restated here: the guide shows the
 * kit's own files, built by src/lib/error-pages/.
 */
import type { PlatformGuide } from '../../lib/error-pages/guide';
import { EXPRESS_MODULE } from '../../lib/error-pages/express';
import { BACKEND_PORT, NGINX_IMAGE } from '../../lib/error-pages/kubernetes';
import { APACHE_UNKNOWN_CODES } from '../../lib/error-pages/apache';
import { KIT_FOLDER, KIT_URL_PREFIX, NGINX_CLOSES_INSTEAD } from '../../lib/error-pages/nginx';
import type { PinnedSource } from '../../lib/schema-parts';

/** The day the guides' claims and the kits' tests were last checked. */
const CHECKED_ON = '2026-12-07';

const NGINX_DOCS = { repo: 'nginx/nginx.org', ref: '3924a7f8334b93bbb4d5368f3d0cd44922ef2a6b' } as const;
const NGINX_SRC = { repo: 'nginx/nginx', ref: 'release-1.22.1' } as const;
const HTTPD = { repo: 'apache/httpd', ref: 'f45abec1bd20396cea777a411bd5975abefad279' } as const;
const CADDY_262 = { repo: 'caddyserver/website', ref: '0d05c7bf1954579bbf836fb1a309c808df7ab69a' } as const;
const CADDY_NOW = { repo: 'caddyserver/website', ref: '1a6bbd7d92ea03da4fc4864a096dbbb290ffc1fc' } as const;
const INGRESS = { repo: 'kubernetes/ingress-nginx', ref: 'dbb11b92ddb77bee9c35e462479129354c84f939' } as const;

const src = (base: { repo: string; ref: string }, path: string, title: string): PinnedSource => ({ title, path, ...base });

const NGINX_ERROR_PAGE = src(
  NGINX_DOCS,
  'xml/en/docs/http/ngx_http_core_module.xml',
  'nginx docs: error_page and internal (ngx_http_core_module)',
);
const NGINX_PROXY = src(NGINX_DOCS, 'xml/en/docs/http/ngx_http_proxy_module.xml', 'nginx docs: proxy_intercept_errors');
const NGINX_FASTCGI = src(NGINX_DOCS, 'xml/en/docs/http/ngx_http_fastcgi_module.xml', 'nginx docs: fastcgi_intercept_errors');
const NGINX_MAP = src(NGINX_DOCS, 'xml/en/docs/http/ngx_http_map_module.xml', 'nginx docs: map');
const NGINX_FINALIZE = src(NGINX_SRC, 'src/http/ngx_http_request.c', 'nginx source: ngx_http_finalize_request');
const HTTPD_CORE = src(HTTPD, 'docs/manual/mod/core.xml', 'Apache httpd 2.4 manual: ErrorDocument and Define (core)');
const HTTPD_PROXY = src(HTTPD, 'docs/manual/mod/mod_proxy.xml', 'Apache httpd 2.4 manual: ProxyErrorOverride (mod_proxy)');
const HTTPD_EXPR = src(HTTPD, 'docs/manual/expr.xml', 'Apache httpd 2.4 manual: expressions');
const HTTPD_STATUS = src(HTTPD, 'modules/http/http_protocol.c', 'Apache httpd 2.4 source: status_lines');
const CADDY_HANDLE_ERRORS = src(
  CADDY_262,
  'src/docs/markdown/caddyfile/directives/handle_errors.md',
  'Caddy docs for v2.6.2: handle_errors',
);
const CADDY_REVERSE_PROXY = src(
  CADDY_262,
  'src/docs/markdown/caddyfile/directives/reverse_proxy.md',
  'Caddy docs for v2.6.2: reverse_proxy, intercepting responses',
);
const CADDY_ERROR = src(CADDY_262, 'src/docs/markdown/caddyfile/directives/error.md', 'Caddy docs for v2.6.2: error');
const CADDY_INTERCEPT = src(CADDY_NOW, 'src/docs/markdown/caddyfile/directives/intercept.md', 'Caddy docs: intercept');
const CADDY_HANDLE_ERRORS_NOW = src(CADDY_NOW, 'src/docs/markdown/caddyfile/directives/handle_errors.md', 'Caddy docs: handle_errors');
const INGRESS_CUSTOM = src(INGRESS, 'docs/user-guide/custom-errors.md', 'ingress-nginx docs: custom errors');
const INGRESS_DEFAULT = src(INGRESS, 'docs/user-guide/default-backend.md', 'ingress-nginx docs: default backend');
const INGRESS_FLAGS = src(INGRESS, 'docs/user-guide/cli-arguments.md', 'ingress-nginx docs: command line arguments');
const INGRESS_CONFIGMAP = src(
  INGRESS,
  'docs/user-guide/nginx-configuration/configmap.md',
  'ingress-nginx docs: ConfigMap, custom-http-errors',
);
const INGRESS_ANNOTATIONS = src(INGRESS, 'docs/user-guide/nginx-configuration/annotations.md', 'ingress-nginx docs: annotations');
const INGRESS_README = src(INGRESS, 'README.md', 'ingress-nginx README: retirement');
const INGRESS_TEMPLATE = src(INGRESS, 'rootfs/etc/nginx/template/nginx.tmpl', 'ingress-nginx nginx.tmpl: CUSTOM_ERRORS');
const NGINX_IMAGE_TAGS: PinnedSource = {
  title: 'nginx/docker-nginx: image tags',
  repo: 'nginx/docker-nginx',
  path: 'generate-stackbrew-library.sh',
  ref: '0d7f4380c735af5009aa364e27fafecd958fd4fa',
};
const ROUTER_LAYER: PinnedSource = {
  title: 'router (Express 5’s router): Layer',
  repo: 'pillarjs/router',
  path: 'lib/layer.js',
  ref: 'v2.3.0',
};
const CADDY_RESPOND = src(CADDY_262, 'src/docs/markdown/caddyfile/directives/respond.md', 'Caddy docs for v2.6.2: respond');
const CADDY_28_DOCS: PinnedSource = {
  title: 'caddyserver/website: “Updated for v2.8.0”, adding handle_errors status arguments',
  repo: 'caddyserver/website',
  path: 'src/docs/markdown/caddyfile/directives/handle_errors.md',
  ref: 'ca9ce7b2b527bcd2d7031cac29c5cfef2e865a62',
};
const CADDY_INTERCEPT_ADDED: PinnedSource = {
  title: 'caddyserver/website: “Finish documenting Caddy 2.8.0 features”, adding intercept',
  repo: 'caddyserver/website',
  path: 'src/docs/markdown/caddyfile/directives/intercept.md',
  ref: 'af347e962325645a62836f4bdae43997c25e5e37',
};
const CADDY_CLI = src(CADDY_262, 'src/docs/markdown/command-line.md', 'Caddy docs for v2.6.2: command line');
const NGINX_SWITCHES = src(NGINX_DOCS, 'xml/en/docs/switches.xml', 'nginx docs: command-line parameters');
const HTTPD_APACHECTL = src(HTTPD, 'docs/manual/programs/apachectl.xml', 'Apache httpd 2.4 manual: apachectl');
const FINALHANDLER: PinnedSource = { title: 'finalhandler README', repo: 'pillarjs/finalhandler', path: 'README.md', ref: 'v2.1.1' };
const EXPRESS_RELEASE: PinnedSource = { title: 'Express', repo: 'expressjs/express', path: 'package.json', ref: 'v5.3.0' };

const SELF_HOSTED: PlatformGuide[] = [
  {
    slug: 'nginx',
    name: 'nginx',
    kind: 'server',
    summary: 'Two include files: error_page for every code, JSON to API clients, the pages kept internal.',
    searchNames: [
      'nginx error_page',
      'nginx error page',
      'nginx custom error page',
      'nginx error pages',
      'error_page 404',
      'proxy_intercept_errors',
    ],
    intro: `The kit gives nginx an \`error_page\` for every assigned 4xx and 5xx code, each pointing at a page inside a location that only \`error_page\` can reach. A client whose \`Accept\` header asks for JSON gets the problem details body instead of the page, with the same status.`,
    install: [
      `Unzip the kit where nginx can read it. The snippets expect \`${KIT_FOLDER}\`; if you put it elsewhere, change that path in both files.`,
      `In the \`http {}\` block, include the map once: \`include ${KIT_FOLDER}/nginx-http.conf;\`. A \`map\` is only allowed at that level.`,
      `In each \`server {}\` block that should use the pages, add \`include ${KIT_FOLDER}/nginx.conf;\`.`,
      'If nginx proxies to an application and its errors should get the pages too, add `proxy_intercept_errors on;` (or `fastcgi_intercept_errors on;`) to that location. Leave it off where an API sends its own JSON errors.',
      'Test the config with `nginx -t`, reload it with `nginx -s reload`, then run the checks below.',
    ],
    language: `English sits at the kit's root. To serve another language, add its folder to the \`alias\` line in \`nginx.conf\`: \`alias ${KIT_FOLDER}/de/;\` for German, or \`fr\`, \`es\`, \`pt\`, \`ja\`.`,
    showFiles: [
      { path: 'error-pages/nginx-http.conf', caption: 'nginx-http.conf, included once in http {}' },
      { path: 'error-pages/nginx.conf', caption: 'nginx.conf, included in each server {}' },
    ],
    traps: [
      {
        id: 'full-url',
        title: 'A full URL in error_page becomes a redirect',
        body: 'Written as `error_page 404 https://example.com/404.html;`, nginx sends the browser a redirect (302 unless you give another redirect code) and the 404 is gone: crawlers see a moved page, scripts see a success after the redirect. A path on the same server, as the kit uses, is an internal redirect that keeps the original status.',
        sources: [NGINX_ERROR_PAGE],
      },
      {
        id: 'inheritance',
        title: 'A location with its own error_page drops all of the kit’s',
        body: '`error_page` lines are inherited from the enclosing block only when the block itself has none. One `error_page 404 /custom.html;` inside a location means that location answers every other error with nginx’s stock page. Repeat the kit’s lines there, or include `nginx.conf` inside that location’s server only and keep error_page out of locations.',
        sources: [NGINX_ERROR_PAGE],
      },
      {
        id: 'upstream-errors',
        title: 'Errors from a proxied application pass through untouched',
        body: 'With `proxy_intercept_errors` and `fastcgi_intercept_errors` at their default, `off`, a 500 or 404 that the application itself returns reaches the client with the application’s own body, and the kit’s pages never show. Errors nginx produces itself, such as a 502 when the upstream is down, do get the pages. Turning interception on also swaps an API’s JSON error bodies for the kit’s, so turn it on per location.',
        sources: [NGINX_PROXY, NGINX_FASTCGI],
      },
      {
        id: 'method-get',
        title: 'The page is fetched with GET',
        body: 'The internal redirect to the page changes the method to GET for every method but GET and HEAD, so a failed POST still gets the page. The kit’s location serves files, which nginx would refuse for a POST.',
        sources: [NGINX_ERROR_PAGE],
      },
      {
        id: 'no-408',
        title: 'nginx closes the connection instead of sending 408',
        body: `When a client is too slow, nginx drops the connection without a response, and it does the same for \`return 408\` and for an upstream’s 408 it intercepts. The kit therefore has no \`error_page 408\`: with one, interception would turn an upstream’s 408 into a dropped connection.`,
        sources: [NGINX_FINALIZE],
      },
    ],
    checks: {
      intro: `Paste this block into the \`server {}\` for a moment (after the include): each address makes nginx answer one code. Each curl should print the code in its first line, and the page should be the kit’s. Remove the block when you are done.`,
      setup: {
        caption: 'Temporary test locations (remove afterwards)',
        code: (codes) => codes.map((code) => `location = /kit-check/${code} { return ${code}; }`).join('\n'),
      },
      command: (code) => `curl -sI https://www.example.com/kit-check/${code}`,
      skipped: { codes: NGINX_CLOSES_INSTEAD, reason: 'nginx never answers 408: it closes the connection instead (see the traps).' },
    },
    checkedAgainst: [
      { what: 'nginx, run by the tests', version: '1.22.1 (Debian nginx-light)', source: NGINX_FINALIZE },
      { what: 'nginx documentation', version: 'nginx.org at commit 3924a7f', source: NGINX_ERROR_PAGE },
      { what: 'nginx documentation: map', version: 'nginx.org at commit 3924a7f', source: NGINX_MAP },
      { what: 'nginx -t and -s reload', version: 'nginx.org at commit 3924a7f', source: NGINX_SWITCHES },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'apache',
    name: 'Apache httpd',
    kind: 'server',
    summary: 'One include file for a VirtualHost: ErrorDocument for every code, JSON to API clients, Vary: Accept.',
    searchNames: [
      'ErrorDocument',
      'apache ErrorDocument',
      'ErrorDocument 404',
      'apache error page',
      'apache custom error page',
      'ProxyErrorOverride',
    ],
    intro: `The kit gives Apache httpd an \`ErrorDocument\` for every 4xx and 5xx code it knows, each a local path, so the status stays. Which file is served depends on the \`Accept\` header: JSON clients get the problem details body, everyone else the page, and the responses carry \`Vary: Accept\`. It needs httpd 2.4.13 or later, where \`ErrorDocument\` takes expressions.`,
    install: [
      `Unzip the kit where httpd can read it. The snippet expects \`${KIT_FOLDER}\`; if you put it elsewhere, change the \`Define ERROR_PAGES_DIR\` line.`,
      `Make sure \`mod_alias\`, \`mod_mime\` and \`mod_setenvif\` are loaded. Debian and Ubuntu enable all three by default.`,
      `Inside each \`<VirtualHost>\` that should use the pages, add \`Include ${KIT_FOLDER}/apache.conf\`.`,
      'If httpd proxies to an application and its errors should get the pages too, add `ProxyErrorOverride On` where you proxy. Leave it off where an API sends its own JSON errors.',
      'Check the config with `apachectl configtest`, reload with `apachectl graceful`, then run the checks below.',
    ],
    language: `English sits at the kit's root. To serve another language, add its folder to the \`Alias\` line in \`apache.conf\`: \`Alias ${KIT_URL_PREFIX} "\${ERROR_PAGES_DIR}/de"\` for German, or \`fr\`, \`es\`, \`pt\`, \`ja\`.`,
    showFiles: [{ path: 'error-pages/apache.conf', caption: 'apache.conf, included in each <VirtualHost>' }],
    traps: [
      {
        id: 'full-url',
        title: 'A full URL in ErrorDocument becomes a redirect',
        body: 'An `ErrorDocument` that starts with `http://` or `https://` makes httpd send a redirect to that address, even on the same server. The client never sees the original status, which confuses crawlers and any script that checks whether an address is valid. The kit uses local paths only.',
        sources: [HTTPD_CORE],
      },
      {
        id: 'local-401',
        title: 'The 401 page must be local, or the login prompt is lost',
        body: 'With a full URL for `ErrorDocument 401`, the browser gets a redirect instead of the 401, so it never asks for a user name and password. The manual says plainly that an `ErrorDocument 401` must refer to a local document.',
        sources: [HTTPD_CORE],
      },
      {
        id: 'proxied-errors',
        title: 'Errors from a proxied application keep its own body',
        body: '`ProxyErrorOverride` is `Off` by default, and then httpd does not put its error documents on proxied responses. Turn it on where you proxy; since httpd 2.4.47 you can limit it to a list of codes, which helps when an API behind the same host sends its own JSON errors.',
        sources: [HTTPD_PROXY, HTTPD_CORE],
      },
      {
        id: 'malformed',
        title: 'Malformed requests get the built-in message',
        body: 'When httpd detects a malformed request it stops at once and answers with its own message, whatever `ErrorDocument` says. Those few responses will not show the kit’s page; the status is still right.',
        sources: [HTTPD_CORE],
      },
      {
        id: 'unknown-codes',
        title: `httpd refuses an ErrorDocument for ${APACHE_UNKNOWN_CODES.join(', ')}`,
        body: `httpd 2.4 has no status line for ${APACHE_UNKNOWN_CODES.join(', ')} (Too Early), so it stops at startup with “Unsupported HTTP response code” for \`ErrorDocument ${APACHE_UNKNOWN_CODES[0]}\`. The kit leaves it out.`,
        sources: [HTTPD_STATUS],
      },
    ],
    checks: {
      intro:
        'Paste these lines into the `<VirtualHost>` for a moment (they need `mod_rewrite`): each address makes httpd answer one code. Each curl should print the code in its first line. Remove them when you are done.',
      setup: {
        caption: 'Temporary test rules (remove afterwards)',
        code: (codes) => ['RewriteEngine On', ...codes.map((code) => `RewriteRule ^/kit-check/${code}$ - [R=${code}]`)].join('\n'),
      },
      command: (code) => `curl -sI https://www.example.com/kit-check/${code}`,
      skipped: { codes: APACHE_UNKNOWN_CODES, reason: 'httpd 2.4 does not know 425 and refuses it (see the traps).' },
    },
    checkedAgainst: [
      { what: 'Apache httpd, run by the tests', version: '2.4.71 (Debian apache2)', source: HTTPD_STATUS },
      { what: 'Apache httpd manual', version: '2.4.x branch at commit f45abec', source: HTTPD_CORE },
      { what: 'Apache httpd manual: expressions', version: '2.4.x branch at commit f45abec', source: HTTPD_EXPR },
      { what: 'apachectl configtest and graceful', version: '2.4.x branch at commit f45abec', source: HTTPD_APACHECTL },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'caddy',
    name: 'Caddy',
    kind: 'server',
    summary: 'One Caddyfile to import in a site block: handle_errors serves the page or the JSON body.',
    searchNames: ['handle_errors', 'caddy handle_errors', 'caddy error page', 'caddy custom error page'],
    intro:
      'The kit adds a `handle_errors` route to a site. It picks the page for the error’s status (its own, or the class page), or the problem details body when the client asks for JSON, and serves it with `file_server`, which keeps the error’s status inside `handle_errors`. It uses only directives Caddy 2.6 already had.',
    install: [
      `Unzip the kit where Caddy can read it. The snippet expects \`${KIT_FOLDER}\`; if you put it elsewhere, change the \`root\` line.`,
      `Inside each site block that should use the pages, add \`import ${KIT_FOLDER}/Caddyfile\`. A site has one set of error routes, so remove any \`handle_errors\` it already has, or merge them.`,
      'If Caddy proxies to an application and its errors should get the pages too, hand them over with `handle_response`, as below.',
      'Check with `caddy validate --config Caddyfile`, reload with `caddy reload`, then run the checks below.',
    ],
    language: `English sits at the kit's root. To serve another language, add its folder to the \`root\` line in the kit’s Caddyfile: \`root * ${KIT_FOLDER}/de\` for German, or \`fr\`, \`es\`, \`pt\`, \`ja\`.`,
    showFiles: [{ path: 'error-pages/Caddyfile', caption: 'Caddyfile, imported in each site block' }],
    traps: [
      {
        id: 'proxied-errors',
        title: 'handle_errors does not see errors a proxied upstream returns',
        body: 'An error status that `reverse_proxy` passes on from the upstream is a normal response to Caddy, not an error, so `handle_errors` never runs for it. (Caddy’s own errors, such as a 502 when the upstream is down, do run it.) To give the upstream’s errors the pages, match them in `reverse_proxy` and turn them into Caddy errors with the `error` directive:\n\n```\nreverse_proxy localhost:8080 {\n\t@error status 4xx 5xx\n\thandle_response @error {\n\t\terror "Upstream error" {rp.status_code}\n\t}\n}\n```\n\nThis is tested with Caddy 2.6.2. It also replaces an API’s JSON error bodies, so match only the codes you want. Caddy 2.8 added `intercept`, which does the same for handlers other than `reverse_proxy`.',
        sources: [CADDY_HANDLE_ERRORS, CADDY_REVERSE_PROXY, CADDY_ERROR, CADDY_INTERCEPT, CADDY_INTERCEPT_ADDED],
      },
      {
        id: 'respond',
        title: '`respond` with an error code is not an error',
        body: '`respond 404` writes a response with that status, which is not the same as an error in the handler chain, so `handle_errors` does not run. Use `error 404` where you want the kit’s page.',
        sources: [CADDY_RESPOND, CADDY_ERROR],
      },
      {
        id: 'status-arguments',
        title: 'handle_errors with status codes needs Caddy 2.8',
        body: 'Newer Caddy accepts `handle_errors 404 410 { … }` and `4xx` or `5xx` as arguments; the docs for 2.6 have no such form. The kit uses one `handle_errors` without arguments and a `map`, so it works on both.',
        sources: [CADDY_HANDLE_ERRORS, CADDY_HANDLE_ERRORS_NOW, CADDY_28_DOCS],
      },
    ],
    checks: {
      intro:
        'Paste these lines into the site block for a moment: each address makes Caddy raise one error. Each curl should print the code in its first line. Remove them when you are done.',
      setup: {
        caption: 'Temporary test routes (remove afterwards)',
        code: (codes) => codes.map((code) => `error /kit-check/${code} ${code}`).join('\n'),
      },
      command: (code) => `curl -sI https://www.example.com/kit-check/${code}`,
    },
    checkedAgainst: [
      { what: 'Caddy, run by the tests', version: '2.6.2', source: CADDY_HANDLE_ERRORS },
      { what: 'Caddy documentation for 2.6.2', version: 'caddyserver/website at commit 0d05c7b', source: CADDY_REVERSE_PROXY },
      { what: 'Caddy documentation, current', version: 'caddyserver/website at commit 1a6bbd7', source: CADDY_HANDLE_ERRORS_NOW },
      { what: 'caddy validate and caddy reload', version: 'caddyserver/website at commit 0d05c7b', source: CADDY_CLI },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'kubernetes',
    name: 'Kubernetes (ingress-nginx)',
    kind: 'server',
    summary: 'A default backend for ingress-nginx: the stock nginx image and two ConfigMaps, answering X-Code with that status.',
    searchNames: [
      'custom-http-errors',
      'ingress-nginx custom errors',
      'ingress nginx custom error page',
      'ingress-nginx default backend',
      'kubernetes error page',
    ],
    intro: `When ingress-nginx intercepts an error, it asks its default backend for the page and passes the backend’s answer to the client unchanged, with the failed request’s status in \`X-Code\` and the client’s \`Accept\` header in \`X-Format\`. The kit’s backend is the stock \`${NGINX_IMAGE}\` image with its own \`nginx.conf\` from a ConfigMap: it answers with the status from \`X-Code\` and the matching page, or the problem details body when \`X-Format\` asks for JSON. Without \`X-Code\` it answers 404, and \`/healthz\` answers 200, as a default backend must.`,
    install: [
      'Unzip the kit. The manifests are in `error-pages/kubernetes/`.',
      'Create the backend and the pages of one language in the namespace of your choice: `kubectl apply -f error-pages/kubernetes/error-pages-backend.yaml -f error-pages/kubernetes/pages-en.yaml`.',
      'Point ingress-nginx at it with the controller flag `--default-backend-service=<namespace>/error-pages`, or, for a single Ingress in the namespace where you created the backend, with the annotation `nginx.ingress.kubernetes.io/default-backend: error-pages`.',
      'List the codes to intercept in the controller’s ConfigMap, for example `custom-http-errors: "404,500,502,503,504"`, or per Ingress with the annotation `nginx.ingress.kubernetes.io/custom-http-errors`. Setting it also turns on `proxy_intercept_errors` for those codes.',
      'Run the checks below.',
    ],
    language:
      'Each language is a ConfigMap of its own with the same name. To switch, apply another one and restart the backend: `kubectl apply -f error-pages/kubernetes/pages-de.yaml && kubectl rollout restart deployment/error-pages`.',
    showFiles: [
      { path: 'error-pages/kubernetes/error-pages-backend.yaml', caption: 'error-pages-backend.yaml: nginx.conf, Deployment and Service' },
    ],
    traps: [
      {
        id: 'status-from-backend',
        title: 'The backend must send the status itself',
        body: 'ingress-nginx does not change what the default backend answers, so a backend that serves its pages with 200 turns every intercepted error into a success. The kit’s backend returns the code from `X-Code` and serves the page through `error_page`, which keeps it.',
        sources: [INGRESS_CUSTOM],
      },
      {
        id: 'headers-lost',
        title: 'Headers of the original error do not reach the client',
        body: 'ingress-nginx sends the backend the status, the `Accept` header and a few names (`X-Original-URI`, `X-Namespace`, `X-Ingress-Name`, `X-Service-Name`, `X-Service-Port`, `X-Request-ID`), not the upstream’s response headers. Intercepting 401 therefore loses `WWW-Authenticate` and the login prompt with it, 405 loses `Allow`, and 429 or 503 lose `Retry-After`. Leave those codes out of `custom-http-errors` where the application sets them.',
        sources: [INGRESS_CUSTOM, INGRESS_TEMPLATE],
      },
      {
        id: 'apis',
        title: 'Interception replaces API error bodies too',
        body: '`custom-http-errors` in the controller’s ConfigMap applies to every Ingress. The backend answers JSON clients with a problem details body, but that body replaces whatever the API said. Use the per-Ingress annotation to intercept only the sites that need pages.',
        sources: [INGRESS_CONFIGMAP, INGRESS_ANNOTATIONS],
      },
      {
        id: 'no-408',
        title: 'Leave 408 out of custom-http-errors',
        body: 'nginx, which ingress-nginx runs, closes the connection instead of answering 408, also for a 408 it intercepts. The kit’s backend answers `X-Code: 408` with 404, so it never pretends otherwise.',
        sources: [NGINX_FINALIZE],
      },
    ],
    checks: {
      intro:
        'Check the backend on its own, before ingress-nginx uses it: forward its port (`kubectl port-forward service/error-pages 8080:80`) and send it the headers ingress-nginx would. Each curl should print the code from `X-Code` in its first line; add `-H "X-Format: application/json"` to get the problem details body. Then request a missing page through your Ingress.',
      command: (code) => `curl -sI -H "X-Code: ${code}" http://127.0.0.1:8080/`,
      skipped: { codes: NGINX_CLOSES_INSTEAD, reason: 'nginx never answers 408, so the backend answers it with 404 (see the traps).' },
    },
    notes: [
      {
        id: 'retirement',
        title: 'ingress-nginx is retired',
        body: 'The ingress-nginx project ended best-effort maintenance in March 2026: after that there are no new releases, bug fixes or security fixes. Existing installations keep working, and its Helm charts and images stay available. The project’s README asks new users not to deploy it and to pick an implementation of the Kubernetes Gateway API instead. The backend in this kit is plain nginx and answers any proxy that sends `X-Code` and `X-Format` the same way; other controllers have their own ways of serving error pages.',
        sources: [INGRESS_README],
      },
    ],
    checkedAgainst: [
      { what: 'ingress-nginx documentation', version: 'kubernetes/ingress-nginx at commit dbb11b9 (2026-03-20)', source: INGRESS_CUSTOM },
      { what: 'Default backend contract', version: 'kubernetes/ingress-nginx at commit dbb11b9', source: INGRESS_DEFAULT },
      { what: 'Controller flag --default-backend-service', version: 'kubernetes/ingress-nginx at commit dbb11b9', source: INGRESS_FLAGS },
      { what: `Image ${NGINX_IMAGE}`, version: 'nginx/docker-nginx at commit 0d7f438 (stable is 1.30)', source: NGINX_IMAGE_TAGS },
      {
        what: 'The backend’s nginx.conf, run by the tests',
        version: `nginx 1.22.1 with X-Code and X-Format, listening on ${BACKEND_PORT} in the pod`,
        source: NGINX_FINALIZE,
      },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'express',
    name: 'Express',
    kind: 'server',
    summary: 'A dependency-free middleware: a 404 handler and an error handler that keep the status.',
    searchNames: ['express error handler', 'express 404 page', 'express error page', 'express custom error page'],
    intro: `The kit’s \`${EXPRESS_MODULE}\` exports \`errorPages()\`, which reads the pages once at startup and returns two middlewares: \`notFound\` answers what no route matched with 404, and \`errorHandler\` answers an error passed to \`next(err)\` with its status. It reads the status and headers the way Express’s own final handler does: \`err.status\` or \`err.statusCode\`, 500 for anything outside 400 to 599, and the headers in \`err.headers\`. It never shows an error’s message to the visitor.`,
    install: [
      'Unzip the kit into your project, for example beside your server file.',
      `Import it, \`import { errorPages } from './error-pages/${EXPRESS_MODULE}';\`, and create it once: \`const pages = errorPages();\`.`,
      'After all your routes, add `app.use(pages.notFound);` and then, last of all, `app.use(pages.errorHandler);`.',
      'Run the checks below.',
    ],
    language:
      "English is the default. For another language, pass its folder: `errorPages({ language: 'de' })`, or `fr`, `es`, `pt`, `ja`. `errorPages({ folder })` reads the kit from another folder.",
    showFiles: [{ path: `error-pages/${EXPRESS_MODULE}`, caption: EXPRESS_MODULE }],
    traps: [
      {
        id: 'order',
        title: 'Order matters: the error handler goes last',
        body: 'Express’s router runs a middleware with four arguments only when an error is being passed on, and skips it otherwise; `notFound` answers every request that reaches it. Put both after your routes and static files, `notFound` first, so that only what nothing else answered or an error raised earlier gets there.',
        sources: [ROUTER_LAYER],
      },
      {
        id: 'headers-sent',
        title: 'A response already started cannot change its status',
        body: 'When an error happens after the headers went out, the handler passes it on to Express’s final handler, which ends the response instead of writing an error; nothing can turn a sent 200 into a 500.',
        sources: [FINALHANDLER],
      },
    ],
    checks: {
      intro:
        'Add a temporary route that fails with the code you ask for, then request each code. Each curl should print the code in its first line. Remove the route when you are done.',
      setup: {
        caption: 'Temporary test route (remove afterwards)',
        code: () =>
          "app.get('/kit-check/:code', (req, res, next) => next(Object.assign(new Error('check'), { status: Number(req.params.code) })));",
      },
      command: (code) => `curl -sI http://127.0.0.1:3000/kit-check/${code}`,
    },
    checkedAgainst: [
      { what: 'Express, run by the tests', version: '5.3.0', source: EXPRESS_RELEASE },
      { what: 'How Express reads an error’s status and headers', version: 'finalhandler 2.1.1', source: FINALHANDLER },
    ],
    checkedOn: CHECKED_ON,
  },
];

export const PLATFORM_GUIDES: readonly PlatformGuide[] = SELF_HOSTED;

export function getPlatformGuide(slug: string): PlatformGuide | undefined {
  return PLATFORM_GUIDES.find((guide) => guide.slug === slug);
}

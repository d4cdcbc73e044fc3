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
import { cloudflareRulesCommand } from '../../lib/error-pages/cloudflare';
import { CLOUDFRONT_CODES } from '../../lib/error-pages/static-hosts';
import { KIT_FOLDER, KIT_URL_PREFIX, NGINX_CLOSES_INSTEAD } from '../../lib/error-pages/nginx';
import type { PinnedSource } from '../../lib/schema-parts';

/** The day the guides' claims and the kits' tests were last checked. */
const CHECKED_ON = '2026-12-07';
/** Pages of documentation read in a stored copy on the day the hosted guides were written. */
const READ_ON = '2026-12-07';

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
      `Make sure \`mod_alias\`, \`mod_mime\` and \`mod_setenvif\` are loaded. Debian’s apache2 package enables all three.`,
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

const TRAEFIK = { repo: 'traefik/traefik', ref: 'fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a' } as const;
const TRAEFIK_DOC = src(
  TRAEFIK,
  'docs/content/reference/routing-configuration/http/middlewares/errorpages.md',
  'Traefik docs: Errors middleware',
);
const TRAEFIK_SRC = src(TRAEFIK, 'pkg/middlewares/customerrors/custom_errors.go', 'Traefik source: the Errors middleware');
const TRAEFIK_RANGES = src(TRAEFIK, 'pkg/types/http_code_range.go', 'Traefik source: status ranges');
const TRAEFIK_MIGRATE = src(TRAEFIK, 'docs/content/migrate/v3.md', 'Traefik docs: migration notes, v3.6.15');
const TRAEFIK_ROUTER = src(TRAEFIK, 'docs/content/reference/routing-configuration/http/routing/router.md', 'Traefik docs: routers');
const TRAEFIK_PRIORITY = src(
  TRAEFIK,
  'docs/content/reference/routing-configuration/http/routing/rules-and-priority.md',
  'Traefik docs: rule priority',
);
const TRAEFIK_ISSUE_HEADERS: PinnedSource = {
  title: 'traefik/traefik issue 11957: Forward Headers to Error Page (Middleware)',
  url: 'https://github.com/traefik/traefik/issues/11957',
  read: READ_ON,
};
const NGINX_RANGE = src(NGINX_SRC, 'src/http/modules/ngx_http_range_filter_module.c', 'nginx source: ranges only on a 200');
const NGINX_NOT_MODIFIED = src(
  NGINX_SRC,
  'src/http/modules/ngx_http_not_modified_filter_module.c',
  'nginx source: conditional requests only on a 200',
);

const IIS = { repo: 'MicrosoftDocs/iis-docs', ref: '63b689f03dea4704aaa6a7c17dd42a899a1d4bc7' } as const;
const IIS_HTTP_ERRORS = src(IIS, 'iis/configuration/system.webServer/httpErrors/index.md', 'IIS docs: httpErrors');
const IIS_ERROR = src(IIS, 'iis/configuration/system.webServer/httpErrors/error.md', 'IIS docs: httpErrors error');
const IIS_DETAILED = src(
  IIS,
  'iis/troubleshoot/diagnosing-http-errors/how-to-use-http-detailed-errors-in-iis.md',
  'IIS docs: HTTP detailed errors',
);
const IIS_DELEGATION = src(
  IIS,
  'iis/web-hosting/web-server-for-shared-hosting/delegating-errormode-in-httperrors.md',
  'IIS docs: delegating errorMode in httpErrors',
);
const IIS_FEATURE_DELEGATION = src(
  IIS,
  'iis/manage/managing-your-configuration-settings/an-overview-of-feature-delegation-in-iis.md',
  'IIS docs: feature delegation',
);
const IIS_500_19: PinnedSource = {
  title: 'Microsoft support: HTTP Error 500.19',
  repo: 'MicrosoftDocs/SupportArticles-docs',
  path: 'support/developer/webapps/iis/health-diagnostic-performance/http-error-500-19-webpage.md',
  ref: '3727a1a46a32e582a37b765702b01e50c540b0e4',
};

const CF_DOCS = 'cloudflare/cloudflare-docs';
const cf = (ref: string, path: string, title: string): PinnedSource => ({ title, repo: CF_DOCS, path: `src/content/docs/${path}`, ref });
const CF_CUSTOM_ERRORS = cf('0210e13933e2caf4f49a2b6ee4dc12d5870acdca', 'rules/custom-errors/index.mdx', 'Cloudflare docs: Custom Errors');
const CF_PAGE_TYPES = cf(
  '0ba170626148ff0ca7ae88e134762b9fbb0aac50',
  'rules/custom-errors/reference/error-page-types.mdx',
  'Cloudflare docs: Error Page types',
);
const CF_TOKENS = cf(
  '16cfcf22b95756322cf8c15724dadd7094325f21',
  'rules/custom-errors/reference/error-tokens.mdx',
  'Cloudflare docs: error tokens',
);
const CF_EDIT = cf(
  '0309c8bed23afe438f28fd5026b5a7999e653081',
  'rules/custom-errors/edit-error-pages.mdx',
  'Cloudflare docs: edit Error Pages',
);
const CF_PARAMS = cf(
  '59a47871b814b1c401573211eb57cb8b3563e064',
  'rules/custom-errors/reference/parameters.mdx',
  'Cloudflare docs: Custom Errors parameters',
);
const CF_RULES = cf(
  '25a4f1e0cd4b4f39f1f06e2091f67c191038e96f',
  'rules/custom-errors/create-rules.mdx',
  'Cloudflare docs: create custom error rules',
);
const CF_EXAMPLES = cf(
  '1c2ec7e4675088d2c3542f620362cc955e34df48',
  'rules/custom-errors/example-rules.mdx',
  'Cloudflare docs: example custom error rules',
);
const CF_RESPONSES = cf(
  '0cc0c37f2562870765528dc81993cae97e2f8f0d',
  'fundamentals/reference/error-responses.mdx',
  'Cloudflare docs: error responses',
);
const CURL_JSON = src(
  { repo: 'curl/curl', ref: '5c61e168698a72b87437d58ed728bcdea6d5db42' },
  'docs/cmdline-opts/json.md',
  'curl docs: --json',
);

const NETLIFY_OPTIONS: PinnedSource = {
  title: 'Netlify docs: redirect options',
  url: 'https://docs.netlify.com/routing/redirects/redirect-options/',
  read: READ_ON,
};
const NETLIFY_REWRITES: PinnedSource = {
  title: 'Netlify docs: rewrites and proxies',
  url: 'https://docs.netlify.com/routing/redirects/rewrites-proxies/',
  read: READ_ON,
};
const NETLIFY_CHAIN: PinnedSource = {
  title: 'Netlify docs: request chain',
  url: 'https://docs.netlify.com/platform/request-chain',
  read: READ_ON,
};

const VERCEL_404: PinnedSource = {
  title: 'Vercel docs: custom 404 pages (last updated 2026-11-17)',
  url: 'https://vercel.com/docs/routing/custom-404-pages',
  read: READ_ON,
};
const VERCEL_ERROR_PAGES: PinnedSource = {
  title: 'Vercel docs: custom error pages (last updated 2026-08-11)',
  url: 'https://vercel.com/docs/custom-error-pages',
  read: READ_ON,
};
const VERCEL_GUIDE: PinnedSource = {
  title: 'Vercel guide: custom 404 page',
  url: 'https://vercel.com/guides/custom-404-page',
  read: READ_ON,
};

const GITHUB_404: PinnedSource = {
  title: 'GitHub docs: creating a custom 404 page for your GitHub Pages site',
  repo: 'github/docs',
  path: 'content/pages/getting-started-with-github-pages/creating-a-custom-404-page-for-your-github-pages-site.md',
  ref: '1443df092ac1fb2da9b3512ac6f51fad3981b348',
};

const CLOUDFRONT_GENERATING: PinnedSource = {
  title: 'CloudFront developer guide: generating custom error responses',
  repo: 'awsdocs/amazon-cloudfront-developer-guide',
  path: 'doc_source/GeneratingCustomErrorResponses.md',
  ref: '3aa6660265bec5cbbcbad3cc8cc2c6feec0109e7',
};
const CLOUDFRONT_EXPIRATION: PinnedSource = {
  title: 'CloudFront developer guide: how long errors are cached',
  repo: 'awsdocs/amazon-cloudfront-developer-guide',
  path: 'doc_source/custom-error-pages-expiration.md',
  ref: '14858cf51518dc0ea1d25e7b57897c8019fecce5',
};
const CLOUDFRONT_ROOT: PinnedSource = {
  title: 'CloudFront developer guide: default root object',
  repo: 'awsdocs/amazon-cloudfront-developer-guide',
  path: 'doc_source/DefaultRootObject.md',
  ref: '14858cf51518dc0ea1d25e7b57897c8019fecce5',
};
const CLOUDFORMATION_ERROR_RESPONSE: PinnedSource = {
  title: 'CloudFormation reference: CustomErrorResponse',
  repo: 'awsdocs/aws-cloudformation-user-guide',
  path: 'doc_source/aws-properties-cloudfront-distribution-customerrorresponse.md',
  ref: '056fba8462260b407b2400503ebdb63a04cefbdf',
};
const S3_GET_OBJECT: PinnedSource = {
  title: 'S3 API reference: GetObject permissions (as carried in the AWS SDK for JavaScript)',
  repo: 'aws/aws-sdk-js-v3',
  path: 'clients/client-s3/src/commands/GetObjectCommand.ts',
  ref: '005fa41c2259d3c2577f45a0a527b4e4670b967a',
};

const NOT_RUN =
  'not run here: no such service on this machine; the guide states only what the source says, and the curl checks are the proof on your side';

const HOSTED: PlatformGuide[] = [
  {
    slug: 'traefik',
    name: 'Traefik',
    kind: 'host',
    summary: 'The errors middleware and a small nginx that serves the pages, with JSON for API clients.',
    searchNames: ['traefik errors middleware', 'traefik error page', 'traefik custom error page', 'traefik error pages'],
    intro: `Traefik’s \`errors\` middleware catches responses with the listed codes and replaces their body with a page it requests from a service of yours. The kit gives it that service: the stock \`${NGINX_IMAGE}\` image with a config that answers \`/404.html\` and the rest with the kit’s page, or with the problem details body when the client’s \`Accept\` asks for JSON. The client always gets the status Traefik caught, whatever the service answers, so the status is kept without any work.`,
    install: [
      'Unzip the kit beside your compose file (or wherever the error service will run).',
      'Start the error service: add the service in `error-pages/traefik/compose.yaml` to your compose file, or run the stock nginx image with `error-pages-nginx.conf` as its config and the kit mounted at `/srv/error-pages`.',
      'Put `error-pages/traefik/dynamic/error-pages.yml` in the folder your file provider reads (the example static config, `traefik.yml`, reads `/etc/traefik/dynamic`), and change `example.com` and the `app` service to yours.',
      'Attach the `error-pages` middleware to the routers of your sites, not to routers that serve an API; the kit’s `api` router shows how.',
      'Run the checks below.',
    ],
    language: `English sits at the kit's root. To serve another language, add its folder to the \`root\` line of \`error-pages-nginx.conf\`: \`root ${KIT_FOLDER}/de;\` for German, or \`fr\`, \`es\`, \`pt\`, \`ja\`.`,
    showFiles: [
      { path: 'error-pages/traefik/dynamic/error-pages.yml', caption: 'dynamic/error-pages.yml: middleware, routers and services' },
      { path: 'error-pages/traefik/error-pages-nginx.conf', caption: 'error-pages-nginx.conf: the error service' },
    ],
    traps: [
      {
        id: 'headers-dropped',
        title: 'The caught response’s headers are dropped',
        body: 'The middleware keeps the caught status but sends the headers of the error service, not those of the response it caught. A 401 loses `WWW-Authenticate` and with it the browser’s login prompt, a 405 loses `Allow`, and 429 or 503 lose `Retry-After`. The kit’s status list leaves out every code whose page here says a header is required. A pull request to forward such headers was still open at the commit read.',
        sources: [TRAEFIK_SRC, TRAEFIK_ISSUE_HEADERS],
      },
      {
        id: 'api-bodies',
        title: 'API error bodies are replaced too',
        body: 'Every caught response loses its body, JSON included. Keep APIs on routers without the middleware; the error service also answers JSON clients with a problem details body, but it cannot know what the API would have said.',
        sources: [TRAEFIK_SRC],
      },
      {
        id: 'unmatched',
        title: 'Requests no router matches never see the middleware',
        body: 'Middlewares run only once a router has matched, so an unknown host or path gets Traefik’s own 404. The kit adds a `catch-all` router with the lowest priority (routers are otherwise ranked by the length of their rule) that sends such requests to a 404 with the kit’s page.',
        sources: [TRAEFIK_ROUTER, TRAEFIK_PRIORITY],
      },
      {
        id: 'conditional',
        title: 'Conditional and range requests can empty the page',
        body: 'Traefik asks the error service with the client’s request headers, and then forces the caught status. Had the service answered a `Range`, `If-None-Match` or `If-Match` with 206, 304 or 412, the client would get its 404 with a cut, empty or wrong body. nginx answers those headers only on a 200, so the kit’s service sends its pages with 404, which Traefik replaces. On Traefik v3.6.15 or v2.11.44 and later, `errorRequestHeaders` also forwards only `Accept` and `Accept-Language` (by default every header crosses, cookies and `Authorization` included).',
        sources: [TRAEFIK_SRC, TRAEFIK_DOC, TRAEFIK_MIGRATE, NGINX_RANGE, NGINX_NOT_MODIFIED],
      },
      {
        id: 'status-list',
        title: 'One code or one range per item in YAML',
        body: 'Each item of `status` is read as a code or as a range such as `500-508`; an item like `"500,502"` is not a list there and fails to parse.',
        sources: [TRAEFIK_RANGES],
      },
    ],
    checks: {
      intro:
        'The error service can be checked on its own: ask it for a page with the header Traefik forwards. Then check through Traefik with a path that does not exist (`curl -sI https://example.com/no-such-page` must show 404) and with the upstream stopped (502).',
      command: (code) => `curl -sI http://127.0.0.1:8080/${code}.html`,
      skipHeaderBound: 'left out of the status list, since Traefik drops the headers these codes need (see the traps).',
    },
    checkedAgainst: [
      { what: 'Traefik source and docs', version: 'traefik/traefik at commit fd5a576 (v3.7.9 and 28 commits)', source: TRAEFIK_SRC },
      { what: 'errorRequestHeaders', version: 'v3.6.15 and v2.11.44 or later', source: TRAEFIK_MIGRATE },
      { what: 'The error service’s nginx.conf, run by the tests', version: 'nginx 1.22.1', source: NGINX_NOT_MODIFIED },
      { what: 'Traefik itself', version: NOT_RUN, source: TRAEFIK_DOC },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'iis',
    name: 'IIS',
    kind: 'host',
    summary: 'A web.config with an httpErrors entry for every code, served as files so the status stays.',
    searchNames: ['httpErrors', 'iis httpErrors', 'iis custom error page', 'iis error pages', 'web.config httpErrors'],
    intro:
      'The kit gives IIS a `<httpErrors>` section with an entry for every 4xx and 5xx code, each pointing at the kit’s page with `responseMode="File"`, which IIS Manager describes as inserting the file’s content into the error response. IIS picks the entry by status code only, so it cannot answer JSON clients with the problem details body; the kit leaves an API’s own error responses alone instead.',
    install: [
      'Copy the `error-pages` folder to the root of the site.',
      'Merge `error-pages/iis/web.config` into the site’s `web.config` (or use it as is if the site has none). Change the `api` location to your API’s path, or delete it.',
      'If IIS answers with HTTP Error 500.19, the `httpErrors` section is locked for the site: see the traps.',
      'Run the checks below from another machine, or from the server itself now that `errorMode` is `Custom`.',
    ],
    language:
      'Each language has its own web.config in `error-pages/iis/`: `web.config` for English, `web.de.config` for German, and `web.fr.config`, `web.es.config`, `web.pt.config`, `web.ja.config`. Use the one you want as the site’s `web.config` section.',
    showFiles: [{ path: 'error-pages/iis/web.config', caption: 'web.config (English)' }],
    traps: [
      {
        id: 'redirect-mode',
        title: 'responseMode="Redirect" sends a 302',
        body: 'IIS Manager labels the redirect mode “Respond with a 302 redirect”, and its path must be an absolute URL. The client then gets a 302 and a 200 for the page, and the error is gone. The kit uses `File` for every entry.',
        sources: [IIS_HTTP_ERRORS, IIS_ERROR],
      },
      {
        id: 'local-requests',
        title: 'Checks on the server itself show the detailed error',
        body: 'The default `errorMode`, `DetailedLocalOnly`, shows requests from the server itself IIS’s detailed error page and only remote requests the custom page. The kit sets `Custom`, which shows the custom page to everyone.',
        sources: [IIS_HTTP_ERRORS, IIS_DETAILED],
      },
      {
        id: 'locked',
        title: 'A locked section makes the whole site fail with 500.19',
        body: 'Hosts can lock `httpErrors` so that a site’s `web.config` may not set it; the site then answers every request with HTTP Error 500.19 and HRESULT 0x80070021. Only the server’s administrator can unlock it (`appcmd unlock config -section:httpErrors`). Some hosts unlock only `errorMode`, and then no `<error>` entries can be added at all. An entry for a code that is already set higher up is a duplicate (500.19 with 0x800700b7); the kit’s `<clear />` avoids that.',
        sources: [IIS_500_19, IIS_FEATURE_DELEGATION, IIS_DELEGATION, IIS_HTTP_ERRORS],
      },
      {
        id: 'api-bodies',
        title: 'API error bodies are replaced unless IIS passes them through',
        body: 'With `existingResponse="Auto"` IIS keeps an application’s error body only when the application marked it with SetStatus; with `PassThrough` it leaves any existing response alone. The kit’s `location` block sets `PassThrough` for the API’s path, so its JSON errors get through.',
        sources: [IIS_HTTP_ERRORS],
      },
    ],
    checks: {
      intro:
        'Request a page that does not exist, and check that the first line shows 404 (not 302, not 200). The other codes show up when the site or the application produces them; the table lists what each should show.',
      command: (code) =>
        code === 404 ? 'curl -sI https://www.example.com/no-such-page' : `# when the site answers ${code}: the first line shows ${code}`,
      only: [404],
    },
    notes: [
      {
        id: 'unverified',
        title: 'What the docs leave open',
        body: 'The IIS docs do not say in so many words which status line a `File` entry sends, nor whether a 401 keeps `WWW-Authenticate`; IIS’s own default configuration answers 401 with a file in the same mode. IIS was not run for this kit, so the curl check on your server is the proof.',
        sources: [IIS_DETAILED, IIS_HTTP_ERRORS],
      },
    ],
    checkedAgainst: [
      { what: 'IIS documentation', version: 'MicrosoftDocs/iis-docs at commit 63b689f', source: IIS_HTTP_ERRORS },
      { what: 'HTTP Error 500.19 article', version: 'MicrosoftDocs/SupportArticles-docs at commit 3727a1a', source: IIS_500_19 },
      { what: 'IIS itself', version: NOT_RUN, source: IIS_ERROR },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'cloudflare',
    name: 'Cloudflare',
    kind: 'host',
    summary: 'Error Pages with the tokens Cloudflare requires, and Custom Error Rules that keep the origin’s status.',
    searchNames: ['cloudflare custom error page', 'cloudflare error pages', 'cloudflare custom error rules', 'CLOUDFLARE_ERROR_500S_BOX'],
    intro:
      'Cloudflare has two ways to show your pages, both on paid plans. **Error Pages** replace Cloudflare’s own pages (its 5xx errors, WAF and IP blocks, rate limiting); the kit has a variant of the matching page for each type, with the token Cloudflare fills in and the Ray ID. **Custom Error Rules** replace the body of your origin’s error responses; the kit has one rule per page, JSON clients first, and none of them sets a status, so the origin’s status stays. Cloudflare keeps the origin’s other headers, so a 401 keeps `WWW-Authenticate`.',
    install: [
      'Publish the kit’s pages on your site, for example at `https://www.example.com/error-pages/`. Cloudflare fetches them from there.',
      'Error Pages: in the dashboard, under Custom Errors, set the page for each type to the matching file in `error-pages/cloudflare/`: `500s.html` for 500 class errors, `waf-block.html`, `ip-block.html` and `rate-limit.html`. Publish those files first; Cloudflare fetches and keeps a copy, so fetch again after a change.',
      'Custom Error Rules: with an API token that has “Custom Error Rules: Edit”, run `error-pages/cloudflare/create-assets.sh` with `ZONE_ID`, `CLOUDFLARE_API_TOKEN` and `PAGES_URL` set, to store each page as a custom error asset.',
      `Then install the rules. This replaces every rule already in the \`http_custom_errors\` phase, so merge by hand if you have some:\n\n\`\`\`\n${cloudflareRulesCommand('error-pages/cloudflare/custom-error-rules.json')}\n\`\`\``,
      'Run the checks below.',
    ],
    language:
      'Each language has its own files in `error-pages/cloudflare/`: English at its root, the others in `de/`, `fr/`, `es/`, `pt/`, `ja/` (Error Pages, rules and the asset script). Set `PAGES_URL` to the same language’s folder of your site.',
    showFiles: [{ path: 'error-pages/cloudflare/create-assets.sh', caption: 'create-assets.sh (English pages)' }],
    traps: [
      {
        id: 'status-code',
        title: 'A rule with a response code changes the status',
        body: 'A Custom Error Rule may set its own status code, which overrides the origin’s; Cloudflare’s own examples turn 5xx into 530 and 500 into 503. The kit’s rules never set one.',
        sources: [CF_PARAMS, CF_EXAMPLES],
      },
      {
        id: 'not-error-pages',
        title: 'Error Pages do not cover 500, 501, 503 and 505',
        body: 'Cloudflare leaves those four out of Error Pages; only Custom Error Rules can give them a page. The “500 class errors” page covers Cloudflare’s other 5xx errors.',
        sources: [CF_CUSTOM_ERRORS],
      },
      {
        id: 'accept-encoding',
        title: 'Without Accept-Encoding you see Cloudflare’s default page',
        body: 'Cloudflare serves its default page instead of your Error Page when the request has no `Accept-Encoding` header, which plain curl does not send. Check with `curl --compressed`. This does not apply to Custom Error Rules.',
        sources: [CF_CUSTOM_ERRORS],
      },
      {
        id: 'json',
        title: 'An HTML Error Page takes JSON away from API clients',
        body: 'Error Pages are served whatever the `Accept` header says. Without them Cloudflare answers its own errors to a JSON client with a structured body; with an HTML Error Page it does not, unless a Custom Error Rule for JSON clients comes first, as in the kit. A rule can send JSON only as `application/json`: `application/problem+json` is not among its content types.',
        sources: [CF_RESPONSES, CF_PARAMS],
      },
      {
        id: 'api-bodies',
        title: 'A rule replaces every matching body on the zone',
        body: 'A rule for `http.response.code eq 404` replaces the body of every 404 on the zone, an API’s JSON included. If an API shares the zone, add a condition that leaves its paths out before installing the rules.',
        sources: [CF_CUSTOM_ERRORS],
      },
    ],
    checks: {
      intro:
        'Request a missing page, as a browser and as a JSON client; add `--compressed`, or Cloudflare shows its default page. The other codes show up when your origin produces them, with the page of the rule that matches.',
      command: (code) =>
        code === 404
          ? 'curl -sI --compressed https://www.example.com/no-such-page'
          : `# when the origin answers ${code}: the first line shows ${code}`,
      only: [404],
    },
    checkedAgainst: [
      {
        what: 'Cloudflare Custom Errors documentation',
        version: 'cloudflare/cloudflare-docs at the commits named per source',
        source: CF_CUSTOM_ERRORS,
      },
      { what: 'Error Page types and tokens', version: 'cloudflare/cloudflare-docs', source: CF_TOKENS },
      { what: 'Rules API and asset API', version: 'cloudflare/cloudflare-docs', source: CF_RULES },
      { what: 'Error Page files', version: 'cloudflare/cloudflare-docs', source: CF_EDIT },
      { what: 'Error Page types', version: 'cloudflare/cloudflare-docs', source: CF_PAGE_TYPES },
      { what: 'curl --json (7.82.0 or later)', version: 'curl/curl at commit 5c61e16', source: CURL_JSON },
      { what: 'Cloudflare itself', version: NOT_RUN, source: CF_RULES },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'netlify',
    name: 'Netlify',
    kind: 'host',
    summary: 'A _redirects rule that answers unknown paths with the 404 page and status 404, and the SPA trap.',
    searchNames: ['netlify 404 page', 'netlify custom 404', 'netlify error page', 'netlify _redirects 404'],
    intro:
      'On Netlify the kit is a folder of static pages and a few lines for `_redirects`. A rule with status 404 shows the page and keeps the status, and since it is not forced, it only answers paths that match no file.',
    install: [
      'Copy the `error-pages` folder into your publish directory, so the pages are served at `/error-pages/`.',
      'Add the lines of `error-pages/netlify/_redirects` to the `_redirects` file in your publish directory, after your own rules.',
      'Deploy, then run the checks below.',
    ],
    language:
      'The language is the folder in the rule: `/*  /error-pages/404.html  404` for English, `/*  /error-pages/de/404.html  404` for German (also `fr`, `es`, `pt`, `ja`).',
    showFiles: [{ path: 'error-pages/netlify/_redirects', caption: 'Lines for _redirects' }],
    traps: [
      {
        id: 'spa',
        title: 'A catch-all rewrite to index.html makes every missing page a 200',
        body: 'The rule single-page apps are usually given, `/*  /index.html  200`, serves the app for every address and never a 404: a missing page answers 200 with the app shell. Scope the rewrite to the app’s own paths so everything else reaches the 404 rule.',
        sources: [NETLIFY_REWRITES],
      },
      {
        id: 'forced',
        title: 'A maintenance rule must be forced',
        body: 'Rules are fallbacks by default: a rule applies only when no file matches the path. A maintenance rule that should answer every path has to be forced with `!`, as the commented line in the kit is (`503!` keeps the status 503).',
        sources: [NETLIFY_CHAIN, NETLIFY_OPTIONS],
      },
      {
        id: 'default-301',
        title: 'A rule without a status redirects',
        body: 'Netlify treats a rule without a status as a 301 redirect, so an error page reached by such a rule is a redirect, not an error. Give error rules their status.',
        sources: [NETLIFY_OPTIONS],
      },
    ],
    checks: {
      intro:
        'Request a path that does not exist: the first line must show 404 and the body must be the kit’s page. Then request the home page, which must still answer 200. Netlify’s own errors, such as a failing function, keep Netlify’s pages.',
      command: (code) => (code === 404 ? 'curl -sI https://example.netlify.app/no-such-page' : `# no rule: ${code}`),
      only: [404],
    },
    checkedAgainst: [
      { what: 'Netlify redirect options', version: 'stored copy of the docs page', source: NETLIFY_OPTIONS },
      { what: 'Netlify rewrites and request chain', version: 'stored copies of the docs pages', source: NETLIFY_CHAIN },
      { what: 'Netlify itself', version: NOT_RUN, source: NETLIFY_REWRITES },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'vercel',
    name: 'Vercel',
    kind: 'host',
    summary: 'A 404.html for the build output, and 5xx pages with Vercel’s request and error tokens.',
    searchNames: ['vercel 404 page', 'vercel custom 404', 'vercel custom error page', 'vercel error page'],
    intro: `Vercel answers a request that matches no file, function or route with 404, and shows a \`404.html\` from the build output instead of its own page. For its own platform errors (a function that times out, for example) Vercel also takes 5xx pages from the build output, which its docs tie to Enterprise plans; the kit’s 5xx pages carry the two tokens Vercel fills in, the error code and the request ID.`,
    install: [
      'Copy the files of `error-pages/vercel/` (English) or of one of its language folders to the root of your build output, for example through your framework’s `public/` folder.',
      'Do not add a catch-all rewrite to `/index.html`: see the traps.',
      'Deploy, then run the checks below.',
    ],
    language:
      'Each language has its own files: `error-pages/vercel/` for English, `error-pages/vercel/de/` for German (also `fr`, `es`, `pt`, `ja`). Copy one set.',
    showFiles: [],
    traps: [
      {
        id: 'spa',
        title: 'A router in the browser makes missing pages a 200',
        body: 'For a single-page app, Vercel’s guide has the app’s router show the not-found view: the page around it was served with 200, so crawlers and scripts see a success. Keep real addresses as files or routes, so that everything else reaches `404.html`.',
        sources: [VERCEL_GUIDE],
      },
      {
        id: 'fallback',
        title: '500.html answers every 5xx without a page of its own',
        body: 'Vercel uses the page for the exact code when there is one and otherwise falls back to `500.html`. The kit’s `500.html` is therefore its generic 5xx page, which does not name a code.',
        sources: [VERCEL_ERROR_PAGES],
      },
      {
        id: 'static',
        title: 'Error pages must be static',
        body: 'Vercel’s custom error pages cannot depend on server-side rendering or anything else that might fail with the error. The kit’s pages are single static files.',
        sources: [VERCEL_ERROR_PAGES],
      },
    ],
    checks: {
      intro:
        'Request a path that does not exist: the first line must show 404 and the body must be the kit’s page, not Vercel’s NOT_FOUND page. The 5xx pages show only when Vercel itself fails, so they cannot be requested on purpose.',
      command: (code) => (code === 404 ? 'curl -sI https://example.vercel.app/no-such-page' : `# shown when Vercel fails with ${code}`),
      only: [404],
    },
    checkedAgainst: [
      { what: 'Vercel custom 404 pages', version: 'stored copy of the docs page', source: VERCEL_404 },
      { what: 'Vercel custom error pages and tokens', version: 'stored copy of the docs page', source: VERCEL_ERROR_PAGES },
      { what: 'Vercel itself', version: NOT_RUN, source: VERCEL_GUIDE },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 'github-pages',
    name: 'GitHub Pages',
    kind: 'host',
    summary: 'The kit’s 404.html at the root of the publishing source: the one error page GitHub Pages takes.',
    searchNames: ['github pages 404', 'github pages custom 404', 'github pages 404 page', 'github pages error page'],
    intro:
      'GitHub Pages shows a custom page for addresses that do not exist when the site has a `404.html` (or a `404.md` with `permalink: /404.html`) in its publishing source. GitHub’s docs describe no custom page for any other code.',
    install: [
      'Copy `error-pages/404.html` (or a language’s, such as `error-pages/de/404.html`) to the root of your publishing source, as `404.html`. If the page’s home link should not point at `/`, change it where the page marks it.',
      'Commit and push, then run the check below.',
    ],
    language:
      'Copy the 404 page of the language you want: `error-pages/404.html` for English, `error-pages/de/404.html` for German (also `fr`, `es`, `pt`, `ja`).',
    showFiles: [],
    traps: [
      {
        id: 'spa',
        title: 'An app shell as 404.html is not an error page',
        body: 'A common workaround for single-page apps copies `index.html` to `404.html` so the app handles every address. The status stays 404, but visitors see the app instead of an explanation. Keep the kit’s page as `404.html`.',
        sources: [GITHUB_404],
      },
      {
        id: 'only-404',
        title: 'Only the 404 page can be replaced',
        body: 'GitHub’s docs describe a custom page for 404 and for nothing else: other errors show GitHub’s own pages, and there is no setting for headers or status codes. The kit’s other pages are of no use here.',
        sources: [GITHUB_404],
      },
    ],
    checks: {
      intro: 'Request a path that does not exist: the first line must show 404 and the body must be the kit’s page.',
      command: (code) => (code === 404 ? 'curl -sI https://USER.github.io/no-such-page' : `# not configurable: ${code}`),
      only: [404],
    },
    checkedAgainst: [
      { what: 'GitHub docs: custom 404 page', version: 'github/docs at commit 1443df0', source: GITHUB_404 },
      { what: 'GitHub Pages itself', version: NOT_RUN, source: GITHUB_404 },
    ],
    checkedOn: CHECKED_ON,
  },
  {
    slug: 's3-cloudfront',
    name: 'S3 + CloudFront',
    kind: 'host',
    summary: 'CloudFront custom error responses that keep each code, with the error caching set and the S3 403 trap.',
    searchNames: [
      'cloudfront custom error page',
      'cloudfront custom error response',
      'cloudfront error pages',
      's3 custom error page',
      'ErrorCachingMinTTL',
    ],
    intro:
      'CloudFront can answer an error from its origin with a page of your own, and the kit maps every code CloudFront allows to its page with the same status. The pages live in the S3 bucket under `error-pages/`, behind a cache behavior of their own, so CloudFront can still fetch them when the site’s origin fails.',
    install: [
      'Upload one language’s pages and bodies to the bucket’s `error-pages/` folder: the files at the kit’s root for English, the files in `de/` for German.',
      'Give the distribution a cache behavior for `/error-pages/*` that reads from that bucket.',
      'Add the settings of `error-pages/s3-cloudfront/cloudfront-error-responses.yaml` to the distribution’s CloudFormation template (or set the same values in the console, on an existing distribution).',
      'If the bucket is private and CloudFront may not list it, decide how a missing page should answer: see the traps.',
      'Deploy, then run the checks below.',
    ],
    language:
      'The language is the set of files you upload to `error-pages/`: the kit’s root files for English, or the files of `de/`, `fr/`, `es/`, `pt/` or `ja/`.',
    showFiles: [
      {
        path: 'error-pages/s3-cloudfront/cloudfront-error-responses.yaml',
        caption: 'cloudfront-error-responses.yaml: a DistributionConfig fragment',
      },
    ],
    traps: [
      {
        id: 'response-code',
        title: 'A response code of 200 hides the error',
        body: 'CloudFront lets a custom error response change the status, and its guide even suggests answering an origin’s 500 with 200. Single-page apps are often set up to answer 403 and 404 with `/index.html` and 200, which turns every missing address into a success. In the kit, `ResponseCode` always equals `ErrorCode`.',
        sources: [CLOUDFRONT_GENERATING],
      },
      {
        id: 's3-403',
        title: 'S3 answers 403 for a missing object when it may not list the bucket',
        body: 'Without `s3:ListBucket`, S3 answers a request for an object that does not exist with 403, not 404, so a missing page reaches visitors as “forbidden”. Either allow CloudFront to list the bucket (and keep `DefaultRootObject`, so `/` never lists it), or map 403 to the 404 page with `ResponseCode: 404`, which also turns every real 403 into a 404.',
        sources: [S3_GET_OBJECT, CLOUDFRONT_ROOT],
      },
      {
        id: 'error-caching',
        title: 'Errors are cached, 10 seconds by default',
        body: 'CloudFront keeps an error response for 10 seconds by default, or longer when the origin’s `Cache-Control` says so, and serves it again for that time even after the page is back. The CloudFormation reference gives 300 seconds as the default of `ErrorCachingMinTTL`, so the kit sets it on every entry.',
        sources: [CLOUDFRONT_EXPIRATION, CLOUDFORMATION_ERROR_RESPONSE],
      },
      {
        id: 'distribution-wide',
        title: 'The mapping applies to the whole distribution',
        body: 'Custom error responses belong to the distribution, not to a path, and cannot look at the `Accept` header: an API behind the same distribution loses its error bodies. Serve APIs from a distribution of their own.',
        sources: [CLOUDFORMATION_ERROR_RESPONSE],
      },
      {
        id: 'codes',
        title: 'Only ten codes can be mapped',
        body: 'CloudFront accepts 400, 403, 404, 405, 414, 500, 501, 502, 503 and 504. Other codes, such as 401, 410 or 429, reach visitors with the origin’s own body. If the page itself cannot be fetched, CloudFront sends the status it got for the page instead.',
        sources: [CLOUDFORMATION_ERROR_RESPONSE, CLOUDFRONT_GENERATING],
      },
    ],
    checks: {
      intro:
        'Request a missing page (404, or 403 if the bucket may not be listed and 403 is not mapped) and the home page (200, not a bucket listing). The other codes appear when the origin produces them.',
      command: (code) =>
        code === 404
          ? 'curl -sI https://dxxxx.cloudfront.net/no-such-page'
          : `# when the origin answers ${code}: the first line shows ${code}`,
      only: CLOUDFRONT_CODES,
    },
    checkedAgainst: [
      {
        what: 'CloudFront developer guide',
        version: 'awsdocs/amazon-cloudfront-developer-guide (archived) at the commits named per source',
        source: CLOUDFRONT_GENERATING,
      },
      {
        what: 'CloudFormation CustomErrorResponse',
        version: 'awsdocs/aws-cloudformation-user-guide at commit 056fba8',
        source: CLOUDFORMATION_ERROR_RESPONSE,
      },
      { what: 'S3 GetObject permissions', version: 'aws/aws-sdk-js-v3 at commit 005fa41', source: S3_GET_OBJECT },
      { what: 'S3 and CloudFront themselves', version: NOT_RUN, source: CLOUDFRONT_EXPIRATION },
    ],
    checkedOn: CHECKED_ON,
  },
];

export const PLATFORM_GUIDES: readonly PlatformGuide[] = [...SELF_HOSTED, ...HOSTED];

export function getPlatformGuide(slug: string): PlatformGuide | undefined {
  return PLATFORM_GUIDES.find((guide) => guide.slug === slug);
}

/**
 * The nginx snippets of the kit: nginx.conf goes inside a server {} block, nginx-http.conf once
 * inside http {} (map is only valid there). Read against nginx.org's docs for error_page, map and
 * proxy_intercept_errors (docs/fact-check/error-pages.md) and run by tests/dist/error-pages-servers.test.ts
 * against the real nginx.
 */
import { withoutCodes, type KitCodeMap } from './code-map';

/** Where every snippet expects the unzipped folder: the one path a user changes. */
export const KIT_FOLDER = '/srv/error-pages';

/** The internal URL prefix the snippets map to the folder; no page of the site should live under it. */
export const KIT_URL_PREFIX = '/_error-pages';

/**
 * nginx never sends a 408: ngx_http_finalize_request closes the connection for it instead
 * (src/http/ngx_http_request.c, the same from release-1.22.1 to 1.31.4), also when it intercepts an
 * upstream's 408. An error_page 408 would only make interception drop an upstream's 408 response.
 */
export const NGINX_CLOSES_INSTEAD = [408];

/** Status codes in groups of eight per line, so a long error_page list stays readable. */
function lines(codes: readonly number[], per = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i < codes.length; i += per) out.push(codes.slice(i, i + per).join(' '));
  return out;
}

export interface SnippetContext {
  /** Where the kit came from: the guide's URL on this site. */
  guideUrl: string;
  map: KitCodeMap;
}

/** The map that picks the body's format from a header: JSON for clients that ask for it, HTML for the rest. */
export function nginxFormatMap(header: string): string {
  return `map ${header} $error_pages_format {
    default                           html;
    "~*application/(problem\\+)?json"  json;
}`;
}

export function nginxHttpConf({ guideUrl }: SnippetContext): string {
  return `# Error-page kit for nginx: the http-level part. Guide: ${guideUrl}
# Include it once inside the http {} block, before the server {} blocks that include nginx.conf:
#     include ${KIT_FOLDER}/nginx-http.conf;

# Clients that ask for JSON (Accept: application/json or application/problem+json) get the
# RFC 9457 problem details body; everyone else gets the HTML page.
${nginxFormatMap('$http_accept')}
`;
}

/** Text indented by a number of spaces, blank lines left empty. */
/**
 * The top of a complete nginx.conf for the stock nginx image run as an unprivileged container
 * (the Kubernetes default backend, Traefik's error service): one worker, the pid and the temporary
 * files under /tmp, errors to stderr, then an open `http {` block with the given access log.
 */
export function containerNginxConfTop(accessLog: string): string {
  return `worker_processes 1;
pid /tmp/nginx.pid;
error_log stderr;

events {
    worker_connections 512;
}

http {
    access_log ${accessLog};
    server_tokens off;
    client_body_temp_path /tmp/client_body;
    proxy_temp_path /tmp/proxy;
    fastcgi_temp_path /tmp/fastcgi;
    uwsgi_temp_path /tmp/uwsgi;
    scgi_temp_path /tmp/scgi;`;
}

export function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => (line ? `${' '.repeat(spaces)}${line}` : line))
    .join('\n');
}

/** The error_page lines: each code with a page of its own, then the class pages' lists. */
export function nginxErrorPages(kitMap: KitCodeMap, prefix = KIT_URL_PREFIX): string {
  const map = withoutCodes(kitMap, NGINX_CLOSES_INSTEAD);
  const own = map.pages.map((code) => `error_page ${code} ${prefix}/${code}.$error_pages_format;`);
  const generic = (['4xx', '5xx'] as const).flatMap((page) =>
    lines(map.generic[page]).map((codes) => `error_page ${codes} ${prefix}/${page}.$error_pages_format;`),
  );
  return `${own.join('\n')}

# The codes without a page of their own get their class's page. There is no 408: nginx closes the
# connection instead of answering it.
${generic.join('\n')}`;
}

/** The location that serves the pages, only to error_page, with a comment on the language above its alias line. */
export function nginxPagesLocation(languageNote: string): string {
  return `location ^~ ${KIT_URL_PREFIX}/ {
    # Only reachable through error_page, never as an address of its own.
    internal;
${languageNote}
    alias ${KIT_FOLDER}/;
    types {
        text/html                 html;
        application/problem+json  json;
    }
    charset utf-8;
}`;
}

export function nginxServerConf({ guideUrl, map }: SnippetContext): string {
  return `# Error-page kit for nginx: the server-level part. Guide: ${guideUrl}
# Include it inside each server {} block that should use the pages:
#     include ${KIT_FOLDER}/nginx.conf;
# It needs the map from nginx-http.conf in the http {} block.

# A local URI keeps the error's status code; a full URL (http://...) would turn it into a redirect.
# A location with error_page lines of its own does not inherit these: repeat them there.
${nginxErrorPages(map)}

${nginxPagesLocation(`    # The folder of the kit. English is at its root. To serve another language, add its folder,
    # for example ${KIT_FOLDER}/de/ (also fr, es, pt, ja).`)}

# Errors that a proxied or FastCGI application returns reach error_page only when nginx intercepts
# them. To give them these pages too, turn interception on for that location (or here, for all):
#     proxy_intercept_errors on;
#     fastcgi_intercept_errors on;
# Interception also replaces an API's own JSON error bodies, so leave it off for API locations.
`;
}

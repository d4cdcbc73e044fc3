/**
 * The Apache httpd snippet of the kit, apache.conf, included inside a <VirtualHost>. Read against
 * the httpd 2.4 manual (ErrorDocument, Define, SetEnvIfExpr, expressions, ProxyErrorOverride; see
 * docs/fact-check/error-pages.md) and run by tests/dist/error-pages-servers.test.ts against the real
 * httpd.
 */
import { withoutCodes } from './code-map';
import { KIT_FOLDER, KIT_URL_PREFIX, type SnippetContext } from './nginx';

/**
 * Codes Apache httpd 2.4 has no status line for (status_lines in modules/http/http_protocol.c), so
 * it rejects an ErrorDocument for them at startup: "Unsupported HTTP response code 425".
 */
export const APACHE_UNKNOWN_CODES = [425];

/** The condition a client's Accept header meets when it asks for JSON. */
const WANTS_JSON = '%{HTTP_ACCEPT} =~ m#application/(problem\\+)?json#i';

export function apacheConf({ guideUrl, map: kitMap }: SnippetContext): string {
  const map = withoutCodes(kitMap, APACHE_UNKNOWN_CODES);
  const documents = [
    ...map.pages.map((code) => [code, `${code}`] as const),
    ...map.generic['4xx'].map((code) => [code, '4xx'] as const),
    ...map.generic['5xx'].map((code) => [code, '5xx'] as const),
  ]
    .sort(([a], [b]) => a - b)
    .map(([code, page]) => `ErrorDocument ${code} ${KIT_URL_PREFIX}/${page}.%{reqenv:ERROR_PAGES_FORMAT}`);
  return `# Error-page kit for Apache httpd 2.4.13 or later. Guide: ${guideUrl}
# Include it inside each <VirtualHost> that should use the pages:
#     Include ${KIT_FOLDER}/apache.conf
# It needs mod_alias, mod_mime and mod_setenvif (Debian's apache2 package enables all three).

# The folder of the kit: the one path to change. (Define sets it for the whole server config.)
Define ERROR_PAGES_DIR ${KIT_FOLDER}

# Clients that ask for JSON get the RFC 9457 problem details body, everyone else the HTML page.
# Reading the Accept header here also adds "Vary: Accept" to the error responses.
SetEnvIfExpr "${WANTS_JSON}" ERROR_PAGES_FORMAT=json
SetEnvIfExpr "!(${WANTS_JSON})" ERROR_PAGES_FORMAT=html

# A local path keeps the error's status code. A full URL (http://...) would make Apache send a
# redirect instead, and for 401 the browser would never show its login prompt.
# (No ${APACHE_UNKNOWN_CODES.join(', ')}: Apache 2.4 does not know the code and refuses an ErrorDocument for it.)
${documents.join('\n')}

# The pages' address inside the site. English is at the folder's root. To serve another language,
# add its folder, for example "\${ERROR_PAGES_DIR}/de" (also fr, es, pt, ja).
Alias ${KIT_URL_PREFIX} "\${ERROR_PAGES_DIR}"
<Directory "\${ERROR_PAGES_DIR}">
    # Served only as an error document (an internal redirect sets REDIRECT_STATUS), never as a
    # page of its own.
    <If "-z reqenv('REDIRECT_STATUS')">
        Require all denied
    </If>
    <Else>
        Require all granted
    </Else>
    AddType "text/html; charset=utf-8" .html
    AddType application/problem+json .json
</Directory>

# Errors a proxied application returns keep its own body unless mod_proxy is told to replace them.
# To give them these pages too (this also replaces an API's own JSON error bodies):
#     ProxyErrorOverride On
`;
}

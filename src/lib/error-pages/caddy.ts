/**
 * The Caddy snippet of the kit, a Caddyfile imported inside a site block. It uses only directives
 * Caddy 2.6 already had (handle_errors without status arguments, map, root, header, rewrite,
 * file_server), read in caddyserver/website at the commits named in docs/fact-check/error-pages.md,
 * and run by tests/dist/error-pages-servers.test.ts against the real Caddy.
 */
import { KIT_FOLDER, type SnippetContext } from './nginx';

export function caddyfile({ guideUrl, map }: SnippetContext): string {
  const own = map.pages.map((code) => `\t\t${code} ${code}`);
  return `# Error-page kit for Caddy 2. Guide: ${guideUrl}
# Import it inside each site block that should use the pages:
#     import ${KIT_FOLDER}/Caddyfile
# handle_errors runs for errors Caddy's own handlers return (file_server, error, basicauth,
# request_body, an unreachable upstream). A response an upstream sends through reverse_proxy is
# not an error to Caddy: see the guide for handle_response, which hands it to these pages.
handle_errors {
	# The folder of the kit. English is at its root. To serve another language, add its folder,
	# for example ${KIT_FOLDER}/de (also fr, es, pt, ja).
	root * ${KIT_FOLDER}

	# Which page answers the error: its own, or its class's.
	map {err.status_code} {error_pages_page} {
${own.join('\n')}
		~^4 4xx
		~^5 5xx
	}

	# Clients that ask for JSON get the RFC 9457 problem details body, everyone else the HTML page.
	map {header.Accept} {error_pages_format} {
		~(?i)application/(problem\\+)?json json
		default html
	}
	@problem header_regexp Accept (?i)application/(problem\\+)?json
	header @problem Content-Type application/problem+json
	header Vary Accept

	# file_server keeps the error's status code inside handle_errors.
	rewrite * /{error_pages_page}.{error_pages_format}
	file_server
}
`;
}

/**
 * The Traefik kit: the `errors` middleware in a file-provider config, and the small nginx that
 * serves the pages to it. Traefik sends the status it caught to the client whatever the error
 * service answers, but it drops the caught response's headers and body (traefik/traefik at
 * fd5a576, pkg/middlewares/customerrors/custom_errors.go), so the codes whose entry requires a
 * header are left out. The nginx config is run by tests/dist/error-pages-hosted.test.ts.
 */
import { stringify } from 'yaml';
import { allKitCodes, type KitCodeMap } from './code-map';
import { NGINX_IMAGE } from './kubernetes';
import { containerNginxConfTop, KIT_FOLDER, nginxFormatMap, indent } from './nginx';

/** The ports of the error service: 8080 serves the pages, 8081 answers 404 to everything. */
export const TRAEFIK_PAGES_PORT = 8080;
export const TRAEFIK_NOT_FOUND_PORT = 8081;

/** Codes as Traefik's status list wants them in YAML: one code or one inclusive range per item. */
export function codeRanges(codes: readonly number[]): string[] {
  const sorted = [...codes].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return ranges;
}

export interface TraefikContext {
  guideUrl: string;
  map: KitCodeMap;
  /** Codes whose entry requires a response header, which Traefik would drop. */
  headerBound: readonly number[];
}

/** The codes the middleware catches: every code the kit answers but those that need their own headers. */
export function traefikCodes({ map, headerBound }: TraefikContext): number[] {
  return allKitCodes(map).filter((code) => !headerBound.includes(code));
}

/** The dynamic configuration (file provider): middleware, routers and services. */
export function traefikDynamic(context: TraefikContext): string {
  const config = {
    http: {
      middlewares: {
        'error-pages': {
          errors: {
            status: codeRanges(traefikCodes(context)),
            service: 'error-pages',
            query: '/{status}.html',
            errorRequestHeaders: ['Accept', 'Accept-Language'],
          },
        },
      },
      routers: {
        site: { entryPoints: ['web'], rule: 'Host(`example.com`)', service: 'app', middlewares: ['error-pages'] },
        api: { entryPoints: ['web'], rule: 'Host(`example.com`) && PathPrefix(`/api/`)', service: 'app' },
        'catch-all': { entryPoints: ['web'], rule: 'PathPrefix(`/`)', priority: 1, service: 'not-found', middlewares: ['error-pages'] },
      },
      services: {
        app: { loadBalancer: { servers: [{ url: 'http://app:8080' }] } },
        'error-pages': { loadBalancer: { servers: [{ url: `http://error-pages:${TRAEFIK_PAGES_PORT}` }] } },
        'not-found': { loadBalancer: { servers: [{ url: `http://error-pages:${TRAEFIK_NOT_FOUND_PORT}` }] } },
      },
    },
  };
  const skipped = context.headerBound.join(', ');
  return `# Error-page kit for Traefik: dynamic configuration for the file provider. Guide: ${context.guideUrl}
# Replace example.com and the app service with yours.
#
# status: one code or one range per item (the YAML form takes no "a,b" lists). Left out on purpose:
# ${skipped}. Traefik drops the headers of the response it catches, and those codes need theirs
# (WWW-Authenticate, Allow, Proxy-Authenticate, Upgrade). 429 and 503 lose a Retry-After too.
# errorRequestHeaders needs Traefik v3.6.15, v2.11.44 or later: delete those three lines on older
# versions (then every request header, cookies included, reaches the error service).
# The api router has no errors middleware, so the API keeps its own error bodies and headers.
# The catch-all router sends every request no other router matches to a 404 with the kit's page.
${stringify(config, { lineWidth: 0 })}`;
}

/** A minimal static configuration: one entry point and the file provider reading the folder above. */
export function traefikStatic(guideUrl: string): string {
  return `# Error-page kit for Traefik: the static configuration it needs. Guide: ${guideUrl}
# Merge these keys into your own static configuration.
entryPoints:
  web:
    address: ":80"
providers:
  file:
    directory: /etc/traefik/dynamic
`;
}

/** The nginx that serves the pages to Traefik, picking HTML or problem+json by the forwarded Accept. */
export function traefikNginxConf(guideUrl: string): string {
  return `# Error-page kit for Traefik: the error service, run by the stock nginx image. Guide: ${guideUrl}
# Traefik asks it for /404.html, /502.html and so on, and sends the client the status it caught,
# whatever this server answers.

${containerNginxConfTop('off')}

    # Traefik forwards the client's Accept header (keep Accept in errorRequestHeaders).
${indent(nginxFormatMap('$http_accept'), 4)}

    server {
        listen ${TRAEFIK_PAGES_PORT};
        # The folder of the kit. English is at its root. To serve another language, add its
        # folder, for example ${KIT_FOLDER}/de (also fr, es, pt, ja).
        root ${KIT_FOLDER};

        # The page is sent with status 404, not 200: Traefik replaces the status anyway, and on a
        # 200 nginx would honour the client's Range and If-None-Match headers, which Traefik
        # forwards, and could answer 206 or 304, an error with a cut or empty page.
        location ~ "^/(?<error_pages_code>[45]\\d\\d)\\.html$" {
            error_page 404 /_page/$error_pages_code.$error_pages_format;
            return 404;
        }

        # Named captures throughout: evaluating the map above would overwrite $1 and $2.
        location ~ "^/_page/(?<error_pages_page>(?<error_pages_class>[45])\\d\\d)\\.(?<error_pages_ext>html|json)$" {
            internal;
            types {
                text/html                 html;
                application/problem+json  json;
            }
            charset utf-8;
            add_header Vary Accept always;
            try_files /$error_pages_page.$error_pages_ext /\${error_pages_class}xx.$error_pages_ext =404;
        }

        location / {
            return 404;
        }
    }

    # The catch-all router's service: 404 for everything; the middleware puts the kit's page on it.
    server {
        listen ${TRAEFIK_NOT_FOUND_PORT};
        location / {
            return 404;
        }
    }
}
`;
}

/** The error service as a Compose service, to add beside Traefik and the app. */
export function traefikCompose(guideUrl: string): string {
  return `# Error-page kit for Traefik: the error service for Docker Compose. Guide: ${guideUrl}
# Add this service to the compose file that runs Traefik; run it from the folder that holds
# error-pages/. Traefik reaches it as http://error-pages:${TRAEFIK_PAGES_PORT}.
services:
  error-pages:
    image: ${NGINX_IMAGE}
    command: ["nginx", "-c", "/etc/error-pages/nginx.conf", "-g", "daemon off;"]
    volumes:
      - ./error-pages:${KIT_FOLDER}:ro
      - ./error-pages/traefik/error-pages-nginx.conf:/etc/error-pages/nginx.conf:ro
`;
}

/**
 * The Kubernetes kit: a default backend for ingress-nginx made of the stock nginx image and two
 * ConfigMaps, one holding its nginx.conf and one holding the pages of one language. ingress-nginx
 * sends the failed request's status in X-Code and the client's Accept header in X-Format
 * (docs/user-guide/custom-errors.md); the backend answers with that status and the matching page,
 * because ingress-nginx passes its response on unchanged. The same nginx.conf is run by
 * tests/dist/error-pages-servers.test.ts with the X-Code and X-Format headers.
 */
import { stringify } from 'yaml';
import { allKitCodes } from './code-map';
import {
  containerNginxConfTop,
  KIT_FOLDER,
  NGINX_CLOSES_INSTEAD,
  indent,
  nginxErrorPages,
  nginxFormatMap,
  nginxPagesLocation,
  type SnippetContext,
} from './nginx';

/** The stock image: the nginx project's stable Alpine build without extra modules (nginx/docker-nginx tags). */
export const NGINX_IMAGE = 'nginx:1.30-alpine-slim';

/** Where the Deployment mounts the ConfigMap with nginx.conf. */
export const CONFIG_FOLDER = '/etc/error-pages';

/** The port the backend listens on inside the pod, and its Service port. */
export const BACKEND_PORT = 8080;

export const NAMES = { app: 'error-pages', config: 'error-pages-nginx', pages: 'error-pages' } as const;

/** The complete nginx.conf of the backend, run as `nginx -c /etc/error-pages/nginx.conf`. */
export function backendNginxConf({ guideUrl, map }: SnippetContext): string {
  const codes = allKitCodes(map).filter((code) => !NGINX_CLOSES_INSTEAD.includes(code));
  const statusLocations = codes.map((code) => `location = /_status/${code} { internal; return ${code}; }`);
  return `# Default backend for ingress-nginx that answers with the kit's pages. Guide: ${guideUrl}
# Run by the stock nginx image as: nginx -c ${CONFIG_FOLDER}/nginx.conf -g 'daemon off;'
# The pages of one language are mounted at ${KIT_FOLDER}.

${containerNginxConfTop('/dev/stdout')}

    # ingress-nginx puts the status it intercepted in X-Code. A request without it (one that no
    # Ingress matched) gets 404, as a default backend should; so does a code the kit has no page for,
    # and 408, which nginx never sends (it closes the connection instead).
    map $http_x_code $error_pages_status {
        default  404;
${codes.map((code) => `        ${code}      ${code};`).join('\n')}
    }

    # ingress-nginx passes the client's Accept header in X-Format.
${indent(nginxFormatMap('$http_x_format'), 4)}

    server {
        listen ${BACKEND_PORT};

        # ingress-nginx and the kubelet's probes check this address.
        location = /healthz {
            access_log off;
            default_type text/plain;
            return 200 "ok\\n";
        }

        # Every other request is answered with the status from X-Code, whatever its method.
        location / {
            rewrite ^ /_status/$error_pages_status last;
        }

${indent(statusLocations.join('\n'), 8)}

${indent(nginxErrorPages(map), 8)}

${indent(nginxPagesLocation(`    # The ConfigMap with the pages of one language is mounted here.`), 8)}
    }
}
`;
}

/** The ConfigMap with nginx.conf, the Deployment of the stock image and its Service. */
export function backendManifest(context: SnippetContext): string {
  const labels = { 'app.kubernetes.io/name': NAMES.app };
  const documents = [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: NAMES.config, labels },
      data: { 'nginx.conf': backendNginxConf(context) },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: NAMES.app, labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'nginx',
                image: NGINX_IMAGE,
                command: ['nginx', '-c', `${CONFIG_FOLDER}/nginx.conf`, '-g', 'daemon off;'],
                ports: [{ name: 'http', containerPort: BACKEND_PORT }],
                readinessProbe: { httpGet: { path: '/healthz', port: 'http' } },
                livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
                volumeMounts: [
                  { name: 'config', mountPath: CONFIG_FOLDER, readOnly: true },
                  { name: 'pages', mountPath: KIT_FOLDER, readOnly: true },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name: NAMES.config } },
              { name: 'pages', configMap: { name: NAMES.pages } },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: NAMES.app, labels },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
  ];
  return `# Default backend for ingress-nginx serving the error-page kit. Guide: ${context.guideUrl}
# Apply it with the pages of one language, for example:
#     kubectl apply -f error-pages-backend.yaml -f pages-en.yaml
${documents.map((doc) => stringify(doc, { lineWidth: 0 })).join('---\n')}`;
}

/** The ConfigMap holding one language's pages and JSON bodies, keyed by file name. */
export function pagesConfigMap(language: string, files: Readonly<Record<string, string>>, guideUrl: string): string {
  const document = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: NAMES.pages, labels: { 'app.kubernetes.io/name': NAMES.app, 'app.kubernetes.io/component': `pages-${language}` } },
    data: files,
  };
  return `# The error-page kit's pages in one language (${language}), for the default backend. Guide: ${guideUrl}
# Apply another language's file to switch; the backend serves whatever this ConfigMap holds.
${stringify(document, { lineWidth: 0 })}`;
}

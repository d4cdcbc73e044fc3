/**
 * What each kit's zip holds. Every kit unzips into one folder, error-pages/, with the pages and
 * problem+json bodies of every language (English at the root, the others in de/, fr/, es/, pt/,
 * ja/), a README.txt, and that platform's own files beside them.
 */
import { apacheConf } from './apache';
import { caddyfile } from './caddy';
import { cloudflareAssetsScript, cloudflareErrorPages, cloudflareRules } from './cloudflare';
import type { KitCodeMap } from './code-map';
import { EXPRESS_MODULE, expressModule } from './express';
import { iisWebConfig } from './iis';
import { backendManifest, pagesConfigMap } from './kubernetes';
import { nginxHttpConf, nginxServerConf } from './nginx';
import { renderKitPage } from './page';
import { problemJson } from './problem';
import { cloudfrontErrorResponses, netlifyRedirects, vercelPages } from './static-hosts';
import type { KitLanguageSet } from './text';
import { traefikCompose, traefikDynamic, traefikNginxConf, traefikStatic } from './traefik';
import type { ZipFile } from './zip';

/** The folder every kit unzips into. */
export const KIT_ROOT = 'error-pages';

export const SELF_HOSTED_KITS = ['nginx', 'apache', 'caddy', 'kubernetes', 'express'] as const;
export const HOSTED_KITS = ['traefik', 'iis', 'cloudflare', 'netlify', 'vercel', 'github-pages', 's3-cloudfront'] as const;
export const KITS = [...SELF_HOSTED_KITS, ...HOSTED_KITS] as const;
export type Kit = (typeof KITS)[number];

export interface KitContext {
  languages: readonly KitLanguageSet[];
  map: KitCodeMap;
  /** Codes whose entry requires a response header (WWW-Authenticate for 401), which some platforms drop. */
  headerBound: readonly number[];
  /** This site's origin, for the links back and the problem types. */
  site: URL | string;
  /** The guide of the kit being built, named in its files. */
  guideUrl: string;
}

/** One language's pages and bodies, by file name: "404.html", "404.json", "4xx.html". */
export function languageFiles(set: KitLanguageSet, site: URL | string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const page of set.pages) {
    files[`${page.key}.html`] = renderKitPage(page, set.ui, { language: set.language, htmlLang: set.htmlLang, site });
    files[`${page.key}.json`] = problemJson(page, site);
  }
  return files;
}

/** Every language's pages and bodies, with their paths inside the kit. */
export function pageFiles(context: KitContext): ZipFile[] {
  return context.languages.flatMap((set) =>
    Object.entries(languageFiles(set, context.site)).map(([name, content]) => ({ path: `${KIT_ROOT}/${set.folder}${name}`, content })),
  );
}

/** Files made per language inside a platform's folder: English at its root, the others in subfolders. */
function perLanguage(context: KitContext, folder: string, make: (set: KitLanguageSet) => Record<string, string>): ZipFile[] {
  return context.languages.flatMap((set) =>
    Object.entries(make(set)).map(([name, content]) => ({ path: `${KIT_ROOT}/${folder}/${set.folder}${name}`, content })),
  );
}

/** The platform's own files: its snippet, config or page variants, beside the pages. */
export function platformFiles(kit: Kit, context: KitContext): ZipFile[] {
  const snippet = { guideUrl: context.guideUrl, map: context.map };
  switch (kit) {
    case 'nginx':
      return [
        { path: `${KIT_ROOT}/nginx.conf`, content: nginxServerConf(snippet) },
        { path: `${KIT_ROOT}/nginx-http.conf`, content: nginxHttpConf(snippet) },
      ];
    case 'apache':
      return [{ path: `${KIT_ROOT}/apache.conf`, content: apacheConf(snippet) }];
    case 'caddy':
      return [{ path: `${KIT_ROOT}/Caddyfile`, content: caddyfile(snippet) }];
    case 'express':
      return [{ path: `${KIT_ROOT}/${EXPRESS_MODULE}`, content: expressModule(snippet) }];
    case 'kubernetes':
      return [
        { path: `${KIT_ROOT}/kubernetes/error-pages-backend.yaml`, content: backendManifest(snippet) },
        ...context.languages.map((set) => ({
          path: `${KIT_ROOT}/kubernetes/pages-${set.language}.yaml`,
          content: pagesConfigMap(set.language, languageFiles(set, context.site), context.guideUrl),
        })),
      ];
    case 'traefik': {
      const traefik = { ...snippet, headerBound: context.headerBound };
      return [
        { path: `${KIT_ROOT}/traefik/dynamic/error-pages.yml`, content: traefikDynamic(traefik) },
        { path: `${KIT_ROOT}/traefik/traefik.yml`, content: traefikStatic(context.guideUrl) },
        { path: `${KIT_ROOT}/traefik/error-pages-nginx.conf`, content: traefikNginxConf(context.guideUrl) },
        { path: `${KIT_ROOT}/traefik/compose.yaml`, content: traefikCompose(context.guideUrl) },
      ];
    }
    case 'iis':
      return context.languages.map((set) => ({
        path: `${KIT_ROOT}/iis/${set.folder ? `web.${set.language}.config` : 'web.config'}`,
        content: iisWebConfig(snippet, set.folder, set.name),
      }));
    case 'cloudflare':
      return [
        ...perLanguage(context, 'cloudflare', (set) => ({
          ...cloudflareErrorPages(set, context.site),
          'custom-error-rules.json': `${JSON.stringify(cloudflareRules(set, context.site), null, 2)}\n`,
          'create-assets.sh': cloudflareAssetsScript(set, context.guideUrl),
        })),
      ];
    case 'netlify':
      return [{ path: `${KIT_ROOT}/netlify/_redirects`, content: netlifyRedirects(context.guideUrl) }];
    case 'vercel':
      return perLanguage(context, 'vercel', (set) => vercelPages(set, context.site));
    case 'github-pages':
      return [];
    case 's3-cloudfront':
      return [
        {
          path: `${KIT_ROOT}/s3-cloudfront/cloudfront-error-responses.yaml`,
          content: cloudfrontErrorResponses(context.guideUrl, context.map),
        },
      ];
  }
}

/** A short note at the kit's root: what the folder holds and where the guide is. */
export function readme(kit: Kit, name: string, context: KitContext): string {
  const own = platformFiles(kit, context).map((file) => `  ${file.path.slice(KIT_ROOT.length + 1)}`);
  return `Error pages for ${name}
${'='.repeat(`Error pages for ${name}`.length)}

Install steps, the traps that lose the status code, and a check for every code:
${context.guideUrl}

This folder holds a page (.html) and a problem details body (.json, RFC 9457) for each error, in
English here and in ${context.languages
    .slice(1)
    .map((set) => `${set.folder} (${set.name})`)
    .join(', ')}.
The pages load nothing from elsewhere and work as they are; the guide says how to brand them.
${own.length > 0 ? `\nThe files for ${name}:\n${own.join('\n')}\n` : ''}`;
}

/** Everything in one kit's zip. */
export function kitFiles(kit: Kit, name: string, context: KitContext): ZipFile[] {
  return [{ path: `${KIT_ROOT}/README.txt`, content: readme(kit, name, context) }, ...pageFiles(context), ...platformFiles(kit, context)];
}

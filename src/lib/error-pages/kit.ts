/**
 * What each kit's zip holds. Every kit unzips into one folder, error-pages/, with the pages and
 * problem+json bodies of every language (English at the root, the others in de/, fr/, es/, pt/,
 * ja/) and that platform's own files beside them.
 */
import { apacheConf } from './apache';
import { caddyfile } from './caddy';
import type { KitCodeMap } from './code-map';
import { EXPRESS_MODULE, expressModule } from './express';
import { backendManifest, pagesConfigMap } from './kubernetes';
import { nginxHttpConf, nginxServerConf } from './nginx';
import { renderKitPage } from './page';
import { problemJson } from './problem';
import type { KitLanguageSet } from './text';
import type { ZipFile } from './zip';

/** The folder every kit unzips into. */
export const KIT_ROOT = 'error-pages';

export const SELF_HOSTED_KITS = ['nginx', 'apache', 'caddy', 'kubernetes', 'express'] as const;
export type SelfHostedKit = (typeof SELF_HOSTED_KITS)[number];

export interface KitContext {
  languages: readonly KitLanguageSet[];
  map: KitCodeMap;
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

/** The platform's own files: its snippet or config, beside the pages. */
export function platformFiles(kit: SelfHostedKit, context: KitContext): ZipFile[] {
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
  }
}

/** Everything in one kit's zip. */
export function kitFiles(kit: SelfHostedKit, context: KitContext): ZipFile[] {
  return [...pageFiles(context), ...platformFiles(kit, context)];
}

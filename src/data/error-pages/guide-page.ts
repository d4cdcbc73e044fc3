/**
 * The data of the error-page hub (/error-pages/) and of each platform's guide
 * (/error-pages/<platform>/): the kit files to show, the per-code checks, the previews, the CSP
 * hash. The routes only render what these return.
 */
import { allKitCodes } from '../../lib/error-pages/code-map';
import { checkRows, type CheckRow, type PlatformGuide } from '../../lib/error-pages/guide';
import { KITS, type Kit } from '../../lib/error-pages/kit';
import { PREVIEW_CSS, renderKitPreview, styleHash } from '../../lib/error-pages/page';
import { problemJson } from '../../lib/error-pages/problem';
import { errorPagesPath, errorPagesZipPath } from '../../lib/urls';
import { zip } from '../../lib/error-pages/zip';
import { getKitContext, getKitFiles } from './kits';
import { getKitLanguages } from './kit-pages';
import { PLATFORM_GUIDES } from './platforms';

export interface PlatformLink {
  slug: string;
  name: string;
  kind: PlatformGuide['kind'];
  summary: string;
  guide: string;
  zip: string;
}

export function platformLinks(): PlatformLink[] {
  return PLATFORM_GUIDES.map((guide) => ({
    slug: guide.slug,
    name: guide.name,
    kind: guide.kind,
    summary: guide.summary,
    guide: errorPagesPath(guide.slug),
    zip: errorPagesZipPath(guide.slug),
  }));
}

export interface ShownFile {
  path: string;
  caption: string;
  content: string;
}

export interface GuidePage {
  guide: PlatformGuide;
  zip: { path: string; bytes: number };
  files: ShownFile[];
  setup: { caption: string; code: string } | undefined;
  checks: CheckRow[];
  /** The reasons codes are missing from the checks, shown under the table. */
  skippedNotes: string[];
  styleHash: string;
  languages: { code: string; name: string }[];
}

function isKit(slug: string): slug is Kit {
  return (KITS as readonly string[]).includes(slug);
}

export async function getGuidePage(guide: PlatformGuide, site: URL | string): Promise<GuidePage> {
  if (!isKit(guide.slug)) throw new Error(`error-page guide ${guide.slug}: no kit builds its files`);
  const context = await getKitContext(guide.slug, site);
  const files = await getKitFiles(guide.slug, site);
  const shown = guide.showFiles.map(({ path, caption }) => {
    const file = files.find((f) => f.path === path);
    if (!file) throw new Error(`error-page guide ${guide.slug}: shows ${path}, which the kit does not have`);
    return { path, caption, content: String(file.content) };
  });
  const codes = allKitCodes(context.map);
  const checks = checkRows(guide, context.map, codes, context.headerBound);
  return {
    guide,
    zip: { path: errorPagesZipPath(guide.slug), bytes: zip(files).length },
    files: shown,
    setup: guide.checks.setup && {
      caption: guide.checks.setup.caption,
      code: guide.checks.setup.code(checks.map((row) => row.code)),
    },
    checks,
    skippedNotes: [
      ...(guide.checks.skipped ? [guide.checks.skipped.reason] : []),
      ...(guide.checks.skipHeaderBound ? [`${context.headerBound.join(', ')}: ${guide.checks.skipHeaderBound}`] : []),
    ],
    styleHash: styleHash(),
    languages: context.languages.map((set) => ({ code: set.htmlLang, name: set.name })),
  };
}

export interface PreviewPage {
  key: string;
  label: string;
  light: string;
  dark: string;
}

export interface HubPage {
  platforms: PlatformLink[];
  previews: PreviewPage[];
  previewCss: string;
  styleHash: string;
  languages: { code: string; name: string; folder: string }[];
  problemExample: string;
}

/** The hub: the platforms, the English pages previewed in both schemes, the CSP hash, an example body. */
export async function getHubPage(site: URL | string): Promise<HubPage> {
  const languages = await getKitLanguages();
  const english = languages[0]!;
  return {
    platforms: platformLinks(),
    previews: english.pages.map((page) => ({
      key: page.key,
      label: page.status === undefined ? `Any other ${page.key} code` : `${page.key} ${page.title}`,
      light: renderKitPreview(page, english.ui, 'light'),
      dark: renderKitPreview(page, english.ui, 'dark'),
    })),
    previewCss: PREVIEW_CSS,
    styleHash: styleHash(),
    languages: languages.map((set) => ({ code: set.htmlLang, name: set.name, folder: set.folder || '(the root)' })),
    problemExample: problemJson(
      english.pages.find((page) => page.key === '503')!,
      site,
    ),
  };
}

/**
 * The shape of an error-page kit's guide (/error-pages/<platform>/) and the pure helpers its page
 * needs: where a pinned source is read, and the per-code curl checks.
 */
import { renderMarkdown } from '../markdown';
import type { PinnedSource } from '../schema-parts';
import type { KitCodeMap } from './code-map';
import { pageFor } from './code-map';

export const GUIDE_KINDS = ['server', 'host'] as const;

export interface GuideTrap {
  /** A stable anchor on the guide: "full-url-redirects". */
  id: string;
  title: string;
  /** Markdown. */
  body: string;
  sources: PinnedSource[];
}

export interface CheckedAgainst {
  /** "nginx", "Apache httpd docs". */
  what: string;
  /** The version or commit the claims and tests were checked against. */
  version: string;
  source: PinnedSource;
}

export interface PlatformGuide {
  slug: string;
  name: string;
  kind: (typeof GUIDE_KINDS)[number];
  /** One line for the hub's platform list. */
  summary: string;
  /**
   * Exact names search opens this guide by (src/lib/search-shortcut.ts compares them whole, case and
   * punctuation aside): the directive people type, "ErrorDocument", "nginx error_page".
   */
  searchNames: string[];
  /** Markdown paragraphs before the steps: what the kit does on this platform. */
  intro: string;
  /** Markdown, one step each. */
  install: string[];
  /** Markdown: how the one documented line switches the language. */
  language: string;
  /** Kit files shown in full on the guide, by path inside the zip, with a caption. */
  showFiles: { path: string; caption: string }[];
  traps: GuideTrap[];
  checks: {
    /** Markdown: what to add for the check and how to read the answers. */
    intro: string;
    /** A temporary config that makes each code happen, to paste while checking; {codes} lists them. */
    setup?: { caption: string; code: (codes: readonly number[]) => string };
    /** The curl command that checks one code, given a base URL placeholder. */
    command: (code: number) => string;
    /** Codes this platform leaves out, with the reason, shown under the table. */
    skipped?: { codes: number[]; reason: string };
    /** When set, the codes whose entry requires a response header are left out too, for this reason. */
    skipHeaderBound?: string;
    /** When set, only these codes can be checked on this platform. */
    only?: readonly number[];
  };
  /** Markdown sections after the traps: notes that belong to this platform only. */
  notes?: { id: string; title: string; body: string; sources: PinnedSource[] }[];
  checkedAgainst: CheckedAgainst[];
  /** The day the claims and the tests were last checked: YYYY-MM-DD. */
  checkedOn: string;
}

/** Where a reader opens a pinned source: the file at its commit or tag on GitHub, or the page. */
export function sourceUrl(source: PinnedSource): string {
  if (source.repo && source.path && source.ref) return `https://github.com/${source.repo}/blob/${source.ref}/${source.path}`;
  return source.url!;
}

/** How a pinned source is named in a list: its title and the commit or date it was read at. */
export function sourceLabel(source: PinnedSource): string {
  if (source.ref)
    return `${source.title} (${source.repo}, ${/^[0-9a-f]{40}$/.test(source.ref) ? `commit ${source.ref.slice(0, 7)}` : source.ref})`;
  return `${source.title} (read ${source.read})`;
}

export interface CheckRow {
  code: number;
  command: string;
  /** The page the kit answers it with: "404" or "4xx". */
  page: string;
}

/** One row per code the platform answers, in order. */
export function checkRows(guide: PlatformGuide, map: KitCodeMap, codes: readonly number[], headerBound: readonly number[]): CheckRow[] {
  const skipped = new Set([...(guide.checks.skipped?.codes ?? []), ...(guide.checks.skipHeaderBound ? headerBound : [])]);
  return codes
    .filter((code) => !skipped.has(code) && (guide.checks.only === undefined || guide.checks.only.includes(code)))
    .map((code) => ({ code, command: guide.checks.command(code), page: pageFor(code, map) }));
}

/** A guide's Markdown as HTML, with code blocks reachable by keyboard, since they may scroll sideways. */
export function guideHtml(markdown: string): string {
  return renderMarkdown(markdown).replaceAll('<pre>', '<pre tabindex="0">');
}

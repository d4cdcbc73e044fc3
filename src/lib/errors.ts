/**
 * Pure logic for the browser and curl error pages: labels, the anchor of every named error, the
 * rows of the /errors/ hub, and the names search opens each page by. Everything works on entry data
 * with references already turned into ids (ErrorData), so unit tests can feed it raw entries.
 */
import type { PinnedSource } from './schema-parts';
import type { ErrorData, ErrorSlug, FailedStep, StatusSeen } from './error-schema';
import { ERROR_SLUGS, FAILED_STEPS } from './error-schema';
import type { ShortcutPage } from './search-shortcut';
import { codePath, errorPath } from './urls';

/** The step that failed, as the page and the hub name it. */
export const STEP_LABELS: Record<FailedStep, string> = {
  dns: 'Name lookup (DNS)',
  connect: 'Connecting (TCP)',
  tls: 'TLS handshake',
  http: 'HTTP exchange',
  'cors-check': 'The browser’s CORS check, after the response arrived',
};

/** Whether a status reached the client, as the hub and the page's lead facts name it; each entry's note says the rest. */
export const STATUS_SEEN_LABELS: Record<StatusSeen, string> = {
  none: 'None (0 or 000)',
  'redirect-chain': 'Only 3xx redirects',
  'hidden-from-script': 'Hidden from the page’s script (0)',
  'proxy-only': 'None from the site',
};

/** The tools a page lists names for, in the order of the names table; each row's id is an anchor. */
export const ERROR_TOOLS = [
  { id: 'chrome', label: 'Chrome' },
  { id: 'firefox', label: 'Firefox' },
  { id: 'curl', label: 'curl' },
  { id: 'fetch', label: 'fetch() and XMLHttpRequest' },
  { id: 'node', label: 'Node.js' },
  { id: 'requests', label: 'Python requests' },
] as const;

export type ErrorToolId = (typeof ERROR_TOOLS)[number]['id'];

/** The sections of an error page, in order, with their permanent ids (cases only where the entry has them). */
export const ERROR_PAGE_SECTIONS = [
  { id: 'names', label: 'Names by tool' },
  { id: 'cases', label: 'Each error and its fix' },
  { id: 'what-happened', label: 'What happened' },
  { id: 'causes', label: 'Causes' },
  { id: 'fixes', label: 'Fixes' },
  { id: 'cloudflare', label: 'Behind Cloudflare' },
  { id: 'sources', label: 'Sources' },
] as const;

/** The anchors of the lead facts, linked from the hub. */
export const LEAD_ANCHORS = { step: 'what-failed', status: 'status-seen', who: 'who-fixes' } as const;

/**
 * The message of the TypeError fetch() rejects with on a network error, per runtime. The same
 * message for every failure: that is the point, and why the page names the console and DevTools.
 */
export const FETCH_MESSAGES: readonly { runtime: string; message: string; source: PinnedSource }[] = [
  {
    runtime: 'Chrome',
    message: 'Failed to fetch',
    source: {
      title: 'Blink fetch_manager.cc',
      repo: 'chromium/chromium',
      path: 'third_party/blink/renderer/core/fetch/fetch_manager.cc',
      ref: '01ac578e657997d7212bbdc23f3137ac597347d6',
    },
  },
  {
    runtime: 'Firefox',
    message: 'NetworkError when attempting to fetch resource.',
    source: {
      title: 'Gecko dom/bindings/Errors.msg (MSG_FETCH_FAILED)',
      repo: 'mozilla/gecko-dev',
      path: 'dom/bindings/Errors.msg',
      ref: 'd95f61ee4cd165cd4d51b2a99968d66264a0288d',
    },
  },
  {
    runtime: 'Node.js',
    message: 'fetch failed',
    source: {
      title: 'undici lib/web/fetch/index.js (the fetch() behind Node.js)',
      repo: 'nodejs/undici',
      path: 'lib/web/fetch/index.js',
      ref: '051caa1bc5e3275421d8318e53500907d6a6c879',
    },
  },
];

/** A named error and where its anchor lives: in its case's section, or in the names table. */
export interface NamedError {
  tool: ErrorToolId;
  name: string;
  /** The anchor id, the name in lower case: "err_cert_date_invalid", "curle_couldnt_connect". */
  anchor: string;
  /** The case whose section holds the anchor, if any. */
  case: string | undefined;
  shared: boolean;
}

/** Every name an entry lists, Chrome then Firefox, curl and Node, each with its anchor. */
export function namedErrors(data: ErrorData): NamedError[] {
  const entry = (tool: ErrorToolId, name: string, caseId: string | undefined, shared: boolean | undefined): NamedError => ({
    tool,
    name,
    anchor: name.toLowerCase(),
    case: caseId,
    shared: shared === true,
  });
  return [
    ...data.chrome.names.map((n) => entry('chrome', n.name, n.case, n.shared)),
    ...data.firefox.names.map((n) => entry('firefox', n.name, n.case, n.shared)),
    ...data.curl.names.map((n) => entry('curl', n.name, n.case, n.shared)),
    ...data.node.names.map((n) => entry('node', n.name, n.case, n.shared)),
  ];
}

/** Anchors that appear twice on one page (a name listed twice, or one clashing with a section id). */
export function duplicateAnchors(data: ErrorData): string[] {
  const fixed: string[] = [...ERROR_PAGE_SECTIONS.map((s) => s.id), ...ERROR_TOOLS.map((t) => t.id), ...Object.values(LEAD_ANCHORS)];
  // A case's own Chrome name is the case section itself, so it is not a second anchor.
  const names = namedErrors(data)
    .filter((n) => n.anchor !== n.case)
    .map((n) => n.anchor);
  const all = [...fixed, ...data.cases.map((c) => c.id), ...names];
  return [...new Set(all.filter((id, i) => all.indexOf(id) !== i))];
}

/** The first anchor of a tool on a page: its first name, or the tool's row when it has none. */
export function toolAnchor(data: ErrorData, tool: ErrorToolId): string {
  return namedErrors(data).find((n) => n.tool === tool)?.anchor ?? tool;
}

/** The request's path order, then the order of ERROR_SLUGS: how the hub lists the failures. */
export function compareErrors(a: ErrorData, b: ErrorData): number {
  return FAILED_STEPS.indexOf(a.step) - FAILED_STEPS.indexOf(b.step) || ERROR_SLUGS.indexOf(a.slug) - ERROR_SLUGS.indexOf(b.slug);
}

export interface HubLink {
  label: string;
  href: string;
}

/** One row of the /errors/ table: every cell is a link to the page or one of its anchors. */
export interface HubRow {
  slug: ErrorSlug;
  title: string;
  href: string;
  chrome: HubLink[];
  firefox: HubLink[];
  curl: HubLink[];
  fetch: HubLink;
  status: HubLink;
  cloudflare: HubLink;
}

/** How many names a hub cell shows before it links to the rest. */
const HUB_NAMES = 3;

function hubNames(data: ErrorData, tool: 'chrome' | 'firefox' | 'curl', href: string): HubLink[] {
  const names = namedErrors(data).filter((n) => n.tool === tool);
  if (names.length === 0) return [{ label: 'none', href: `${href}#${tool}` }];
  const label = (n: NamedError) =>
    tool === 'chrome' ? n.name : tool === 'curl' ? `exit ${data.curl.names.find((c) => c.name === n.name)!.exit}` : n.name;
  const shown = names.slice(0, HUB_NAMES).map((n) => ({ label: label(n), href: `${href}#${n.anchor}` }));
  const more = names.length - shown.length;
  return more > 0 ? [...shown, { label: `and ${more} more`, href: `${href}#${tool}` }] : shown;
}

/** The hub rows, in the request's path order. */
export function hubRows(entries: readonly ErrorData[]): HubRow[] {
  return [...entries].sort(compareErrors).map((data) => {
    const href = errorPath(data.slug);
    const status = data.cloudflare.status;
    return {
      slug: data.slug,
      title: data.title,
      href,
      chrome: hubNames(data, 'chrome', href),
      firefox: hubNames(data, 'firefox', href),
      curl: hubNames(data, 'curl', href),
      fetch: { label: data.fetch.cell, href: `${href}#fetch` },
      status: { label: STATUS_SEEN_LABELS[data.statusSeen.kind], href: `${href}#${LEAD_ANCHORS.status}` },
      cloudflare: status ? { label: status, href: codePath(Number(status)) } : { label: 'none', href: `${href}#cloudflare` },
    };
  });
}

/**
 * Names that several pages list without marking them shared on all but one: search could only
 * guess which page to open. Each problem names the name and the pages.
 */
export function sharedNameProblems(entries: readonly ErrorData[]): string[] {
  const owners = new Map<string, { slug: string; shared: boolean }[]>();
  for (const data of entries) {
    for (const key of searchNames(data, true)) {
      owners.set(key.name, [...(owners.get(key.name) ?? []), { slug: data.slug, shared: key.shared }]);
    }
  }
  const problems: string[] = [];
  for (const [name, pages] of owners) {
    if (pages.length > 1 && pages.filter((p) => !p.shared).length > 1) {
      problems.push(
        `${name} is listed unshared on ${pages
          .filter((p) => !p.shared)
          .map((p) => p.slug)
          .join(' and ')}`,
      );
    }
  }
  return problems;
}

/** The exact names of one page, shared ones included when asked: every tool name, curl's "curl N", aliases. */
function searchNames(data: ErrorData, includeShared: boolean): { name: string; shared: boolean }[] {
  const keep = (shared: boolean | undefined) => includeShared || shared !== true;
  const out: { name: string; shared: boolean }[] = [];
  const add = (name: string, shared: boolean | undefined) => {
    if (keep(shared)) out.push({ name, shared: shared === true });
  };
  for (const n of data.chrome.names) add(n.name, n.shared);
  for (const name of data.chrome.dnsProbe) add(name, false);
  for (const n of data.firefox.names) add(n.name, n.shared);
  for (const n of data.curl.names) {
    add(`curl ${n.exit}`, n.shared);
    add(n.name, n.shared);
  }
  for (const n of data.node.names) add(n.name, n.shared);
  for (const n of data.requests.names) {
    add(n.name, n.shared);
    add(n.name.replace(/^requests\.exceptions\./, ''), n.shared);
  }
  add(data.title, false);
  for (const alias of data.aliases) add(alias, false);
  return out;
}

/**
 * The pages search opens by name (src/data/search-pages.ts gathers them); shared names stay out. A
 * name that belongs to a case (a certificate or TLS error) opens its own anchor, so
 * "ERR_CERT_DATE_INVALID" lands on what that error means and its fix.
 */
export function errorShortcutPages(entries: readonly ErrorData[]): ShortcutPage[] {
  return [...entries].sort(compareErrors).flatMap((data) => {
    const path = errorPath(data.slug);
    const anchored = namedErrors(data).filter((n) => n.case !== undefined && !n.shared);
    const inCase = new Set(anchored.map((n) => n.name));
    const pages: ShortcutPage[] = anchored.map((n) => ({ label: `${n.name}: ${data.title}`, url: `${path}#${n.anchor}`, names: [n.name] }));
    pages.push({
      label: `${data.title} (browser and curl error)`,
      url: path,
      names: [...new Set(searchNames(data, false).map((n) => n.name))].filter((name) => !inCase.has(name)),
      phrases: data.phrases,
    });
    return pages;
  });
}

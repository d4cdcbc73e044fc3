/**
 * The only module that reads the `errors` collection (browser and curl failures). It turns entries
 * into page data for /errors/<slug>/, the rows of the /errors/ hub, the JSON document, the names
 * search opens the pages by, and the links status code pages show beside themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatCode } from '../lib/classes';
import type { ErrorData } from '../lib/error-schema';
import { toErrorJson, type ErrorJson } from '../lib/error-json';
import {
  ERROR_PAGE_SECTIONS,
  ERROR_TOOLS,
  FETCH_MESSAGES,
  STATUS_SEEN_LABELS,
  STEP_LABELS,
  compareErrors,
  errorShortcutPages,
  hubRows,
  namedErrors,
  type ErrorToolId,
  type HubRow,
} from '../lib/errors';
import { renderInline } from '../lib/markdown';
import type { ShortcutPage } from '../lib/search-shortcut';
import type { PinnedSource } from '../lib/schema-parts';
import { codePageJsonLd } from '../lib/structured-data';
import { ERRORS_HUB_PATH, codePath, errorPath } from '../lib/urls';
import { getCode } from './codes';
import type { FamilyLinkGroup } from './family-links';

export type ErrorEntry = CollectionEntry<'errors'>;

const byId = (ref: { id: string }) => ref.id;

/** The entry's data with status code references turned into plain ids, as src/lib works with it. */
export function plainError(entry: ErrorEntry): ErrorData {
  const { data } = entry;
  return {
    ...data,
    statusSeen: { ...data.statusSeen, codes: data.statusSeen.codes.map(byId) },
    cloudflare: { ...data.cloudflare, status: data.cloudflare.status?.id },
    related: data.related.map(byId),
  };
}

let cached: { entry: ErrorEntry; data: ErrorData }[] | undefined;

/** Every entry with its plain data, in the hub's order (the request's path). */
export async function getAllErrors(): Promise<{ entry: ErrorEntry; data: ErrorData }[]> {
  if (cached) return cached;
  const entries = (await getCollection('errors')).map((entry) => ({ entry, data: plainError(entry) }));
  cached = entries.sort((a, b) => compareErrors(a.data, b.data));
  return cached;
}

/** One name in the names table or a case section. */
export interface NameItem {
  text: string;
  /** What goes with the name (its number, its message, where it shows), as inline HTML. */
  detailHtml: string | undefined;
  /** Where the name's anchor is: its own id here, or a link to the case section that holds it. */
  id: string | undefined;
  href: string | undefined;
}

/** One row of the names table: a tool, what it shows and its names. */
export interface ToolRow {
  id: ErrorToolId;
  label: string;
  /** Quoted text the tool puts in front of people: the page heading, the summary line, a console line. */
  quotes: { label: string; text: string }[];
  names: NameItem[];
  /** Notes and reasons, rendered inline Markdown. */
  notesHtml: string[];
}

export interface CaseSection {
  id: string;
  title: string;
  meaningHtml: string;
  fixHtml: string;
  names: (NameItem & { tool: string })[];
}

export interface SourceLink {
  title: string;
  href: string;
  /** "chromium/chromium @ 0182b17" or "read 2026-12-07". */
  pin: string;
}

export interface CodeLink {
  code: string;
  title: string;
  href: string;
}

export interface ErrorPage {
  entry: ErrorEntry;
  data: ErrorData;
  stepLabel: string;
  statusLabel: string;
  statusCodes: CodeLink[];
  html: { stepNote: string; statusNote: string; whoFixes: string; cloudflare: string };
  tools: ToolRow[];
  cases: CaseSection[];
  /** The jump links: every section, the cases only where the page has named cases. */
  jumpLinks: { id: string; label: string }[];
  cloudflare: CodeLink | undefined;
  related: CodeLink[];
  sources: { about: string; links: SourceLink[] }[];
  jsonLd: object[];
}

async function codeLink(id: string): Promise<CodeLink> {
  const code = await getCode(id);
  if (!code) throw new Error(`No entry for code ${id}, though the errors loader checked every reference`);
  return { code: formatCode(code.data.code), title: code.data.title, href: codePath(code.data.code) };
}

/** A link to read a pinned source: the file at its commit or tag on GitHub, or the page itself. */
export function sourceLink(source: PinnedSource): SourceLink {
  if (source.repo && source.path && source.ref) {
    const ref = /^[0-9a-f]{40}$/.test(source.ref) ? source.ref.slice(0, 10) : source.ref;
    return {
      title: source.title,
      href: `https://github.com/${source.repo}/blob/${source.ref}/${source.path}`,
      pin: `${source.repo} @ ${ref}`,
    };
  }
  return { title: source.title, href: source.url!, pin: `read ${source.read}` };
}

const SOURCE_HEADINGS: Record<string, string> = {
  chrome: 'Chrome',
  firefox: 'Firefox',
  curl: 'curl',
  fetch: 'fetch()',
  node: 'Node.js',
  requests: 'Python requests',
  standard: 'Standards',
  server: 'Server software',
  cloudflare: 'Cloudflare',
};

const NODE_API: Record<'http' | 'fetch' | 'both', string> = {
  http: '`error.code` from http and https',
  fetch: '`error.cause.code` from fetch()',
  both: '`error.code` from http and https, `error.cause.code` from fetch()',
};

function toolRows(data: ErrorData): ToolRow[] {
  const anchors = new Map(namedErrors(data).map((n) => [`${n.tool}:${n.name}`, n]));
  const item = (tool: ErrorToolId, name: string, text: string, detail?: string): NameItem => {
    const named = anchors.get(`${tool}:${name}`);
    const detailHtml = detail === undefined ? undefined : renderInline(detail);
    if (!named) return { text, detailHtml, id: undefined, href: undefined };
    return named.case
      ? { text, detailHtml, id: undefined, href: `#${named.anchor}` }
      : { text, detailHtml, id: named.anchor, href: undefined };
  };
  const notes = (...texts: (string | undefined)[]) => texts.filter((t): t is string => t !== undefined).map(renderInline);
  const quotes = (...pairs: [string, string | undefined][]) =>
    pairs.filter((p): p is [string, string] => p[1] !== undefined).map(([label, text]) => ({ label, text }));
  const rows: Record<ErrorToolId, Omit<ToolRow, 'id' | 'label'>> = {
    chrome: {
      quotes: quotes(['Heading', data.chrome.shows], ['Below it', data.chrome.summary], ['Console', data.chrome.console]),
      names: [
        ...data.chrome.names.map((n) => item('chrome', n.name, `net::${n.name}`, `net error ${n.number}`)),
        ...data.chrome.dnsProbe.map((name) => item('chrome', name, name, 'DNS probe result')),
      ],
      notesHtml: notes(data.chrome.note, data.chrome.none),
    },
    firefox: {
      quotes: quotes(['Page title', data.firefox.shows], ['Console', data.firefox.console]),
      names: data.firefox.names.map((n) => item('firefox', n.name, n.name)),
      notesHtml: notes(data.firefox.note, data.firefox.none),
    },
    curl: {
      quotes: [],
      names: data.curl.names.map((n) => item('curl', n.name, `curl: (${n.exit})`, `\`${n.name}\`, “${n.message}”`)),
      notesHtml: notes(data.curl.note, data.curl.none),
    },
    fetch: {
      quotes: FETCH_MESSAGES.map((m) => ({ label: m.runtime, text: `TypeError: ${m.message}` })),
      names: [],
      notesHtml: notes(data.fetch.note),
    },
    node: {
      quotes: [],
      names: data.node.names.map((n) => item('node', n.name, n.name, NODE_API[n.api])),
      notesHtml: notes(data.node.note, data.node.none),
    },
    requests: {
      quotes: [],
      names: data.requests.names.map((n) => item('requests', n.name, n.name)),
      notesHtml: notes(data.requests.note, data.requests.none),
    },
  };
  return ERROR_TOOLS.map((tool) => ({ id: tool.id, label: tool.label, ...rows[tool.id] }));
}

function caseSections(data: ErrorData): CaseSection[] {
  const label = Object.fromEntries(ERROR_TOOLS.map((t) => [t.id, t.label]));
  return data.cases.map((c) => ({
    id: c.id,
    title: c.title,
    meaningHtml: renderInline(c.meaning),
    fixHtml: renderInline(c.fix),
    names: namedErrors(data)
      .filter((n) => n.case === c.id)
      .map((n) => ({
        tool: label[n.tool]!,
        text:
          n.tool === 'chrome'
            ? `net::${n.name}`
            : n.tool === 'curl'
              ? `curl: (${data.curl.names.find((x) => x.name === n.name)!.exit})`
              : n.name,
        detailHtml: undefined,
        // The case's own Chrome name is the section's anchor; every other name gets its own.
        id: n.anchor === c.id ? undefined : n.anchor,
        href: undefined,
      })),
  }));
}

export async function getErrorPage(entry: ErrorEntry, site: URL): Promise<ErrorPage> {
  const data = plainError(entry);
  const siteUrl = new URL('/', site).toString();
  const pageUrl = new URL(errorPath(data.slug), site).toString();
  const groups = new Map<string, SourceLink[]>();
  for (const { about, source } of data.sources) groups.set(about, [...(groups.get(about) ?? []), sourceLink(source)]);
  // fetch() messages are shared by every page; their sources are listed once with the page's own.
  groups.set('fetch', [...(groups.get('fetch') ?? []), ...FETCH_MESSAGES.map((m) => sourceLink(m.source))]);
  const sources = Object.keys(SOURCE_HEADINGS)
    .filter((about) => groups.has(about))
    .map((about) => ({ about: SOURCE_HEADINGS[about]!, links: [...new Map(groups.get(about)!.map((l) => [l.href, l])).values()] }));
  return {
    entry,
    data,
    stepLabel: STEP_LABELS[data.step],
    statusLabel: STATUS_SEEN_LABELS[data.statusSeen.kind],
    statusCodes: await Promise.all(data.statusSeen.codes.map(codeLink)),
    html: {
      stepNote: renderInline(data.stepNote),
      statusNote: renderInline(data.statusSeen.note),
      whoFixes: renderInline(data.whoFixes),
      cloudflare: renderInline(data.cloudflare.note),
    },
    tools: toolRows(data),
    cases: caseSections(data),
    jumpLinks: ERROR_PAGE_SECTIONS.filter((s) => s.id !== 'cases' || data.cases.length > 0),
    cloudflare: data.cloudflare.status ? await codeLink(data.cloudflare.status) : undefined,
    related: await Promise.all(data.related.map(codeLink)),
    sources,
    jsonLd: codePageJsonLd({
      url: pageUrl,
      siteUrl,
      headline: data.title,
      description: data.summary,
      breadcrumbs: [
        { name: 'Status codes', url: siteUrl },
        { name: 'Browser and curl errors', url: new URL(ERRORS_HUB_PATH, site).toString() },
        { name: data.title, url: pageUrl },
      ],
    }),
  };
}

export interface ErrorsHub {
  rows: HubRow[];
  list: { title: string; summary: string; href: string; step: string }[];
}

export async function getErrorsHub(): Promise<ErrorsHub> {
  const all = (await getAllErrors()).map((e) => e.data);
  return {
    rows: hubRows(all),
    list: all.map((d) => ({ title: d.title, summary: d.summary, href: errorPath(d.slug), step: STEP_LABELS[d.step] })),
  };
}

export async function getAllErrorJson(site: URL | string): Promise<ErrorJson[]> {
  return (await getAllErrors()).map((e) => toErrorJson(e.data, site));
}

export async function getErrorShortcutPages(): Promise<ShortcutPage[]> {
  return errorShortcutPages((await getAllErrors()).map((e) => e.data));
}

/**
 * The failures a status code page lists beside itself: on /000/ every failure, on a Cloudflare 52x
 * page the failure its entry names as Cloudflare's counterpart (derived from the entries).
 */
export async function getErrorFamilyLinks(code: number): Promise<FamilyLinkGroup | undefined> {
  const all = (await getAllErrors()).map((e) => e.data);
  const id = formatCode(code);
  const picked = code === 0 ? all : all.filter((d) => d.cloudflare.status === id);
  if (picked.length === 0) return undefined;
  return {
    id: 'errors',
    heading: code === 0 ? 'Browser and curl errors' : 'The same failure in a browser',
    links: picked.map((d) => ({ label: d.title, url: errorPath(d.slug) })),
    hub: { label: 'All browser and curl errors', url: ERRORS_HUB_PATH },
  };
}

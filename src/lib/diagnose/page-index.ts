/**
 * The index of pages beside the status codes that a diagnosis can send the reader to first: the
 * Cloudflare 1xxx and IIS sub-status codes (each its own page, or only a row on its family's hub),
 * and the browser and curl errors that are not statuses, with every tool name, curl exit code,
 * page heading and pasted phrase that leads to each. Built at build time from the collections
 * (src/data/diagnose-facts.ts) and shipped in /diagnose-facts.json; read only through the lookups
 * below, so the diagnosis never restates which pages exist.
 */
import { errorPath, vendorCodePath, vendorHubPath, vendorHubRowPath } from '../urls';

export type VendorFamily = 'cloudflare' | 'iis';

export interface VendorPage {
  /** The page to open first (`data-page`): the code's own page, or its family's hub. */
  path: string;
  /** Where to read about it: the page, or the code's row on the hub (`/cloudflare/#1019`). */
  link: string;
  /** True when the code has a page of its own, false when it is a hub row only. */
  page: boolean;
  title: string;
  /** The HTTP status that travels with the code, when the vendor documents it or a capture shows it. */
  status?: number;
  basis?: 'documented' | 'observed';
}

/** The step of a request that failed (the errors collection's `step`). */
export type FailedStep = 'dns' | 'connect' | 'tls' | 'http' | 'cors-check';

export interface ErrorPage {
  slug: string;
  path: string;
  title: string;
  summary: string;
  step: FailedStep;
}

export interface PageIndex {
  /** Keyed "cloudflare:1020", "iis:500.19". */
  vendor: Record<string, VendorPage>;
  /** Keyed by slug. */
  errors: Record<string, ErrorPage>;
  /** Tool names (ERR_CONNECTION_REFUSED, DNS_PROBE_FINISHED_NXDOMAIN, NS_ERROR_NET_RESET …) to a slug. */
  names: Record<string, string>;
  /** curl exit codes to a slug. */
  curl: Record<string, string>;
  /** Page headings and pasted phrases, lower-case with straight apostrophes, that name one page only. */
  phrases: Record<string, string>;
}

export const EMPTY_PAGE_INDEX: PageIndex = { vendor: {}, errors: {}, names: {}, curl: {}, phrases: {} };

/** Lower case and straight apostrophes, so "Can’t" in a paste meets "can't" in an entry. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'");
}

export function vendorPage(index: PageIndex, family: VendorFamily, code: string): VendorPage | undefined {
  return index.vendor[`${family}:${code}`];
}

export function errorPage(index: PageIndex, slug: string | undefined): ErrorPage | undefined {
  return slug === undefined ? undefined : index.errors[slug];
}

export function errorForName(index: PageIndex, name: string): ErrorPage | undefined {
  return errorPage(index, index.names[name.toUpperCase()]);
}

export function errorForCurlExit(index: PageIndex, exit: number): ErrorPage | undefined {
  return errorPage(index, index.curl[String(exit)]);
}

/** The first heading or phrase of the index that the line contains, with its page. */
export function errorForText(index: PageIndex, line: string): { phrase: string; page: ErrorPage } | undefined {
  const key = phraseKey(line);
  for (const [phrase, slug] of Object.entries(index.phrases)) {
    const page = errorPage(index, slug);
    if (page && key.includes(phrase)) return { phrase, page };
  }
  return undefined;
}

/** What the index builder needs of a Cloudflare or IIS code, entry or hub row alike. */
export interface VendorCodeInput {
  family: VendorFamily;
  code: string;
  title: string;
  path: string;
  link: string;
  page: boolean;
  status?: { status?: number | undefined; basis: 'documented' | 'observed' | 'unknown' } | undefined;
}

/** What the index builder needs of a browser or curl error entry. */
export interface ErrorInput {
  slug: string;
  path: string;
  title: string;
  summary: string;
  step: FailedStep;
  /** Tool names, each with `shared` when another page owns it. */
  names: readonly { name: string; shared?: boolean | undefined }[];
  curl: readonly { exit: number; shared?: boolean | undefined }[];
  /** Headings the tools show and phrases people paste. */
  phrases: readonly string[];
}

type KnownStatus = { status?: number | undefined; basis: 'documented' | 'observed' | 'unknown' };

/** What the index reads of a Cloudflare or IIS entry. */
export interface VendorEntryForIndex {
  code: string;
  title: string;
  meanings: readonly { status: KnownStatus }[];
}

/** What the index reads of a hub row (a code with no page of its own). */
export interface HubRowForIndex {
  code: string;
  title: string;
  status: KnownStatus;
}

/**
 * The status that travels with an entry: the one its meanings document or show, when they agree on
 * one (1015 is 429 as a rate limit, and has no status as a dashboard message).
 */
function entryStatus(meanings: readonly { status: KnownStatus }[]): KnownStatus {
  const known = meanings.map((m) => m.status).filter((s) => s.basis !== 'unknown' && s.status !== undefined);
  const statuses = new Set(known.map((s) => s.status));
  return statuses.size === 1 && known[0] ? known[0] : { basis: 'unknown' };
}

/** One family's entries and hub rows as the index builder reads them; the paths come from src/lib/urls.ts. */
export function vendorCodeInputs(
  family: VendorFamily,
  entries: readonly VendorEntryForIndex[],
  rows: readonly HubRowForIndex[],
): VendorCodeInput[] {
  return [
    ...entries.map((e) => ({
      family,
      code: e.code,
      title: e.title,
      path: vendorCodePath(family, e.code),
      link: vendorCodePath(family, e.code),
      page: true,
      status: entryStatus(e.meanings),
    })),
    ...rows.map((r) => ({
      family,
      code: r.code,
      title: r.title,
      path: vendorHubPath(family),
      link: vendorHubRowPath(family, r.code),
      page: false,
      status: r.status,
    })),
  ];
}

interface NamedForIndex {
  name: string;
  shared?: boolean | undefined;
}

/** What the index reads of a browser or curl error entry (content/errors). */
export interface ErrorEntryForIndex {
  slug: string;
  title: string;
  summary: string;
  step: FailedStep;
  chrome: { names: readonly NamedForIndex[]; shows?: string | undefined; dnsProbe?: readonly string[] | undefined };
  firefox: { names: readonly NamedForIndex[]; shows?: string | undefined };
  curl: { names: readonly { exit: number; shared?: boolean | undefined }[] };
  node: { names: readonly NamedForIndex[] };
  phrases: readonly string[];
}

/** An error entry as the index builder reads it: every tool's names, curl's exit codes, the headings the tools show and the entry's phrases. */
export function errorInput(entry: ErrorEntryForIndex): ErrorInput {
  return {
    slug: entry.slug,
    path: errorPath(entry.slug),
    title: entry.title,
    summary: entry.summary,
    step: entry.step,
    names: [...entry.chrome.names, ...(entry.chrome.dnsProbe ?? []).map((name) => ({ name })), ...entry.firefox.names, ...entry.node.names],
    curl: entry.curl.names,
    phrases: [entry.chrome.shows, entry.firefox.shows, ...entry.phrases].filter((p): p is string => p !== undefined),
  };
}

/**
 * Builds the index. A name or exit code listed on several pages goes to the one that does not mark
 * it `shared`; a heading or phrase that several pages use is left out, since it cannot choose.
 */
export function buildPageIndex(vendorCodes: readonly VendorCodeInput[], errors: readonly ErrorInput[]): PageIndex {
  const index: PageIndex = { vendor: {}, errors: {}, names: {}, curl: {}, phrases: {} };
  for (const v of vendorCodes) {
    const known = v.status && v.status.basis !== 'unknown' && v.status.status !== undefined;
    index.vendor[`${v.family}:${v.code}`] = {
      path: v.path,
      link: v.link,
      page: v.page,
      title: v.title,
      ...(known ? { status: v.status?.status as number, basis: v.status?.basis as 'documented' | 'observed' } : {}),
    };
  }
  const claim = (map: Record<string, string>, key: string, slug: string, shared: boolean | undefined) => {
    if (shared) map[key] ??= slug;
    else map[key] = slug;
  };
  const phraseOwners = new Map<string, Set<string>>();
  for (const e of errors) {
    index.errors[e.slug] = { slug: e.slug, path: e.path, title: e.title, summary: e.summary, step: e.step };
    for (const n of e.names) claim(index.names, n.name.toUpperCase(), e.slug, n.shared);
    for (const c of e.curl) claim(index.curl, String(c.exit), e.slug, c.shared);
    for (const p of e.phrases) {
      const key = phraseKey(p.trim());
      if (key.length < 6) continue;
      phraseOwners.set(key, (phraseOwners.get(key) ?? new Set()).add(e.slug));
    }
  }
  for (const [phrase, owners] of phraseOwners) if (owners.size === 1) index.phrases[phrase] = [...owners][0] as string;
  return index;
}

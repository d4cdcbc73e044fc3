/**
 * Page data for a vendor code family, built the same way for Cloudflare and IIS. src/data/cloudflare.ts
 * and src/data/iis.ts each hand over their collection's entries and hub rows (they are the only
 * modules reading those collections); everything a route, the search, the status pages and the
 * JSON need is built here, so the two families cannot drift apart.
 */
import type { CollectionEntry } from 'astro:content';
import { formatCode } from '../lib/classes';
import type { PinnedSource } from '../lib/schema-parts';
import { codeNames, nameKey, vendorShortcutPages } from '../lib/vendor-search';
import { VENDOR_PAGE_SECTIONS } from '../lib/vendor-sections';
import type { ShortcutPage } from '../lib/search-shortcut';
import { fitTitle } from '../lib/page-title';
import { codePageJsonLd } from '../lib/structured-data';
import { codePath, vendorAnchorPath, vendorCodePath, vendorHubPath, vendorHubRowPath } from '../lib/urls';
import { checkHubRows, parseHubRows } from '../lib/vendor-code-checks';
import { vendorJsonSchema, type VendorCodeJson, type VendorJson } from '../lib/vendor-code-json';
import type { HubRow, HubRowInput, VendorFamily, VendorMeaning } from '../lib/vendor-code-schema';
import {
  BASIS_LABELS,
  FAMILY_INFO,
  SHOWS_LABELS,
  compareVendorCodes,
  fixersText,
  sourcePin,
  sourceUrl,
  type FamilyInfo,
} from '../lib/vendor-families';
import { getAllCodes, getCode } from './codes';
import type { FamilyLinkGroup } from './family-links';

export type VendorEntry = CollectionEntry<'cloudflare'> | CollectionEntry<'iis'>;

export interface SourceLink {
  title: string;
  url: string;
  /** "at commit 0309c8b", "read 2026-12-07". */
  pin: string;
}

export interface StatusLink {
  status: number;
  /** "403 Forbidden". */
  label: string;
  url: string;
}

/** One meaning of a code, as its page shows it. */
export interface MeaningView {
  id: string;
  /** The meaning's anchor on the page, when the code has several. */
  anchor: string | undefined;
  product: string;
  name: string;
  status: StatusLink | undefined;
  basis: VendorMeaning['status']['basis'];
  basisLabel: string;
  statusSource: SourceLink | undefined;
  statusNote: string | undefined;
  /** Where the code appears, inline Markdown each. */
  shows: string[];
  /** "the site’s owner or the vendor". */
  fixableBy: string;
  hresults: { code: string; meaning: string; fix: string }[];
}

/** A fact about the whole code from a family's own data (Cloudflare's Retry-After seconds), with its source. */
export interface CodeFact {
  term: string;
  /** Inline Markdown. */
  text: string;
  source: SourceLink;
}

export interface VendorPage {
  family: VendorFamily;
  info: FamilyInfo;
  entry: VendorEntry;
  code: string;
  /** "Cloudflare error 1020". */
  label: string;
  /** The page's title, short enough for a search result: label and title, or label and meaning name, or the label. */
  pageTitle: string;
  meanings: MeaningView[];
  /** Every meaning's HRESULTs, in one list: each is an anchor of its own. */
  hresults: MeaningView['hresults'];
  /** The jump links: the HRESULTs and related codes only where the page has them. */
  jumpLinks: { id: string; label: string }[];
  facts: CodeFact[];
  related: StatusLink[];
  sources: SourceLink[];
  hub: { label: string; url: string };
  searchAliases: string;
  jsonLd: object[];
}

/** One row of a hub: a code with its page, or a code the vendor documents that has no page here. */
export interface HubListing {
  code: string;
  title: string;
  products: string[];
  /** Each meaning's status on the wire: "403 (observed)", "unknown". */
  statuses: { status: number | undefined; basis: VendorMeaning['status']['basis'] }[];
  /** The code's page, or undefined for a hub-only row. */
  page: string | undefined;
  summary: string | undefined;
  /** Where a hub-only row was read. */
  source: SourceLink | undefined;
}

const linkSource = (source: PinnedSource): SourceLink => ({ title: source.title, url: sourceUrl(source), pin: sourcePin(source) });

async function statusLink(status: number): Promise<StatusLink> {
  const entry = await getCode(formatCode(status));
  return { status, label: entry ? `${formatCode(status)} ${entry.data.title}` : formatCode(status), url: codePath(status) };
}

/**
 * Everything one family's pages need, from its entries (already read from the collection) and its
 * hub rows. Built once per family and cached by the caller.
 */
export function vendorFamilyData(
  family: VendorFamily,
  loadEntries: () => Promise<VendorEntry[]>,
  rowInput: readonly HubRowInput[],
  factsFor: (code: string) => { term: string; text: string; source: PinnedSource }[] = () => [],
) {
  const info = FAMILY_INFO[family];
  let cache: Promise<{ entries: VendorEntry[]; rows: HubRow[] }> | undefined;

  const load = () =>
    (cache ??= (async () => {
      const entries = (await loadEntries()).sort((a, b) => compareVendorCodes(a.data.code, b.data.code));
      const rows = parseHubRows(family, rowInput).sort((a, b) => compareVendorCodes(a.code, b.code));
      checkHubRows(
        family,
        rows.map((r) => r.code),
        new Set(entries.map((e) => e.data.code)),
      );
      return { entries, rows };
    })());

  async function meaningView(meaning: VendorMeaning, several: boolean): Promise<MeaningView> {
    const { status } = meaning;
    return {
      id: meaning.id,
      anchor: several ? meaning.id : undefined,
      product: meaning.product,
      name: meaning.name,
      status: status.status === undefined ? undefined : await statusLink(status.status),
      basis: status.basis,
      basisLabel: BASIS_LABELS[status.basis],
      statusSource: status.source ? linkSource(status.source) : undefined,
      statusNote: status.note,
      shows: meaning.shows.map((s) => SHOWS_LABELS[s]),
      fixableBy: fixersText(meaning.fixableBy),
      hresults: meaning.hresults ?? [],
    };
  }

  async function page(entry: VendorEntry, site: URL): Promise<VendorPage> {
    const { data } = entry;
    const label = info.label(data.code);
    const url = new URL(vendorCodePath(family, data.code), site).toString();
    const hubUrl = new URL(vendorHubPath(family), site).toString();
    const several = data.meanings.length > 1;
    const meanings = await Promise.all(data.meanings.map((m) => meaningView(m, several)));
    const hresults = meanings.flatMap((m) => m.hresults);
    return {
      family,
      info,
      entry,
      code: data.code,
      label,
      pageTitle: fitTitle(`${label}: ${data.title}`, ...data.meanings.map((m) => `${label}: ${m.name}`), label),
      meanings,
      hresults,
      jumpLinks: VENDOR_PAGE_SECTIONS.filter(
        (s) => (s.id !== 'hresults' || hresults.length > 0) && (s.id !== 'related' || data.related.length > 0),
      ),
      facts: factsFor(data.code).map((fact) => ({ ...fact, source: linkSource(fact.source) })),
      related: await Promise.all(data.related.map((ref) => statusLink(Number(ref.id)))),
      sources: data.sources.map(linkSource),
      hub: { label: `All ${info.name}`, url: vendorHubPath(family) },
      searchAliases: [...codeNames(family, data.code), ...data.aliases].join(', '),
      jsonLd: codePageJsonLd({
        url,
        siteUrl: new URL('/', site).toString(),
        headline: `${label}: ${data.title}`,
        description: data.summary,
        breadcrumbs: [
          { name: info.name, url: hubUrl },
          { name: `${label}: ${data.title}`, url },
        ],
      }),
    };
  }

  async function hub(): Promise<HubListing[]> {
    const { entries, rows } = await load();
    const fromEntries = entries.map(({ data }): HubListing => ({
      code: data.code,
      title: data.title,
      products: [...new Set(data.meanings.map((m) => m.product))],
      statuses: data.meanings.map((m) => ({ status: m.status.status, basis: m.status.basis })),
      page: vendorCodePath(family, data.code),
      summary: data.summary,
      source: undefined,
    }));
    const fromRows = rows.map((row): HubListing => ({
      code: row.code,
      title: row.title,
      products: [row.product],
      statuses: [{ status: row.status.status, basis: row.status.basis }],
      page: undefined,
      summary: undefined,
      source: linkSource(row.source),
    }));
    return [...fromEntries, ...fromRows].sort((a, b) => compareVendorCodes(a.code, b.code));
  }

  /** Pages search opens by exact name; status code names are reserved for the status pages. */
  async function shortcutPages(): Promise<ShortcutPage[]> {
    const { entries, rows } = await load();
    const reserved = new Set((await getAllCodes()).flatMap(({ data }) => [data.title, ...data.formerNames, ...data.aliases].map(nameKey)));
    return vendorShortcutPages(
      family,
      entries.map((e) => e.data),
      rows,
      reserved,
    );
  }

  /** The family's pages that travel with one status, derived from the entries' meanings. */
  async function familyLinks(status: number): Promise<FamilyLinkGroup | undefined> {
    const { entries } = await load();
    // IIS titles repeat the status ("Internal Server Error"), so IIS links name the meaning that rides on this status.
    const links = entries.flatMap(({ data }) => {
      const meaning = data.meanings.find((m) => m.status.status === status);
      if (!meaning) return [];
      return [{ label: `${data.code} ${family === 'iis' ? meaning.name : data.title}`, url: vendorCodePath(family, data.code) }];
    });
    return { id: family, heading: info.linksHeading, links, hub: { label: `All ${info.linksHeading}`, url: vendorHubPath(family) } };
  }

  async function json(site: URL | string): Promise<VendorJson> {
    const { entries, rows } = await load();
    const abs = (path: string) => new URL(path, site).toString();
    const fromEntries = entries.map(({ data }): VendorCodeJson => {
      const several = data.meanings.length > 1;
      return {
        code: data.code,
        title: data.title,
        summary: data.summary,
        page: true,
        url: abs(vendorCodePath(family, data.code)),
        aliases: data.aliases,
        meanings: data.meanings.map((m) => ({
          id: m.id,
          product: m.product,
          name: m.name,
          status: m.status.status ?? null,
          basis: m.status.basis,
          statusSource: m.status.source ?? null,
          statusNote: m.status.note ?? null,
          shows: m.shows,
          fixableBy: m.fixableBy,
          hresults: (m.hresults ?? []).map((h) => ({ ...h, url: abs(vendorAnchorPath(family, data.code, h.code)) })),
          url: abs(several ? vendorAnchorPath(family, data.code, m.id) : vendorCodePath(family, data.code)),
        })),
        related: data.related.map((ref) => ref.id),
        sources: data.sources,
        checked: data.checked,
      } as VendorCodeJson;
    });
    const fromRows = rows.map(
      (row): VendorCodeJson =>
        ({
          code: row.code,
          title: row.title,
          summary: null,
          page: false,
          url: abs(vendorHubRowPath(family, row.code)),
          aliases: [],
          meanings: [
            {
              id: family,
              product: row.product,
              name: row.title,
              status: row.status.status ?? null,
              basis: row.status.basis,
              statusSource: row.status.source ?? null,
              statusNote: row.status.note ?? null,
              shows: [],
              fixableBy: [],
              hresults: [],
              url: abs(vendorHubRowPath(family, row.code)),
            },
          ],
          related: [],
          sources: [row.source],
          checked: null,
        }) as VendorCodeJson,
    );
    const codes = [...fromEntries, ...fromRows].sort((a, b) => compareVendorCodes(a.code, b.code));
    // Parsed against the published schema, so the document can never drift from what /api/ promises.
    return vendorJsonSchema(family).parse({ family, count: codes.length, codes }) as VendorJson;
  }

  return {
    info,
    entries: async () => (await load()).entries,
    rows: async () => (await load()).rows,
    page,
    hub,
    shortcutPages,
    familyLinks,
    json,
  };
}

export type VendorFamilyData = ReturnType<typeof vendorFamilyData>;

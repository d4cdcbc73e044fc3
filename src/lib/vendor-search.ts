/**
 * The names the search's exact-match step opens each vendor code by (src/lib/search-shortcut.ts):
 * "cloudflare 1020" for every Cloudflare code, "500.19" and "iis 500 19" for every IIS code, each
 * documented HRESULT to its anchor (/iis/500.19/#0x8007000d, alone or paired with its code as
 * "iis 500 19 0x8007000d"), and titles, meaning names and aliases
 * where only one code has them. Codes without a page open their hub row (/cloudflare/#1019).
 */
import type { ShortcutPage } from './search-shortcut';
import { vendorAnchorPath, vendorCodePath, vendorHubPath, vendorHubRowPath } from './urls';
import type { VendorFamily } from './vendor-code-schema';
import { FAMILY_INFO } from './vendor-families';

/** What the names come from in an entry (its frontmatter, before or after the schema). */
export interface VendorSearchEntry {
  code: string;
  title: string;
  aliases?: readonly string[];
  meanings: readonly { id: string; name: string; hresults?: readonly { code: string }[] | undefined }[];
}

/** A hub row with no page. */
export interface VendorSearchRow {
  code: string;
  title: string;
}

/** Names compared as the shortcut compares them: lower case, punctuation to spaces. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The names every code of the family answers to, whatever its words: its number in the forms people type. */
export function codeNames(family: VendorFamily, code: string): string[] {
  if (family === 'cloudflare') return [`cloudflare ${code}`, `cloudflare error ${code}`];
  const [status, sub] = code.split('.');
  return [code, `iis ${status} ${sub}`];
}

/** Pages for the family itself: the hub, and for IIS the ASP.NET Core Module's group on it. */
const FAMILY_PAGES: Record<VendorFamily, ShortcutPage[]> = {
  cloudflare: [
    {
      label: FAMILY_INFO.cloudflare.name,
      url: vendorHubPath('cloudflare'),
      names: ['cloudflare 1xxx', 'cloudflare 1xxx errors', 'cloudflare error codes', 'cloudflare 1000 errors'],
    },
  ],
  iis: [
    {
      label: FAMILY_INFO.iis.name,
      url: vendorHubPath('iis'),
      names: ['iis sub status', 'iis substatus', 'iis sub status codes', 'iis substatus codes', 'iis status codes', 'iis errors'],
    },
    {
      label: 'ASP.NET Core Module errors (ANCM)',
      url: `${vendorHubPath('iis')}#ancm`,
      names: ['ANCM', 'ASP.NET Core Module', 'AspNetCoreModule', 'AspNetCoreModuleV2', 'ASP.NET Core Module V2'],
    },
  ],
};

/**
 * Every shortcut page of one family. `reserved` holds the names status code pages answer to
 * (titles, former names, aliases, as nameKey gives them): a vendor title such as "Not found" must
 * not take "not found" away from /404/, so such words are left out here. A word two codes of the
 * family share ("Access denied") is left out too, for Pagefind to rank.
 */
export function vendorShortcutPages(
  family: VendorFamily,
  entries: readonly VendorSearchEntry[],
  rows: readonly VendorSearchRow[],
  reserved: ReadonlySet<string>,
): ShortcutPage[] {
  const info = FAMILY_INFO[family];
  const wordsOf = (entry: VendorSearchEntry) => [entry.title, ...entry.meanings.map((m) => m.name), ...(entry.aliases ?? [])];
  const owners = new Map<string, Set<string>>();
  const own = (name: string, code: string) => {
    const key = nameKey(name);
    if (key) owners.set(key, (owners.get(key) ?? new Set()).add(code));
  };
  for (const entry of entries) for (const word of wordsOf(entry)) own(word, entry.code);
  for (const row of rows) own(row.title, row.code);
  const unique = (name: string) => owners.get(nameKey(name))?.size === 1 && !reserved.has(nameKey(name));

  // A bare HRESULT opens one page: the only code that documents it, or, when several do (IIS 500.0
  // and 500.19 share 0x8007000d), the one that documents the most HRESULTs, which is the page written
  // around them. The pair "iis 500 0 0x8007000d" still reaches every code's own anchor.
  const hresultsOf = (entry: VendorSearchEntry) => entry.meanings.flatMap((m) => m.hresults ?? []);
  const hresultOwner = new Map<string, VendorSearchEntry>();
  for (const entry of entries) {
    for (const h of hresultsOf(entry)) {
      const current = hresultOwner.get(h.code);
      if (!current || hresultsOf(entry).length > hresultsOf(current).length) hresultOwner.set(h.code, entry);
    }
  }

  const entryPages = entries.flatMap((entry): ShortcutPage[] => {
    const label = `${info.label(entry.code)}: ${entry.title}`;
    const page: ShortcutPage = {
      label,
      url: vendorCodePath(family, entry.code),
      names: [...codeNames(family, entry.code), entry.title, ...(entry.aliases ?? [])].filter(
        (name, i) => i < codeNames(family, entry.code).length || unique(name),
      ),
    };
    const several = entry.meanings.length > 1;
    const meaningPages = entry.meanings
      .filter((m) => unique(m.name) && nameKey(m.name) !== nameKey(entry.title))
      .map((m) => ({
        label: `${info.label(entry.code)}: ${m.name}`,
        url: several ? vendorAnchorPath(family, entry.code, m.id) : vendorCodePath(family, entry.code),
        names: [m.name],
      }));
    const hresultPages = hresultsOf(entry).map((h) => ({
      label: `${h.code}: ${label}`,
      url: vendorAnchorPath(family, entry.code, h.code),
      names: [`${codeNames(family, entry.code).at(-1)} ${h.code}`, ...(hresultOwner.get(h.code) === entry ? [h.code] : [])],
    }));
    return [page, ...meaningPages, ...hresultPages];
  });

  const rowPages = rows.map((row) => ({
    label: `${info.label(row.code)}: ${row.title}`,
    url: vendorHubRowPath(family, row.code),
    names: [...codeNames(family, row.code), ...(unique(row.title) ? [row.title] : [])],
  }));

  return [...entryPages, ...rowPages, ...FAMILY_PAGES[family]];
}

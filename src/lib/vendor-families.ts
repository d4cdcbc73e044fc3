/**
 * What the two vendor code families have in common on a page, and where they differ: names, the
 * order of their codes, the words for where a code shows and who can fix it, and links to pinned
 * sources. Pure, so the data modules, the search names and the tests share one copy.
 */
import type { PinnedSource, StatusOnWire } from './schema-parts';
import type { Fixer, Shows, VendorFamily } from './vendor-code-schema';

export interface FamilyInfo {
  family: VendorFamily;
  /** The hub's heading and the family's name in links: "Cloudflare 1xxx errors". */
  name: string;
  /** One sentence for the hub's meta description. */
  description: string;
  /** How a code is named in link text and titles: "Cloudflare error 1020", "IIS 500.19". */
  label: (code: string) => string;
  /** The heading of the group of links on a status page (short: it sits in the sidebar, inside the page budget). */
  linksHeading: string;
}

export const FAMILY_INFO: Record<VendorFamily, FamilyInfo> = {
  cloudflare: {
    family: 'cloudflare',
    name: 'Cloudflare 1xxx errors',
    description:
      'Every Cloudflare 1xxx error code in Cloudflare’s docs: what it means, the HTTP status that carries it, who can fix it, and what to do.',
    label: (code) => `Cloudflare error ${code}`,
    linksHeading: 'Cloudflare 1xxx errors',
  },
  iis: {
    family: 'iis',
    name: 'IIS and ASP.NET Core Module sub-status codes',
    description:
      'Every IIS sub-status code (404.3, 500.19) and ASP.NET Core Module startup error (500.30, 502.5) Microsoft documents: meaning, cause, fix.',
    label: (code) => `IIS ${code}`,
    linksHeading: 'IIS sub-status codes',
  },
};

/** Codes in the vendor's own order: Cloudflare by number; IIS by status, then sub-status (404.2 before 404.10). */
export function compareVendorCodes(a: string, b: string): number {
  const [aMain = 0, aSub = 0] = a.split('.').map(Number);
  const [bMain = 0, bSub = 0] = b.split('.').map(Number);
  return aMain - bMain || aSub - bSub;
}

/** Where a code appears, in words a reader recognises. */
export const SHOWS_LABELS: Record<Shows, string> = {
  'cloudflare-error-page': 'Cloudflare’s HTML error page, with the code, the Ray ID and the time',
  'cloudflare-plain-text': 'A short plain-text body such as `error code: 1020`',
  'cloudflare-json': 'A JSON body for clients that send `Accept: application/json` (since March 2026)',
  'cf-error-type-header': 'The `cf-error-type` response header',
  'workers-exception-page': 'Cloudflare’s error page for a failing Worker',
  'cloudflare-dashboard': 'A message in the Cloudflare dashboard or API, not on the website',
  'iis-detailed-error': 'The IIS detailed error page (by default only for requests made on the server itself)',
  'iis-custom-error': 'The short custom error page IIS sends to remote visitors',
  'iis-log-substatus': 'The IIS log, in the `sc-status`, `sc-substatus` and `sc-win32-status` fields',
  'ancm-error-page': 'The ASP.NET Core Module’s own error page',
  'windows-event-log': 'The Windows Application event log',
  'stdout-log': 'The ASP.NET Core Module’s stdout log, when it is turned on',
};

export const FIXER_LABELS: Record<Fixer, string> = {
  visitor: 'the visitor',
  owner: 'the site’s owner',
  vendor: 'the vendor',
};

/** "the site’s owner", "the visitor or the site’s owner": who can fix it, in a sentence. */
export function fixersText(fixers: readonly Fixer[]): string {
  const words = fixers.map((f) => FIXER_LABELS[f]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The basis of a status on the wire, as a short phrase after the number. */
export const BASIS_LABELS: Record<StatusOnWire['basis'], string> = {
  documented: 'documented by the vendor',
  observed: 'observed in a published capture, not documented by the vendor',
  unknown: 'not documented, and no published capture seen',
};

/** The address to read a pinned source at: the file at its commit on GitHub, or the page itself. */
export function sourceUrl(source: PinnedSource): string {
  if (source.repo !== undefined && source.path !== undefined && source.ref !== undefined) {
    return `https://github.com/${source.repo}/blob/${source.ref}/${source.path}`;
  }
  return source.url ?? '';
}

/** The pin of a source in words: "at commit 0309c8b" or "read 2026-12-07". */
export function sourcePin(source: PinnedSource): string {
  if (source.ref !== undefined) return /^[0-9a-f]{40}$/.test(source.ref) ? `at commit ${source.ref.slice(0, 7)}` : `at ${source.ref}`;
  return source.read !== undefined ? `read ${source.read}` : '';
}

/** A group of rows on a hub, with its own anchor: #ancm on the IIS hub. */
export interface HubGroup<Row> {
  id: string;
  heading: string;
  rows: Row[];
}

/**
 * The hub's groups: Cloudflare in one table; IIS by the HTTP status before the dot, with the ASP.NET
 * Core Module's startup errors in a group of their own (#ancm), since people search them as such.
 */
export function groupHubRows<Row extends { code: string; products: readonly string[] }>(
  family: VendorFamily,
  rows: readonly Row[],
): HubGroup<Row>[] {
  if (family === 'cloudflare') return [{ id: 'codes', heading: 'Every 1xxx code Cloudflare documents', rows: [...rows] }];
  const ancm = rows.filter((row) => row.products.every((p) => p === 'ASP.NET Core Module'));
  const byStatus = new Map<string, Row[]>();
  for (const row of rows.filter((r) => !ancm.includes(r))) {
    const status = row.code.split('.')[0]!;
    byStatus.set(status, [...(byStatus.get(status) ?? []), row]);
  }
  return [
    ...[...byStatus].map(([status, group]) => ({ id: `status-${status}`, heading: `${status} sub-status codes`, rows: group })),
    ...(ancm.length > 0 ? [{ id: 'ancm', heading: 'ASP.NET Core Module startup errors (ANCM)', rows: ancm }] : []),
  ];
}

/**
 * The exact-match step that runs before Pagefind: a number, a class or an exact name resolves
 * straight to its page, shown as the pinned first result. Pure and small, so it also works in
 * `astro dev`, where there is no Pagefind index, and in unit tests.
 */
import { classBySlug, classOf, formatCode } from './classes';
import { guideShortcut } from './compare-search';
import { queryKeys } from './constant-search';
import { classPath, codePath, diagnosePath } from './urls';

/** One code as the shortcut map knows it (served at /search-shortcuts.json). */
export interface ShortcutCode {
  code: number;
  title: string;
  formerNames: string[];
  aliases: string[];
  unofficial: boolean;
  /** Library constant names as search keys (src/lib/constant-search.ts), when the map carries them. */
  constants?: string[];
}

/** The map entry of one code, from its frontmatter. */
export function toShortcutCode(data: {
  code: number;
  title: string;
  formerNames?: string[];
  aliases?: string[];
  registry: string;
}): ShortcutCode {
  return {
    code: data.code,
    title: data.title,
    formerNames: data.formerNames ?? [],
    aliases: data.aliases ?? [],
    unofficial: data.registry === 'unofficial',
  };
}

/**
 * A page other than a status code that search opens by an exact name: a browser or curl error, a
 * Cloudflare 1xxx code, an IIS sub-status, an error-page kit. Each family builds its own from its
 * entries (src/data/search-pages.ts gathers them), so a name lives once, in the entry.
 */
export interface ShortcutPage {
  label: string;
  url: string;
  /**
   * Names compared whole with the query's keys (see pageKeys): "ERR_CONNECTION_REFUSED",
   * "curl 7", "500.19", "cloudflare 1020", "0x8007000d". Case and punctuation do not matter.
   */
  names: string[];
  /** Phrases that open the page when a query contains them whole, for pasted messages: "blocked by CORS policy". */
  phrases?: string[];
}

/** What /search-shortcuts.json serves: every code, and every other page with exact names. */
export interface ShortcutIndex {
  codes: ShortcutCode[];
  pages: ShortcutPage[];
}

export interface ShortcutLink {
  label: string;
  url: string;
}

export type Shortcut =
  | { kind: 'code'; link: ShortcutLink }
  | { kind: 'class'; link: ShortcutLink }
  | { kind: 'page'; link: ShortcutLink }
  | { kind: 'range'; links: ShortcutLink[] }
  | { kind: 'unassigned'; link: ShortcutLink; generic: ShortcutLink };

/** Questions that a tool answers better than any code page, compared after normalizeQuery. */
const TOOL_PHRASES = new Set(['diagnose', 'who sent this', 'what sent this', 'which server sent this']);
const DIAGNOSE_LINK: ShortcutLink = { label: 'What sent this response? Paste it to diagnose', url: diagnosePath() };

/** Words that carry no meaning in a status code search: "http error 403", "status code 502". */
const FILLER = new Set(['http', 'https', 'status', 'code', 'codes', 'error', 'errors', 'err', 'response', 'the', 'a', 'an']);

/** Lower case, punctuation to spaces, filler words dropped: "HTTP Error: 403!" becomes "403". */
export function normalizeQuery(text: string): string {
  return plainWords(text)
    .split(' ')
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

/** Lower case, accents and punctuation gone, nothing else dropped. */
function plainWords(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The keys a query can match a page name by, most specific first: the canonical form of a vendor
 * code found anywhere in it, then the whole query. People paste whole lines, so "curl: (7) Failed
 * to connect", "cURL error 7" and "curl 7" all give "curl 7"; "HTTP Error 500.19 - Internal Server
 * Error" gives "iis 500 19"; "error code: 1015" gives "cloudflare 1015"; "net::ERR_CERT_DATE_INVALID"
 * gives "err cert date invalid"; "connect ECONNREFUSED 127.0.0.1:3000" gives "econnrefused";
 * "requests.exceptions.ProxyError: …" gives "requests exceptions proxyerror". Keys are in plainWords
 * form, as names are compared.
 */
export function pageKeys(query: string): string[] {
  const raw = query.slice(0, 200).toLowerCase();
  const keys: string[] = [];
  const curl = /\bcurle?\b[^\d\n]{0,24}\(?(\d{1,3})\b/.exec(raw);
  if (curl) keys.push(`curl ${curl[1]}`);
  // An HRESULT before the sub-status: "HTTP Error 500.19 ... 0x8007000d" opens that HRESULT's anchor
  // on the 500.19 page (the pair first, since one HRESULT can belong to several codes), and the
  // 500.19 page when the HRESULT is not documented there.
  const hresult = /\b0x[\da-f]{8}\b/.exec(raw);
  const subStatus = /\b([1-5]\d\d)\.(\d{1,3})\b/.exec(raw);
  if (hresult && subStatus) keys.push(`iis ${subStatus[1]} ${subStatus[2]} ${hresult[0]}`);
  if (hresult) keys.push(hresult[0]);
  if (subStatus) keys.push(`iis ${subStatus[1]} ${subStatus[2]}`);
  const fourDigits = /(?:^|\D)(1[0-2]\d\d)(?!\d)/.exec(raw);
  if (fourDigits) keys.push(`cloudflare ${fourDigits[1]}`);
  // Identifiers written in capitals and underscores: ERR_CONNECTION_REFUSED, NS_ERROR_UNKNOWN_HOST,
  // SEC_ERROR_EXPIRED_CERTIFICATE, CURLE_COULDNT_CONNECT, DNS_PROBE_FINISHED_NXDOMAIN.
  for (const identifier of raw.matchAll(/[a-z][a-z\d]*(?:_[a-z\d]+)+/g)) keys.push(plainWords(identifier[0]));
  // System error names as Node.js prints them, inside a line: "connect ECONNREFUSED 127.0.0.1:3000".
  for (const errno of query.slice(0, 200).matchAll(/\bE[A-Z]{4,}\b/g)) keys.push(errno[0].toLowerCase());
  // Exception classes with their module, as Python prints them: "requests.exceptions.ProxyError: …".
  for (const dotted of query.slice(0, 200).matchAll(/\b[a-z][a-z\d_]*(?:\.[a-z][a-z\d_]*)*\.[A-Z][A-Za-z\d]+\b/g)) {
    keys.push(plainWords(dotted[0]));
  }
  keys.push(plainWords(raw), normalizeQuery(raw));
  return keys.filter(Boolean);
}

/** The page a query names exactly (by a key from pageKeys), or undefined. */
function pageByName(query: string, pages: readonly ShortcutPage[]): ShortcutPage | undefined {
  const byName = new Map<string, ShortcutPage>();
  for (const page of pages) for (const name of page.names) if (!byName.has(plainWords(name))) byName.set(plainWords(name), page);
  for (const key of pageKeys(query)) {
    const page = byName.get(key);
    if (page) return page;
  }
  return undefined;
}

/** The page one of whose phrases the query contains as whole words, or undefined. */
function pageByPhrase(query: string, pages: readonly ShortcutPage[]): ShortcutPage | undefined {
  const padded = ` ${plainWords(query.slice(0, 2000))} `;
  return pages.find((page) => page.phrases?.some((phrase) => padded.includes(` ${plainWords(phrase)} `)));
}

const pageLink = (page: ShortcutPage): Shortcut => ({ kind: 'page', link: { label: page.label, url: page.url } });

const linkTo = (c: ShortcutCode): ShortcutLink => ({ label: `${formatCode(c.code)} ${c.title}`, url: codePath(c.code) });

/** Registered codes before unofficial ones, then by number: which page wins a shared name. */
const preference = (a: ShortcutCode, b: ShortcutCode) => Number(a.unofficial) - Number(b.unofficial) || a.code - b.code;

/**
 * The page a query opens straight away, or undefined to leave it to Pagefind. `pages` are the
 * pages beside the status codes (browser errors, Cloudflare and IIS codes, kits): their exact
 * names come before numbers, since "500.19" or "curl: (52)" must not open a status page, and
 * their phrases come last, after every code name.
 */
export function resolveShortcut(query: string, codes: readonly ShortcutCode[], pages: readonly ShortcutPage[] = []): Shortcut | undefined {
  const normalized = normalizeQuery(query.slice(0, 200));
  if (!normalized) return undefined;
  const words = normalized.split(' ');
  const byNumber = new Map(codes.map((c) => [c.code, c]));

  // "401 vs 403" and "which redirect should i use" open a comparison or the guide (before numbers).
  const page = guideShortcut(query);
  if (page) return { kind: 'page', link: page };

  const named = pageByName(query, pages);
  if (named) return pageLink(named);

  // A three-digit number anywhere in the query: "nginx 499", "502 bad gateway". Letters that look
  // like digits count too when the word has a digit ("4O4", "5OO"), the commonest typo.
  const number = words.filter((w) => /^[\dol]{3}$/.test(w) && /\d/.test(w)).map((w) => w.replace(/o/g, '0').replace(/l/g, '1'))[0];
  if (number !== undefined) {
    const value = Number(number);
    const known = byNumber.get(value);
    if (known) return { kind: 'code', link: linkTo(known) };
    const statusClass = classOf(value);
    if (!statusClass) return undefined;
    const generic = byNumber.get(statusClass.digit * 100);
    return {
      kind: 'unassigned',
      link: { label: `${number}: not an assigned status code`, url: codePath(value) },
      generic: generic ? linkTo(generic) : { label: `${statusClass.slug} ${statusClass.name}`, url: classPath(statusClass.slug) },
    };
  }

  if (TOOL_PHRASES.has(normalized)) return { kind: 'page', link: DIAGNOSE_LINK };

  // A class: "5xx", "5XX errors", or a lone first digit.
  const classWord = words.find((w) => /^[1-5]xx$/.test(w)) ?? (/^\s*[1-5]\s*$/.test(query) ? `${query.trim()}xx` : undefined);
  const statusClass = classWord ? classBySlug(classWord) : undefined;
  if (statusClass) return { kind: 'class', link: { label: `${statusClass.slug} ${statusClass.name}`, url: classPath(statusClass.slug) } };

  // Two digits: every code that starts with them, in order ("40" gives 400 to 409).
  if (/^\d{2}$/.test(normalized)) {
    const links = codes
      .filter((c) => formatCode(c.code).startsWith(normalized))
      .sort((a, b) => a.code - b.code)
      .map(linkTo);
    return links.length > 0 ? { kind: 'range', links } : undefined;
  }

  // An exact name: titles first, then former names, then aliases ("bad gateway", "payload too large"),
  // then a library constant ("StatusTooManyRequests", ":unprocessable_entity"; src/lib/constant-search.ts).
  // Names are compared whole, filler words included (the alias "proxy error" is not the query
  // "proxy"); the query may also drop its own filler ("http error bad gateway").
  // Within a tier a registered code beats unofficial ones; an alias two registered codes share
  // (or only unofficial ones share) is ambiguous, and Pagefind ranks it instead.
  const forms = new Set([plainWords(query.slice(0, 200)), normalized]);
  const matches = (names: string[]) => names.some((name) => forms.has(plainWords(name)));
  const byTitle = codes.filter((c) => matches([c.title])).sort(preference)[0];
  const byFormerName = codes.filter((c) => matches(c.formerNames)).sort(preference)[0];
  const byAlias = codes.filter((c) => matches(c.aliases));
  const registeredAlias = byAlias.filter((c) => !c.unofficial);
  const alias = registeredAlias.length > 0 ? registeredAlias : byAlias;
  const keys = queryKeys(query);
  const byConstant = codes.filter((c) => c.constants?.some((key) => keys.has(key)));
  const code =
    byTitle ?? byFormerName ?? (alias.length === 1 ? alias[0] : undefined) ?? (byConstant.length === 1 ? byConstant[0] : undefined);
  if (code) return { kind: 'code', link: linkTo(code) };
  const phrased = pageByPhrase(query, pages);
  return phrased ? pageLink(phrased) : undefined;
}

/** The numbers close to an unmatched query, for the empty state: "4O4" or "50" suggest real codes. */
export function nearbyCodes(query: string, codes: readonly ShortcutCode[], limit = 5): ShortcutLink[] {
  // In a word that has a digit, letters that look like digits are the usual typo: "4O4", "5OO", "4l8".
  const word = query.split(/\s+/).find((w) => /\d/.test(w)) ?? '';
  const digits = word.replace(/o/gi, '0').replace(/[lI]/g, '1').replace(/\D/g, '').slice(0, 3);
  if (!digits) return [];
  const target = Number(digits.padEnd(3, '0'));
  return [...codes]
    .filter((c) => c.code >= 100)
    .sort((a, b) => Math.abs(a.code - target) - Math.abs(b.code - target) || a.code - b.code)
    .slice(0, limit)
    .map(linkTo);
}

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

export interface ShortcutLink {
  label: string;
  url: string;
}

export type Shortcut =
  | { kind: 'code'; link: ShortcutLink }
  | { kind: 'class'; link: ShortcutLink }
  | { kind: 'page'; link: ShortcutLink }
  | { kind: 'range'; links: ShortcutLink[] }
  | { kind: 'unassigned'; link: ShortcutLink; generic: ShortcutLink }
  | { kind: 'page'; link: ShortcutLink };

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

const linkTo = (c: ShortcutCode): ShortcutLink => ({ label: `${formatCode(c.code)} ${c.title}`, url: codePath(c.code) });

/** Registered codes before unofficial ones, then by number: which page wins a shared name. */
const preference = (a: ShortcutCode, b: ShortcutCode) => Number(a.unofficial) - Number(b.unofficial) || a.code - b.code;

export function resolveShortcut(query: string, codes: readonly ShortcutCode[]): Shortcut | undefined {
  const normalized = normalizeQuery(query.slice(0, 200));
  if (!normalized) return undefined;
  const words = normalized.split(' ');
  const byNumber = new Map(codes.map((c) => [c.code, c]));

  // "401 vs 403" and "which redirect should i use" open a comparison or the guide (before numbers).
  const page = guideShortcut(query);
  if (page) return { kind: 'page', link: page };

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
  const named =
    byTitle ?? byFormerName ?? (alias.length === 1 ? alias[0] : undefined) ?? (byConstant.length === 1 ? byConstant[0] : undefined);
  return named ? { kind: 'code', link: linkTo(named) } : undefined;
}

/** The numbers close to an unmatched query, for the empty state: "4O4" or "50" suggest real codes. */
export function nearbyCodes(query: string, codes: readonly ShortcutCode[], limit = 5): ShortcutLink[] {
  // In a word that has a digit, letters that look like digits are the usual typo: "4O4", "5OO", "4l8".
  const word = query.split(/\s+/).find((w) => /\d/.test(w)) ?? '';
  const digits = word.replace(/[oO]/g, '0').replace(/[lI]/g, '1').replace(/\D/g, '').slice(0, 3);
  if (!digits) return [];
  const target = Number(digits.padEnd(3, '0'));
  return [...codes]
    .filter((c) => c.code >= 100)
    .sort((a, b) => Math.abs(a.code - target) - Math.abs(b.code - target) || a.code - b.code)
    .slice(0, limit)
    .map(linkTo);
}

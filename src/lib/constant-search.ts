/**
 * Library constant names as search keys, so `StatusTooManyRequests`, `http.StatusTooManyRequests`,
 * `HTTP_422_UNPROCESSABLE_ENTITY` and `:unprocessable_entity` open their page. A key is the bare
 * name (what follows the last `.`, `::` or a leading `:`), lower case with everything but letters
 * and digits removed and a leading "Status" or "HTTP" word dropped: the same function turns a
 * typed query into a key, so names still match only whole. Keys go into the shortcut map that search loads on first use, so each code carries only
 * its own keys, each once.
 */
import type { LibraryConstants } from './library-constants';

/** Letters and digits of a name, lower case: "TOO_MANY_REQUESTS" and "TooManyRequests" both give "toomanyrequests". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The name without its qualifier: "http.StatusOK" gives "StatusOK", "StatusCode::OK" gives "OK", ":ok" gives "ok". */
export function bareName(name: string): string {
  const trimmed = name.trim().replace(/^['"]|['"]$/g, '');
  const last = trimmed.split(/\.|::/).at(-1) ?? trimmed;
  return last.replace(/^:/, '');
}

/**
 * The search key of a name: its bare name squashed, without the "Status" or "HTTP_" word some
 * libraries put before every name (Go's `StatusTooManyRequests`, ASP.NET Core's
 * `Status429TooManyRequests`, Symfony's `HTTP_TOO_MANY_REQUESTS`). Queries go through the same
 * function, so `StatusTooManyRequests` and `:too_many_requests` meet at one short key.
 */
export function constantKey(name: string): string {
  return squash(bareName(name)).replace(/^(?:status|http)+\d*/, '');
}

/**
 * Whether a query is typed like a constant: one token with a qualifier or symbol (`http.StatusOK`,
 * `:found`, `StatusCode::OK`), an underscore, camel case or all capitals. A plain word such as
 * "redirect" is left to the names and to Pagefind, even though .NET calls 302 `Redirect`.
 */
export function looksLikeConstant(text: string): boolean {
  if (/\s/.test(text)) return false;
  return /[._:]/.test(text) || /[a-z][A-Z]/.test(text) || /^[A-Z][A-Z0-9]+$/.test(text);
}

/** The search keys a typed query could match: its bare name and the whole query; none for plain words. */
export function queryKeys(query: string): Set<string> {
  const text = query.trim().slice(0, 200);
  if (!text || !looksLikeConstant(text)) return new Set();
  return new Set([constantKey(text), squash(text).replace(/^(?:status|http)+\d*/, '')].filter((key) => key.length > 0));
}

/**
 * code → the keys of every constant (current, deprecated, alias or removed) naming it, minus keys
 * the number path already answers ("HTTP_429_TOO_MANY_REQUESTS" has the number as its own word)
 * and minus reason phrases (those are titles or former names, matched already). A key two codes
 * share is dropped from both and named in `ambiguous`, so it can never open the wrong page.
 */
export function constantKeysByCode(libraries: readonly LibraryConstants[]): { keys: Map<number, string[]>; ambiguous: string[] } {
  const owners = new Map<string, Set<number>>();
  for (const { library, constants } of libraries) {
    if (library.kind === 'reason-phrase') continue;
    for (const constant of constants) {
      const bare = bareName(constant.name);
      const words = bare.toLowerCase().split(/[^a-z0-9]+/);
      if (words.includes(String(constant.code).padStart(3, '0'))) continue;
      const key = constantKey(constant.name);
      if (!key) continue;
      owners.set(key, (owners.get(key) ?? new Set()).add(constant.code));
    }
  }
  const keys = new Map<number, string[]>();
  const ambiguous: string[] = [];
  for (const [key, codes] of owners) {
    if (codes.size > 1) {
      ambiguous.push(key);
      continue;
    }
    const [code] = codes;
    keys.set(code!, [...(keys.get(code!) ?? []), key]);
  }
  for (const list of keys.values()) list.sort();
  return { keys, ambiguous: ambiguous.sort() };
}

/**
 * The comparison pages that exist, as their codes in ascending order. Small and free of page text,
 * so the search's exact-match step can ship it to the browser; `src/data/comparisons.ts` holds
 * each page's words, and a build check keeps the two lists identical.
 */
export const COMPARED_GROUPS: readonly (readonly number[])[] = [
  [200, 204],
  [301, 302],
  [301, 308],
  [302, 303, 307],
  [301, 302, 303, 307, 308],
  [400, 422],
  [401, 403],
  [401, 407],
  [403, 404],
  [404, 410],
  [408, 499, 504],
  [409, 412],
  [413, 414, 431],
  [429, 503],
  [500, 503],
  [502, 504],
  [502, 504, 522, 524],
];

/**
 * True for /compare/<slug>/ paths whose numbers are not in ascending order: they only lead to the
 * ascending one, so the sitemap leaves them out.
 */
export function isReorderedComparePath(path: string): boolean {
  const match = /^\/compare\/(\d{3}(?:-vs-\d{3})+)\/$/.exec(path);
  if (!match) return false;
  const numbers = match[1]!.split('-vs-').map(Number);
  return numbers.some((n, i) => i > 0 && n < numbers[i - 1]!);
}

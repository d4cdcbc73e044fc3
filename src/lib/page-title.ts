/**
 * Page titles that fit a search result. Search engines cut titles at roughly 60 to 70 characters,
 * and the HTML checks (html-validate's long-title rule) hold every page to 70.
 */
export const SITE_NAME = 'HTTP Status Reference';
export const TITLE_LIMIT = 70;

/** The first candidate that fits the limit, else the shortest one. Candidates go from fullest to barest. */
export function fitTitle(...candidates: string[]): string {
  return candidates.find((c) => c.length <= TITLE_LIMIT) ?? [...candidates].sort((a, b) => a.length - b.length)[0]!;
}

/** The <title> of a page: its own title with the site's name after it, when both fit. */
export function documentTitle(title: string): string {
  return fitTitle(`${title} · ${SITE_NAME}`, title);
}

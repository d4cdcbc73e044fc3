/**
 * The search box's own notice (src/components/search/SearchBox.astro), for site.ts and the search
 * panel alike: kept tiny, because site.ts loads on every page.
 */
/** When search cannot load, the plain form stays, keeps `?q=` in its field, and shows its notice. */
export function showSearchNotice(box: HTMLElement, query: string, text?: string): void {
  const field = box.querySelector('input');
  if (field && !field.value) field.value = query;
  const notice = box.querySelector<HTMLElement>('[data-search-notice]');
  if (!notice) return;
  if (text) notice.textContent = text;
  notice.hidden = false;
}

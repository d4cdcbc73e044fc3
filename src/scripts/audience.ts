/**
 * `?for=visitor` (or consumer, builder) moves that audience's causes and fixes to the front and
 * says so at the top. Without JavaScript the page keeps its usual order, which is just as complete.
 */
import { audienceFromSearch, audienceNotice, audienceOrder } from '../lib/audience';

export function applyAudience(): void {
  const audience = audienceFromSearch(window.location.search);
  const notice = document.querySelector<HTMLElement>('[data-audience-notice]');
  if (!audience || !notice) return;
  for (const group of document.querySelectorAll<HTMLElement>('[data-audience-blocks]')) {
    for (const name of audienceOrder(audience)) {
      const block = group.querySelector(`:scope > [data-audience="${name}"]`);
      if (block) group.append(block);
    }
  }
  const text = notice.querySelector('[data-audience-notice-text]');
  if (text) text.textContent = audienceNotice(audience);
  notice.hidden = false;
}

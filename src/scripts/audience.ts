/**
 * `?for=visitor` (or consumer, builder): global.css already shows the chosen audience's blocks
 * first, before the first paint. This moves them first in the document too, so screen readers and
 * the Tab key meet them in the order the page shows. Nothing on screen moves: the CSS order already
 * matches.
 */
import { audienceFromSearch, audienceOrder } from '../lib/audience';

export function applyAudience(): void {
  const audience = audienceFromSearch(window.location.search);
  if (!audience) return;
  for (const group of document.querySelectorAll<HTMLElement>('[data-audience-blocks]')) {
    for (const name of audienceOrder(audience)) {
      const block = group.querySelector(`:scope > [data-audience="${name}"]`);
      if (block) group.append(block);
    }
  }
}

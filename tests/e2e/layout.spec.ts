/**
 * Nothing moves after the first paint. Layout shift is measured, not timed: a PerformanceObserver
 * installed before the page's own scripts records every `layout-shift` entry from navigation until
 * the page has settled (loaded, no request for half a second, web fonts ready, two frames drawn),
 * and the score is their sum (input-driven shifts excluded, as CLS does). One page of each type, at
 * a phone width and a desktop width, in the light scheme: the dark scheme changes colour tokens
 * only, never sizes. Whether a page scrolls sideways at 320 px is checked on every page by the
 * sweep in a11y.spec.ts.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { PAGE_TYPES } from '../../tools/page-types.ts';

/** The cumulative layout shift of one fresh page, from navigation until it has settled. */
async function layoutShift(context: BrowserContext, path: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    return await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (window as unknown as { shifts: number[] }).shifts.reduce((sum, v) => sum + v, 0);
    });
  } finally {
    await page.close();
  }
}

// One test per width. Its pages load four at a time, each in a page of its own: the score counts
// distances, not time, so pages sharing the machine measure the same.
for (const width of [360, 1280]) {
  test(`nothing shifts after first paint at ${width} px: ${PAGE_TYPES.length} page types`, async ({ browser }) => {
    test.setTimeout(PAGE_TYPES.length * 10_000);
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: 'light' });
    const shifted: string[] = [];
    for (let start = 0; start < PAGE_TYPES.length; start += 4) {
      const paths = PAGE_TYPES.slice(start, start + 4);
      const scores = await Promise.all(paths.map((path) => layoutShift(context, path)));
      paths.forEach((path, i) => {
        if (scores[i]! >= 0.01) shifted.push(`${path}: ${scores[i]!.toFixed(4)}`);
      });
    }
    await context.close();
    expect(shifted).toEqual([]);
  });
}

/**
 * Nothing moves after the first paint, and nothing scrolls sideways on a small phone. Layout shift
 * is measured, not timed: a PerformanceObserver installed before the page's own scripts records
 * every `layout-shift` entry from navigation until one second after load, and the score is their
 * sum (input-driven shifts excluded, as CLS does). The 320 px walk over every page also collects
 * console errors.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { PAGE_TYPES } from '../../tools/page-types.ts';
import { sitemapPaths } from '../support/dist-files';
import { watchErrors } from './helpers';

/** The cumulative layout shift of one fresh page, from navigation until one second after load. */
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
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, v) => sum + v, 0));
  } finally {
    await page.close();
  }
}

// One test per width and scheme. Its pages load four at a time, each in a page of its own: the
// score counts distances, not time, so pages sharing the machine measure the same, and the
// one-second waits overlap instead of adding up.
for (const width of [360, 390, 412, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`nothing shifts after first paint at ${width} px, ${scheme}: ${PAGE_TYPES.length} page types`, async ({ browser }) => {
      test.setTimeout(PAGE_TYPES.length * 10_000);
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
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
}

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  const paths = [...sitemapPaths(), '/search/', '/471/', '/no-such-page/'];
  const BATCH = 12;
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`no sideways scrolling and no console error: ${batch[0]} to ${batch.at(-1)}`, async ({ page }) => {
      const errors = watchErrors(page);
      const wide: string[] = [];
      for (const path of batch) {
        await page.goto(path);
        const { scrollWidth, width } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
        }));
        if (scrollWidth !== width) wide.push(`${path}: ${scrollWidth} px wide in a ${width} px viewport`);
      }
      expect(wide).toEqual([]);
      // The not-found page's own 404 response is the one expected error; anything else is a bug.
      expect(errors.filter((e) => !e.includes('/no-such-page/: Failed to load resource'))).toEqual([]);
    });
  }
});

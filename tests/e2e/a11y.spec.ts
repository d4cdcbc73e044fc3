/**
 * Accessibility and fit, in two passes sized for a 2-core machine as the site grows:
 *
 * 1. Every page once (the sitemap, plus /search/, an unassigned number and the not-found page): at
 *    320 px in the light scheme, axe's WCAG 2.2 A and AA rules except the two colour rules, no
 *    sideways scrolling, and no console error. These are the checks whose outcome depends on a
 *    page's own content (link names, lists, scrollable regions, long words).
 * 2. One page of every page type (tools/page-types.ts), in both schemes, with every WCAG A and AA
 *    rule, colour contrast included. Contrast depends on the colour tokens and the kind of element,
 *    which a page type fixes; the schemes share one document and differ only in those tokens. That
 *    is why contrast runs per page type and not per page: it is half of axe's cost.
 *
 * Axe runs straight in the page and reports violations only (tests/e2e/axe.ts). Pages go in batches
 * that reuse one browser page; a slow batch still names its pages.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../tools/page-types.ts';
import { sweepPaths } from '../support/dist-files';
import { axeViolations, COLOUR_RULES } from './axe';
import { watchErrors } from './helpers';

const BATCH = 12;

test.describe('every page at 320 px, light', () => {
  test.use({ viewport: { width: 320, height: 640 }, colorScheme: 'light' });
  const paths = sweepPaths();
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`WCAG A and AA (colour rules aside), no sideways scroll, no console error: ${batch[0]} to ${batch.at(-1)}`, async ({ page }) => {
      test.setTimeout(batch.length * 10_000);
      const errors = watchErrors(page);
      const problems: string[] = [];
      for (const path of batch) {
        await page.goto(path);
        const { scrollWidth, width } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
        }));
        if (scrollWidth !== width) problems.push(`${path}: ${scrollWidth} px wide in a ${width} px viewport`);
        problems.push(...(await axeViolations(page, { without: COLOUR_RULES }, path)));
      }
      expect(problems).toEqual([]);
      // The not-found page's own 404 response is the one expected error; anything else is a bug.
      expect(errors.filter((e) => !/\/no-such-page\/: Failed to load resource/.test(e))).toEqual([]);
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`one page of each type, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    const half = Math.ceil(PAGE_TYPES.length / 2);
    for (const types of [PAGE_TYPES.slice(0, half), PAGE_TYPES.slice(half)]) {
      test(`every WCAG A and AA rule, contrast included: ${types[0]} to ${types.at(-1)}`, async ({ page }) => {
        test.setTimeout(types.length * 15_000);
        const problems: string[] = [];
        for (const path of types) {
          await page.goto(path);
          problems.push(...(await axeViolations(page, {}, path)));
        }
        expect(problems).toEqual([]);
      });
    }

    test('the search dialog, open with results', async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press('Control+k');
      await page.locator('pagefind-modal input').fill('gateway');
      await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeVisible();
      expect(await axeViolations(page, { include: 'pagefind-modal' }, 'dialog')).toEqual([]);
    });
  });
}

/**
 * An axe sweep (WCAG 2.2 A and AA rules) of every page in the sitemap, the search page, an
 * unassigned-number page and the not-found page, in light and in dark colour schemes. No rule is
 * disabled. Each page and scheme is its own test with the default per-test timeout, so a slow
 * machine shows which page was slow instead of one sweep running out of time.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './dist-files';

const paths = [...sitemapPaths(), '/search/', '/471/', '/no-such-page/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sweep covers every page type', () => {
  expect(paths.length).toBeGreaterThan(100);
  for (const path of ['/', '/407/', '/4xx/', '/senders/', '/api/', '/linking/']) expect(paths).toContain(path);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} has no WCAG A or AA violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const violations = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 2)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
        expect(violations).toEqual([]);
      });
    }

    test('the search dialog has no violations when open with results', async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press('Control+k');
      await page.locator('pagefind-modal input').fill('gateway');
      await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).include('pagefind-modal').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  });
}

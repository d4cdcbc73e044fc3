/**
 * An axe sweep (WCAG 2.2 A and AA rules) of every page in the sitemap, the search page, an
 * unassigned-number page and the not-found page. No rule is disabled. The light scheme runs every
 * rule; the dark scheme runs the rules whose outcome depends on colour (contrast, and links told
 * apart from text), because the two schemes share the same document and differ only in colour
 * tokens: running the other rules again would check the same markup twice. The open search dialog
 * gets every rule in both schemes. Pages go in small batches, one test per batch and scheme, with 15 s allowed per page:
 * a batch reuses one browser page, because axe's first run in a fresh page costs about twice a
 * warm one, and a slow machine still shows which batch was slow instead of one sweep timing out.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/dist-files';

const paths = [...sitemapPaths(), '/search/', '/471/', '/no-such-page/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCH = 8;

/**
 * Axe with the WCAG tags, run straight in the page ("legacy mode"). The default mode finishes every
 * run in a second, blank page, which doubles the cost on a small machine; the site has no iframes,
 * which is all the default mode adds.
 */
const axe = (page: Page) => new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);

/** The WCAG A and AA rules whose result changes with the colours: what the dark scheme can break. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const sweep = (page: Page, scheme: 'light' | 'dark') =>
  scheme === 'light' ? axe(page) : new AxeBuilder({ page }).withRules(COLOUR_RULES).setLegacyMode(true);

test('the sweep covers every page type', () => {
  expect(paths.length).toBeGreaterThan(100);
  for (const path of ['/', '/407/', '/4xx/', '/senders/', '/api/', '/linking/']) expect(paths).toContain(path);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (let start = 0; start < paths.length; start += BATCH) {
      const batch = paths.slice(start, start + BATCH);
      const what = scheme === 'light' ? 'no WCAG A or AA violations' : 'no colour contrast violations';
      test(`${what}: ${batch[0]} to ${batch.at(-1)}`, async ({ page }) => {
        test.setTimeout(batch.length * 15_000);
        const violations: string[] = [];
        for (const path of batch) {
          await page.goto(path);
          const results = await sweep(page, scheme).analyze();
          for (const v of results.violations) {
            violations.push(
              `${path} ${v.id} (${v.impact}): ${v.nodes
                .slice(0, 2)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
            );
          }
        }
        expect(violations).toEqual([]);
      });
    }

    test('the search dialog has no violations when open with results', async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press('Control+k');
      await page.locator('pagefind-modal input').fill('gateway');
      await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeVisible();
      const results = await axe(page).include('pagefind-modal').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  });
}

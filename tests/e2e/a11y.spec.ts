/**
 * An axe sweep (WCAG 2.2 A and AA rules) of every page in the sitemap and the 404 page, in light
 * and in dark colour schemes. No rule is disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './dist-files';

const paths = [...sitemapPaths(), '/no-such-page/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG A or AA violations on any page, ${scheme} scheme`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of results.violations) {
        violations.push(
          `${path} ${v.id} (${v.impact}): ${v.nodes
            .slice(0, 2)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
      }
    }
    expect(paths.length).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the search dialog has no violations when open with results, ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal input').fill('gateway');
    await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).include('pagefind-modal').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

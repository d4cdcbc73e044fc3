/**
 * The "In your code" section and the /constants/ matrix: what a reader sees. The byte budgets it
 * must keep (16 KiB a code page, 14 KiB its first window) are in tests/dist/budgets.test.ts.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const entryCount = readdirSync('content/codes').filter((f) => f.endsWith('.mdx')).length;

test('/429/#in-code shows the Go constant and a snippet that sets Retry-After', async ({ page }) => {
  await page.goto('/429/#in-code');
  const section = page.locator('#in-code');
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('In your code');
  const goRow = section.getByRole('row', { name: /Go net\/http/ });
  await expect(goRow).toContainText('http.StatusTooManyRequests');
  const goSnippet = section.locator('h4:has-text("Go net/http") + pre');
  await expect(goSnippet).toContainText('w.Header().Set("Retry-After", "120")');
  await expect(goSnippet).toContainText('http.Error(w, "Too Many Requests", http.StatusTooManyRequests)');
  await expect(section.locator('pre')).toHaveCount(5);
  for (const pre of await section.locator('pre').all()) await expect(pre).toContainText('Retry-After');
  await expect(section.getByRole('row', { name: /curl/ })).toContainText('--retry');
  // Jump links reach it.
  await expect(page.locator('nav[aria-label="On this page"] a[href="#in-code"]')).toHaveText('In your code');
});

test('a code nobody can send says so instead of showing snippets', async ({ page }) => {
  await page.goto('/499/');
  const section = page.locator('#in-code');
  await expect(section.locator('pre')).toHaveCount(0);
  await expect(section).toContainText('never goes on the wire');
  await page.goto('/444/');
  await expect(page.locator('#in-code pre')).toHaveText(/return 444;/);
});

test('/constants/ has a row for every entry, and is linked from the home page and the footer', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main a[href="/constants/"]')).toHaveCount(1);
  await expect(page.locator('footer a[href="/constants/"]')).toHaveCount(1);
  await page.goto('/constants/');
  const rows = page.locator('tbody tr[data-code]');
  await expect(rows).toHaveCount(entryCount);
  await expect(page.locator('tr[data-code="429"]')).toContainText('http.StatusTooManyRequests');
  await expect(page.locator('tr[data-code="422"]')).toContainText(':unprocessable_entity');
});

test('at 320 px the /constants/ table scrolls inside itself, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/constants/');
  const region = page.getByRole('region', { name: 'Constants by code and library' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const page_ = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  expect(page_.scroll).toBeLessThanOrEqual(page_.width);
  const inner = await region.evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
  expect(inner.scroll).toBeGreaterThan(inner.width);
  // Keyboard users can scroll it: focus it and press the arrow key.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

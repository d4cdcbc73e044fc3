import { expect, test, type Page } from '@playwright/test';

/** The titles of the search results shown for the current query, in order. */
async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('the header button opens search, and "407" finds the 407 page first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Search/ }).click();
  const input = page.locator('pagefind-modal input[type="search"]');
  await expect(input).toBeFocused();
  await input.fill('407');
  await expect.poll(() => resultLinks(page)).not.toEqual([]);
  expect((await resultLinks(page))[0]).toMatch(/^\/407\/$/);
});

test('Ctrl+K opens search with focus in the input, Escape closes it', async ({ page }) => {
  await page.goto('/401/');
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input[type="search"]');
  await expect(input).toBeFocused();
  const dialog = page.locator('pagefind-modal dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('search is not loaded until it is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/407/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('/search/?q= runs the query', async ({ page }) => {
  await page.goto('/search/?q=proxy%20authentication');
  await expect.poll(() => resultLinks(page)).toContain('/407/');
});

import { expect, test } from '@playwright/test';
import { CODE_PAGE_ANCHORS, CODE_PAGE_SECTIONS } from '../../src/lib/sections';

const SECTION_IDS = CODE_PAGE_ANCHORS;

test.describe('the 407 page', () => {
  test('has every section, in order, with real content', async ({ page }) => {
    await page.goto('/407/');
    await expect(page.locator('h1')).toHaveText('407 Proxy Authentication Required');
    const tops: number[] = [];
    for (const id of SECTION_IDS) {
      const section = page.locator(`[id="${id}"]`);
      await expect(section, `#${id}`).toHaveCount(1);
      const text = (await section.innerText()).trim();
      expect(text.length, `#${id} has real content`).toBeGreaterThan(60);
      tops.push(await section.evaluate((el) => el.getBoundingClientRect().top + window.scrollY));
    }
    const topLevel = CODE_PAGE_SECTIONS.map(({ id }) => tops[SECTION_IDS.indexOf(id)]!);
    expect(topLevel).toEqual([...topLevel].sort((a, b) => a - b));
  });

  test('gives three audiences in causes and in fixes', async ({ page }) => {
    await page.goto('/407/');
    for (const section of ['#causes', '#fixes']) {
      const blocks = page.locator(`${section} [data-audience]`);
      await expect(blocks).toHaveCount(3);
      for (const block of await blocks.all()) expect(await block.locator('li').count()).toBeGreaterThanOrEqual(2);
    }
  });

  test('compares 401 and 407 in a table', async ({ page }) => {
    await page.goto('/407/');
    const table = page.locator('#compare table');
    await expect(table.locator('thead')).toContainText('407 Proxy Authentication Required');
    await expect(table.locator('thead')).toContainText('401 Unauthorized');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    await expect(table.locator('tbody tr').first().locator('th')).toHaveText(/\?$/);
  });

  test('answers at least three questions', async ({ page }) => {
    await page.goto('/407/');
    expect(await page.locator('#faq [data-faq-item]').count()).toBeGreaterThanOrEqual(3);
  });

  test('shows the facts, the request path and a raw exchange', async ({ page }) => {
    await page.goto('/407/');
    await expect(page.getByRole('complementary', { name: 'Quick facts' })).toContainText('Proxy-Authenticate');
    const path = page.locator('[data-request-path]');
    await expect(path.locator('[data-state="sender"]')).toContainText('Forward proxy');
    await expect(path.locator('[data-state="beyond"]')).toHaveCount(3);
    await expect(page.locator('#behavior pre')).toContainText('HTTP/1.1 407 Proxy Authentication Required');
  });

  test('is readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/407/');
    await expect(page.locator('#meaning')).toContainText('proxy');
    await expect(page.locator('#fix-visitor li').first()).toBeVisible();
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await context.close();
  });

  test('fits a 320 px screen without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/407/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('copies its permanent URL', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/407/');
    await page.locator('[data-copy="link-url"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe('/407/');
    await context.close();
  });
});

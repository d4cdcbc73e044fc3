import { expect, test } from '@playwright/test';
import { codePathsFromIndex, watchErrors } from './helpers';

test('the index links to every code page, and each loads', async ({ page, request }) => {
  const paths = await codePathsFromIndex(page);
  expect(paths).toEqual(expect.arrayContaining(['/401/', '/407/']));
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(`<h1`);
  }
});

test('the 4xx page explains the class and lists 401 and 407', async ({ page }) => {
  await page.goto('/4xx/');
  await expect(page.locator('h1')).toHaveText('4xx Client Error');
  await expect(page.locator('main')).toContainText('RFC 9110, section 15.5');
  await expect(page.locator('main a[href="/401/"]')).toBeVisible();
  await expect(page.locator('main a[href="/407/"]')).toBeVisible();
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/471/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page does not exist');
  await expect(page.locator('[data-number-hint]')).toContainText('treat an unrecognised code as 400');
  await expect(page.locator('[data-number-hint] a[href="/4xx/"]')).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
});

test('the theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/407/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.goto('/401/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
});

test('dark mode follows the operating system without a stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/407/');
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(16, 19, 25)');
});

test('no page logs a console error', async ({ page }) => {
  const errors = watchErrors(page);
  const paths = await codePathsFromIndex(page);
  for (const path of ['/', '/1xx/', '/2xx/', '/3xx/', '/4xx/', '/5xx/', '/search/', '/no-such-page/', ...paths]) {
    await page.goto(path);
  }
  // The 404 page's own response is the one expected error; anything else is a bug.
  expect(errors.filter((e) => !e.includes('/no-such-page/: Failed to load resource'))).toEqual([]);
});

test('every code page renders every section with its permanent id', async ({ page, request }) => {
  const ids = ['meaning', 'behavior', 'causes', 'causes-builder', 'causes-consumer', 'causes-visitor', 'fixes', 'fix-builder', 'fix-consumer', 'fix-visitor', 'compare', 'examples', 'seo', 'faq', 'fun-fact'];
  const paths = await codePathsFromIndex(page);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const missing = ids.filter((id) => !html.includes(` id="${id}"`));
    expect(missing, `${path} is missing sections`).toEqual([]);
  }
});

test('the index and class pages say which registry state they were checked against', async ({ page }) => {
  for (const path of ['/', '/5xx/']) {
    await page.goto(path);
    await expect(page.locator('[data-registry-note]')).toContainText('IANA registry of 2025-09-15');
  }
});

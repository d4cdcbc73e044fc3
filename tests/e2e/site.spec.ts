import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CODE_PAGE_ANCHORS } from '../../src/lib/sections';
import { numbersWithSeveralMeanings } from '../support/vendor-list';
import { codePathsFromIndex } from './helpers';

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
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page does not exist');
  await expect(page.locator('[data-number-hint]')).toBeHidden();
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.locator('main a[href="/4xx/"]')).toBeVisible();
});

test('the 404 page explains a number outside 100 to 599', async ({ page }) => {
  const response = await page.goto('/650/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-number-hint]')).toContainText('650 is not an HTTP status code');
});

test('the 404 Not Found code page is a normal code page, not the error page', async ({ page }) => {
  const response = await page.goto('/404/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('404 Not Found');
});

test('the theme switch cycles system, light and dark, remembers the choice, and can follow the system again', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/407/');
  const toggle = page.locator('[data-theme-toggle]');
  const html = page.locator('html');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const stored = () => page.evaluate(() => localStorage.getItem('theme'));
  await expect(toggle).toHaveAccessibleName('Theme: follows the system. Switch to light');
  const light = await background();
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAccessibleName('Theme: light. Switch to dark');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  expect(await stored()).toBe('dark');
  await page.goto('/401/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName('Theme: dark. Switch to follows the system');
  await toggle.click();
  await expect(html).not.toHaveAttribute('data-theme', /.*/);
  expect(await stored()).toBeNull();
  expect(await background()).toBe(light);
});

test('dark mode follows the operating system without a stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/407/');
  await expect(page.locator('[data-theme-toggle]')).toHaveAccessibleName(/^Theme: follows the system/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // The dark value of the page colour token in global.css, as the browser reports it.
  const token = /--color-page: light-dark\(#\w+, #(\w{2})(\w{2})(\w{2})\)/.exec(readFileSync('src/styles/global.css', 'utf8'))!;
  const [r, g, b] = token.slice(1).map((hex) => parseInt(hex, 16));
  expect(background).toBe(`rgb(${r}, ${g}, ${b})`);
});

test('every code page renders every section with its permanent id', async ({ page, request }) => {
  const ids = CODE_PAGE_ANCHORS;
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

test('numbers with several meanings show them all, each with its sender', async ({ page }) => {
  for (const code of numbersWithSeveralMeanings()) {
    await page.goto(`/${code}/`);
    const section = page.locator('#other-meanings');
    await expect(section, code).toBeVisible();
    await expect(section.locator('li').first(), code).toContainText('sent by');
  }
});

test('unofficial codes say who sends them and what reaches the client', async ({ page }) => {
  await page.goto('/522/');
  await expect(page.locator('[data-registry="unofficial"]').first()).toHaveText('Unofficial: sent by Cloudflare');
  await page.goto('/499/');
  await expect(page.locator('[data-request-path] figcaption')).toContainText('exists only in the server');
  await page.goto('/444/');
  await expect(page.locator('[data-request-path] [data-state="sender"]')).toContainText('closes the connection');
  await page.goto('/000/');
  await expect(page.locator('h1')).toHaveText('000 No Response');
  await expect(page.locator('[data-registry="unofficial"]').first()).toContainText('Not a status code');
});

test('the index and class pages list unofficial numbers apart from registered ones', async ({ page }) => {
  for (const path of ['/', '/5xx/']) {
    await page.goto(path);
    const unofficial = page.locator('[data-unofficial-list]');
    await expect(unofficial.first()).toBeVisible();
    await expect(unofficial.locator('li[data-registry="assigned"]')).toHaveCount(0);
  }
  await page.goto('/5xx/');
  await expect(page.locator('[data-unofficial-list] a[href="/522/"]')).toBeVisible();
});

test('the senders page groups unofficial codes and says how to recognise each sender', async ({ page }) => {
  await page.goto('/senders/');
  for (const id of ['nginx', 'cloudflare', 'aws', 'microsoft', 'laravel', 'shopify', 'esri', 'others']) {
    await expect(page.locator(`section#${id}`), id).toContainText('How to recognise it');
  }
  await expect(page.locator('#cloudflare a[href="/522/"]')).toBeVisible();
  await expect(page.locator('#rarely-seen')).toContainText('LinkedIn');
});

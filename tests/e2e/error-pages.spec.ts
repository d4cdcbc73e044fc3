/**
 * The kit pages in a browser. Each language is one test: every page of the nginx kit (the pages are
 * the same in every kit) is set into one browser page with page.setContent(), no navigation, and
 * axe checks WCAG 2.2 A and AA in the light scheme and the colour rules in the dark one. The inline
 * style's CSP hash is checked by serving a page with that policy, and the hub by one real visit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { styleHash } from '../../src/lib/error-pages/page';
import { DIST } from '../support/dist-files';
import { readZip } from '../support/unzip';
import { axeViolations, COLOUR_RULES } from './axe';

const LANGUAGES = ['', 'de/', 'fr/', 'es/', 'pt/', 'ja/'];

const htmlOf = (kit: string) =>
  readZip(readFileSync(join(DIST, 'error-pages', `${kit}.zip`)))
    .filter((entry) => entry.path.endsWith('.html'))
    .map((entry) => ({ path: entry.path, html: entry.data!.toString('utf8') }));
const pages = htmlOf('nginx');
/** The variants with a platform's tokens: Cloudflare's Error Pages and Vercel's 5xx pages. */
const variants = [...htmlOf('cloudflare'), ...htmlOf('vercel')].filter((p) => /^error-pages\/(cloudflare|vercel)\//.test(p.path));

const violations = (page: Page, rules: 'all' | 'colour') => axeViolations(page, rules === 'all' ? {} : { only: COLOUR_RULES });

for (const language of LANGUAGES) {
  test(`the ${language ? language.slice(0, 2) : 'en'} kit pages pass axe (WCAG 2.2 A and AA) in light and dark`, async ({ page }) => {
    const inLanguage = (p: { path: string }) =>
      p.path.replace(/^error-pages\/((cloudflare|vercel)\/)?/, '').replace(/[^/]+$/, '') === language;
    const own = [...pages.filter(inLanguage), ...variants.filter(inLanguage)];
    expect(own).toHaveLength(18 + 4 + 6);
    test.setTimeout(own.length * 8_000);
    const found: string[] = [];
    for (const { path, html } of own) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setContent(html);
        for (const violation of await violations(page, scheme === 'light' ? 'all' : 'colour'))
          found.push(`${path} ${scheme}: ${violation}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('the inline style applies under a policy that allows only its hash', async ({ page }) => {
  const html = pages.find((p) => p.path === 'error-pages/404.html')!.html;
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') blocked.push(message.text());
  });
  // A made-up origin answered here, so the page can carry a real Content-Security-Policy header.
  await page.route('http://kit.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': `default-src 'none'; style-src ${styleHash()}` },
      body: html,
    }),
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('http://kit.test/404.html');
  // Both come only from the style: without it, max-width is "none" and the background transparent.
  const styles = await page
    .locator('.ep-main')
    .evaluate((el) => ({ maxWidth: getComputedStyle(el).maxWidth, background: getComputedStyle(document.body).backgroundColor }));
  expect(styles).toEqual({ maxWidth: '576px', background: 'rgb(255, 255, 255)' });
  expect(blocked).toEqual([]);
});

test('the hub previews every page in both schemes and offers each kit', async ({ page, request }) => {
  await page.goto('/error-pages/');
  await expect(page.locator('.ep.ep-light')).toHaveCount(18);
  await expect(page.locator('.ep.ep-dark')).toHaveCount(18);
  const dark = await page
    .locator('.ep.ep-dark')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await page
    .locator('.ep.ep-light')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(dark).not.toBe(light);
  const zips = await page.locator('a[href$=".zip"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(zips.length).toBeGreaterThanOrEqual(5);
  for (const zip of zips) {
    const response = await request.get(zip);
    expect(response.status(), zip).toBe(200);
    expect((await response.body()).subarray(0, 4).toString('hex'), zip).toBe('504b0304');
  }
  expect(await violations(page, 'all')).toEqual([]);
});

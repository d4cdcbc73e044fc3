/**
 * /diagnose/ in the browser: pasted corpus texts give the right #diagnosis attributes, nothing
 * pasted leaves the page, secrets are masked, oversized input is refused, and the page works as a
 * static guide without JavaScript.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageWeight } from '../../tools/page-weight.ts';
import { CORPUS } from '../fixtures/diagnose/expectations';
import { DIST } from '../support/dist-files';
import { watchErrors } from './helpers';

const KIB = 1024;
const read = (file: string) => readFileSync(`tests/fixtures/diagnose/${file}`, 'utf8');
const row = (file: string) => CORPUS.find((c) => c.file === file)!;

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#diagnose-input').fill(text);
  await page.getByRole('button', { name: 'Diagnose' }).click();
}

const SAMPLES = [
  'cloudflare-522-curl-i.txt',
  'cloudfront-502.txt',
  'squid-407.txt',
  'laravel-419.txt',
  'nginx-444-curl-52.txt',
  'cloudflare-524-devtools.txt',
  'apache-405-no-allow.txt',
  'bare-471.txt',
];

// Several pastes per test on a shared, busy machine: allow more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('pasted responses give the code and the sender in #diagnosis', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/diagnose/');
  const output = page.locator('#diagnosis');
  await expect(output).toHaveAttribute('data-code', '');
  for (const file of SAMPLES) {
    const expected = row(file);
    await paste(page, read(file));
    await expect(output, file).toHaveAttribute('data-code', String(expected.code).padStart(3, '0'));
    await expect(output, file).toHaveAttribute('data-sender', expected.sender);
    for (const rule of expected.violations ?? []) await expect(output.locator(`[data-rule="${rule}"]`), file).toHaveCount(1);
  }
  // The unknown number links to its own page.
  await expect(output.getByRole('link', { name: '471 Unassigned' })).toHaveAttribute('href', '/471/');
  expect(errors).toEqual([]);
});

test('nothing pasted leaves the page: only the tool and its data load, once', async ({ page, baseURL }) => {
  await page.goto('/diagnose/');
  await page.waitForLoadState('networkidle');
  const requests: { url: string; method: string; body: string | null }[] = [];
  page.on('request', (r) => {
    // The browser fetches the tab icon on its own schedule, sometimes late on a busy machine.
    if (new URL(r.url()).pathname !== '/favicon.svg') requests.push({ url: r.url(), method: r.method(), body: r.postData() });
  });

  await paste(page, read('laravel-419.txt'));
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '419');
  const afterFirst = requests.length;
  for (const file of ['devtools-chrome-401.txt', 'alb-504-stickiness-cookies.txt', 'cloudflare-522-curl-i.txt']) {
    await paste(page, read(file));
    await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', String(row(file).code).padStart(3, '0'));
  }
  await page.waitForLoadState('networkidle');

  // Later diagnoses make no request at all.
  expect(requests.map((r) => r.url).slice(afterFirst)).toEqual([]);
  // The first one fetched only our own script chunk and the code data: same origin, GET, no query.
  const origin = new URL(baseURL!).origin;
  for (const r of requests) {
    const url = new URL(r.url);
    expect(url.origin, r.url).toBe(origin);
    expect(r.method, r.url).toBe('GET');
    expect(url.search, r.url).toBe('');
    expect(r.body, r.url).toBeNull();
    expect(url.pathname, r.url).toMatch(/^\/(_astro\/[\w.-]+\.js|diagnose-facts\.json)$/);
  }
  expect(requests.map((r) => new URL(r.url).pathname)).toContain('/diagnose-facts.json');
  // The page address never gains the pasted text.
  expect(page.url()).toBe(`${origin}/diagnose/`);
});

test('credentials and cookie values are masked in everything shown back', async ({ page }) => {
  await page.goto('/diagnose/');
  for (const file of ['laravel-419.txt', 'devtools-chrome-401.txt', 'alb-504-stickiness-cookies.txt']) {
    await paste(page, read(file));
    const output = page.locator('#diagnosis');
    await expect(output).toHaveAttribute('data-code', String(row(file).code).padStart(3, '0'));
    await output.locator('details summary').click();
    const shown = (await output.innerText()) + (await output.innerHTML());
    for (const secret of row(file).secrets ?? []) expect(shown, file).not.toContain(secret);
    expect(shown, file).toContain('[hidden]');
  }
  // The share link carries no cookie or credential.
  await paste(page, read('laravel-419.txt'));
  const share = await page.locator('#diagnosis').getByRole('link', { name: 'Link to this diagnosis' }).getAttribute('href');
  expect(decodeURIComponent(share ?? '')).not.toMatch(/cookie|XSRF|laravel_session|eyJ/i);
});

test('a share link diagnoses the shared lines', async ({ page }) => {
  await page.goto(`/diagnose/#r=${encodeURIComponent('HTTP/2 522\ncf-ray: 8e4f1c2a9b7d3e10-FRA')}`);
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '522');
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-sender', 'Cloudflare');
});

test('more than 64 KiB is refused with a message, and bad input is named', async ({ page }) => {
  await page.goto('/diagnose/');
  const field = page.locator('#diagnose-input');
  await expect(field).toHaveAttribute('maxlength', String(64 * KIB + 1));
  const output = page.locator('#diagnosis');
  // A 5 MB paste through the real clipboard and Ctrl+V: refused before the browser would cut it
  // short at maxlength (a synthetic paste event would insert nothing, so it could not tell).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), `HTTP/1.1 200 OK\n${'x-filler: 0123456789\n'.repeat(250_000)}`);
  await field.focus();
  await page.keyboard.press('Control+V');
  await expect(output).toHaveAttribute('data-problem', 'too-large');
  await expect(output).toContainText('64 KiB');
  expect(await field.inputValue()).toBe('');

  await paste(page, '');
  await expect(output).toHaveAttribute('data-problem', 'empty');
  await paste(page, 'content-type: text/html\nx-frame-options: DENY');
  await expect(output).toHaveAttribute('data-problem', 'no-status');
  await expect(output).toHaveAttribute('data-code', '');
});

test('fits a 320 px screen without sideways scrolling, with a long diagnosis shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/diagnose/');
  await paste(page, read('cloudfront-502.txt'));
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '502');
  await page.locator('#diagnosis details summary').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // A long unbroken value in a finding wraps too.
  await paste(page, `HTTP/1.1 503 Service Unavailable\nRetry-After: ${'x'.repeat(300)}`);
  await expect(page.locator('#diagnosis [data-rule="retry-after-syntax"]')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG A or AA violations with a diagnosis and an error shown, ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/diagnose/');
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    for (const text of [read('php-204-with-body.txt'), 'no status here']) {
      await paste(page, text);
      await expect(page.locator('#diagnosis > *')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });
}

test('the keyboard reaches the field and the button, with focus visible', async ({ page }) => {
  await page.goto('/diagnose/');
  await page.locator('#diagnose-input').focus();
  await page.keyboard.type('HTTP/1.1 405 Method Not Allowed');
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: 'Diagnose' });
  await expect(button).toBeFocused();
  // A visible focus ring: a solid outline at least 2 px wide, in a colour that is not transparent.
  const ring = await button.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.colour).not.toMatch(/rgba\(.*,\s*0\)|transparent/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '405');
  await expect(page.locator('#diagnosis [data-rule="required-header:allow"]')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page is a guide to reading a response that links the senders', async ({ page }) => {
    await page.goto('/diagnose/');
    await expect(page.getByRole('heading', { name: 'Reading a response by hand' })).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: 'by sender' })).toHaveAttribute('href', '/senders/');
    for (const header of ['cf-ray', 'x-amz-cf-id', 'x-squid-error']) await expect(page.locator('main')).toContainText(header);
  });
});

test('stays well inside the byte budget of a non-code page', () => {
  const weight = pageWeight(DIST, `${DIST}/diagnose/index.html`);
  expect(weight.total).toBeLessThanOrEqual(14 * KIB);
  // The diagnosis code itself is not eager: only the small loader is.
  expect(weight.scripts.some((s) => s.includes('diagnose-ui'))).toBe(false);
});

/**
 * /diagnose/ in the browser: corpus pastes give the right #diagnosis contract (data-code,
 * data-sender, data-page), nothing pasted leaves the page, secrets are masked, a share link (at load
 * and on a fragment change) gives the same diagnosis, oversized input is refused and a CRLF paste is
 * counted as the field holds it, the live region says one sentence, and the page works as a static
 * guide without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { pageWeight } from '../../tools/page-weight.ts';
import { CORPUS, readPaste } from '../support/diagnose-corpus';
import { DIST } from '../support/dist-files';
import { watchErrors } from './helpers';

const KIB = 1024;
const row = (file: string) => {
  const found = CORPUS.find((c) => c.file === file);
  if (!found) throw new Error(`${file} is not in the corpus`);
  return found;
};

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#diagnose-input').fill(text);
  await page.getByRole('button', { name: 'Diagnose' }).click();
}

async function expectContract(page: Page, file: string): Promise<void> {
  const expected = row(file);
  const output = page.locator('#diagnosis');
  await expect(output, file).toHaveAttribute('data-code', expected.code);
  await expect(output, file).toHaveAttribute('data-sender', expected.sender);
  await expect(output, file).toHaveAttribute('data-page', expected.page);
}

/**
 * One paste from each of five families, each leading to a different kind of first page: a
 * Cloudflare 1xxx page, an IIS sub-status page, a browser or curl error page, a status page, and a
 * sender's card when the paste names no status.
 */
const FAMILIES = [
  'v2/cloudflare-403-1020-plain-curl-i.txt',
  'v2/iis-500.19-0x8007000d-detailed-text.txt',
  'v2/chrome-connection-refused-page-text.txt',
  'v2/nginx-444-access-log.txt',
  'v2/firebase-hosting-site-not-found-page-text.txt',
];

const SAMPLES = [
  'cloudflare-522-curl-i.txt',
  'cloudfront-502.txt',
  'squid-407.txt',
  'laravel-419.txt',
  'cloudflare-524-devtools.txt',
  'apache-405-no-allow.txt',
  'bare-471.txt',
];

// Several pastes per test on a shared, busy machine: allow more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('pastes from five families give the code, the sender and the first page in #diagnosis, and link that page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/diagnose/');
  const output = page.locator('#diagnosis');
  await expect(output).toHaveAttribute('data-code', '');
  await expect(output).toHaveAttribute('data-page', '');
  for (const file of FAMILIES) {
    await paste(page, readPaste(file));
    await expectContract(page, file);
    // The page to read first is linked in the result.
    await expect(output.locator(`a[href="${row(file).page}"]`).first(), file).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('the first corpus gives its codes, senders and rule findings', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/diagnose/');
  const output = page.locator('#diagnosis');
  for (const file of SAMPLES) {
    await paste(page, readPaste(file));
    await expectContract(page, file);
    for (const rule of row(file).violations ?? []) await expect(output.locator(`[data-rule="${rule}"]`), file).toHaveCount(1);
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

  await paste(page, readPaste('laravel-419.txt'));
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '419');
  const afterFirst = requests.length;
  for (const file of [
    'devtools-chrome-401.txt',
    'alb-504-stickiness-cookies.txt',
    'v2/cloudflare-403-1020-plain-curl-i.txt',
    'v2/curl-7-connection-refused.txt',
  ]) {
    await paste(page, readPaste(file));
    await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', row(file).code);
  }
  await page.waitForLoadState('networkidle');

  // Later diagnoses make no request at all.
  expect(requests.map((r) => r.url).slice(afterFirst)).toEqual([]);
  // The first one fetched only our own script chunks and the data: same origin, GET, no query.
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

test('credentials, cookie values and addresses are masked in everything shown and shared', async ({ page }) => {
  await page.goto('/diagnose/');
  const output = page.locator('#diagnosis');
  for (const file of [
    'laravel-419.txt',
    'devtools-chrome-401.txt',
    'alb-504-stickiness-cookies.txt',
    'v2/review-empty-header-value-then-set-cookie.txt',
  ]) {
    const expected = row(file);
    await paste(page, readPaste(file));
    await expect(output).toHaveAttribute('data-code', expected.code);
    await output.locator('details summary').click();
    const shown = (await output.innerText()) + (await output.innerHTML());
    const share = decodeURIComponent((await output.getByRole('link', { name: 'Link to this diagnosis' }).getAttribute('href')) ?? '');
    for (const secret of expected.secrets) {
      expect(shown, file).not.toContain(secret);
      expect(share, file).not.toContain(secret);
    }
    expect(shown, file).toContain('[hidden]');
    expect(share, file).not.toMatch(/eyJ/);
  }
});

test('a share link gives the same diagnosis, at load and when the fragment changes', async ({ page }) => {
  await page.goto('/diagnose/');
  await paste(page, readPaste('v2/haproxy-503-no-server-curl-v.txt'));
  await expectContract(page, 'v2/haproxy-503-no-server-curl-v.txt');
  const href = await page.locator('#diagnosis').getByRole('link', { name: 'Link to this diagnosis' }).getAttribute('href');
  expect(href).toMatch(/^\/diagnose\/#r=/);

  await page.goto('/');
  await page.goto(href!);
  await expectContract(page, 'v2/haproxy-503-no-server-curl-v.txt');

  // Following another share link on the same page (only the fragment changes) diagnoses it too.
  await page.evaluate(() => (window.location.hash = `#r=${encodeURIComponent('HTTP/2 522\ncf-ray: 8e4f1c2a9b7d3e10-FRA')}`));
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '522');
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-sender', 'Cloudflare');
  await expect(page.locator('#diagnose-input')).toHaveValue('HTTP/2 522\ncf-ray: 8e4f1c2a9b7d3e10-FRA');
});

test('the live region says one short sentence, not the whole result', async ({ page }) => {
  await page.goto('/diagnose/');
  await expect(page.locator('#diagnosis')).toHaveAttribute('aria-live', 'off');
  const status = page.locator('#diagnosis-status');
  await expect(status).toHaveAttribute('role', 'status');
  await paste(page, readPaste('cloudflare-522-curl-i.txt'));
  await expect(status).toHaveText('522 Connection Timed Out, most likely from Cloudflare. Read first: /522/');
});

test('a diagnosis with no response speaks of no headers and no rules', async ({ page }) => {
  await page.goto('/diagnose/');
  await paste(page, readPaste('v2/review-connect-200-then-curl-35.txt'));
  const output = page.locator('#diagnosis');
  await expect(output).toHaveAttribute('data-code', '000');
  await expect(output.getByRole('heading', { name: 'Rules' })).toHaveCount(0);
  await expect(output.locator('details')).toHaveCount(0);
  await expect(output).not.toContainText('header');
});

test('more than 64 KiB is refused with a message; a CRLF paste is counted as the field holds it', async ({ page }) => {
  await page.goto('/diagnose/');
  const field = page.locator('#diagnose-input');
  await expect(field).toHaveAttribute('maxlength', String(64 * KIB + 1));
  const output = page.locator('#diagnosis');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  // 406 log lines: 65,772 characters with the clipboard's CRLF, 65,366 as the field holds them.
  // Through the real clipboard and Ctrl+V, it must be taken whole, not refused or cut short.
  const crlf = readPaste('v2/review-nginx-499-log-crlf-64kib.txt');
  expect(crlf.length).toBeGreaterThan(64 * KIB);
  await page.evaluate((text) => navigator.clipboard.writeText(text), crlf);
  await field.focus();
  await page.keyboard.press('Control+V');
  await expectContract(page, 'v2/review-nginx-499-log-crlf-64kib.txt');
  expect(await field.inputValue()).toBe(crlf.replace(/\r\n/g, '\n'));

  // A 5 MB paste: refused before the browser would cut it short at maxlength (a synthetic paste
  // event would insert nothing, so it could not tell).
  await field.fill('');
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

test('65,000 spaces stay fast, pasted or through a share link', async ({ page }) => {
  await page.goto('/diagnose/');
  for (const file of ['v2/review-via-65000-spaces.txt', 'v2/review-bare-number-after-65000-spaces.txt']) {
    const started = Date.now();
    await paste(page, readPaste(file));
    await expectContract(page, file);
    // Generous on a shared machine; the quadratic patterns this guards against took seconds.
    expect(Date.now() - started, file).toBeLessThan(3000);
  }
  const started = Date.now();
  await page.goto(`/diagnose/#r=${encodeURIComponent(readPaste('v2/review-bare-number-after-65000-spaces.txt'))}`);
  await expect(page.locator('#diagnosis')).toHaveAttribute('data-code', '502');
  expect(Date.now() - started).toBeLessThan(5000);
});

test('fits a 320 px screen without sideways scrolling, with a long diagnosis shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/diagnose/');
  await paste(page, readPaste('cloudfront-502.txt'));
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
    for (const text of [readPaste('php-204-with-body.txt'), 'no status here']) {
      await paste(page, text);
      await expect(page.locator('#diagnosis > *')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}

test('the keyboard reaches the field and the button, with focus visible', async ({ page }) => {
  await page.goto('/diagnose/');
  await page.locator('#diagnose-input').focus();
  await page.keyboard.type('HTTP/1.1 405 Method Not Allowed\nContent-Type: text/html');
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
    await expect(page.locator('main').getByRole('link', { name: 'Amazon CloudFront' })).toHaveAttribute(
      'href',
      '/senders/#sender-cloudfront',
    );
    for (const header of ['cf-ray', 'x-amz-cf-id', 'X-Squid-Error']) await expect(page.locator('main')).toContainText(header);
  });
});

test('stays well inside the byte budget of a non-code page', () => {
  const weight = pageWeight(DIST, `${DIST}/diagnose/index.html`);
  expect(weight.total).toBeLessThanOrEqual(14 * KIB);
  // The diagnosis code itself is not eager: only the small loader is.
  expect(weight.scripts.some((s) => s.includes('diagnose-ui'))).toBe(false);
});

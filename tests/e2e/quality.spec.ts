/** Privacy, security headers, keyboard focus and print styles of the built site, in the browser. */
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/lib/security-headers';
import { DIST, read } from '../support/dist-files';

test('no request leaves the site, on any kind of page or while searching', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  for (const path of ['/', '/4xx/', '/407/', '/522/', '/471/', '/senders/', '/api/', '/linking/', '/no-such-page/', '/search/?q=gateway']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/407/');
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal input').fill('proxy');
  await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('pages are served with the security headers from _headers', async ({ request }) => {
  for (const path of ['/', '/407/', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    // Search runs on the main thread, so no worker source is allowed at all (default-src covers it).
    expect(csp, path).toBe(contentSecurityPolicy());
    expect(csp, path).not.toMatch(/worker-src|blob:/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
  const asset = read(`${DIST}/index.html`).match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
  expect((await request.get(asset)).headers()['cache-control']).toContain('immutable');
});

test('every control on a code page is reachable by keyboard and visibly focused', async ({ page }) => {
  await page.goto('/407/');
  // Number every control inside <main> that Tab should reach (visible, not disabled, not tabindex -1).
  const inMain = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('main :is(a[href], button, input, select, textarea, [tabindex])')].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    );
    controls.forEach((el, i) => (el.dataset['kbControl'] = String(i)));
    return controls.map((el) => `${el.tagName} ${el.getAttribute('href') ?? el.textContent?.trim().slice(0, 30)}`);
  });
  expect(inMain.length).toBeGreaterThan(20);
  const reached = new Set<string>();
  const labels: string[] = [];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Tab has come round to an element it already visited: the whole page has been walked.
      if (el.dataset['tabSeen']) return { done: true, control: '', label: '', outlined: true };
      el.dataset['tabSeen'] = 'yes';
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const label = `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.trim().slice(0, 40)} ${el.getAttribute('aria-label') ?? ''}`;
      return { done: false, control: el.dataset['kbControl'] ?? '', label, outlined };
    });
    if (!focus || focus.done) break;
    expect(focus.outlined, `${focus.label} has no visible focus outline`).toBe(true);
    if (focus.control) reached.add(focus.control);
    labels.push(focus.label);
  }
  // The header and footer controls, and every control inside <main>, one by one.
  for (const control of ['Skip to content', 'Search', 'Theme', 'Copy']) expect(labels.join('\n')).toContain(control);
  const missed = inMain.filter((_, i) => !reached.has(String(i)));
  expect(missed).toEqual([]);
});

test('a code page prints without site chrome and with link targets written out', async ({ page }) => {
  await page.goto('/407/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-site-header]')).toBeHidden();
  await expect(page.locator('[data-site-footer]')).toBeHidden();
  await expect(page.locator('section[aria-labelledby="link-title"]')).toBeHidden();
  const after = await page
    .locator('#behavior a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8');
});

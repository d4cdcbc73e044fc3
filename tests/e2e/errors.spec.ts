/**
 * The browser and curl error pages in the built site: every cell of the /errors/ table leads to a
 * page or an anchor that exists, an anchor lands on its explanation, search opens a page by a
 * pasted name, ?for= works as on code pages, and the status pages link their failures. Few page
 * loads: target pages are fetched as HTML, not opened.
 */
import { expect, test } from '@playwright/test';

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

test('every cell of the /errors/ table links to a page or an anchor that exists', async ({ page, request }) => {
  await page.goto('/errors/');
  const table = page.locator('[data-errors-table]');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(11);
  // Every cell holds at least one link.
  const emptyCells = await table
    .locator('tbody td, tbody th')
    .evaluateAll((cells) => cells.filter((c) => !c.querySelector('a[href]')).length);
  expect(emptyCells).toBe(0);
  const hrefs = await table.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const byPage = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const [path, anchor] = href.split('#');
    if (!byPage.has(path!)) byPage.set(path!, new Set());
    if (anchor) byPage.get(path!)!.add(anchor);
  }
  expect([...byPage.keys()].filter((p) => p.startsWith('/errors/'))).toHaveLength(11);
  for (const [path, anchors] of byPage) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const ids = idsOf(await response.text());
    const missing = [...anchors].filter((a) => !ids.has(a));
    expect(missing, path).toEqual([]);
  }
});

test('a Chrome name in the table lands on its case: what it means and the fix', async ({ page }) => {
  await page.goto('/errors/');
  await page.locator('[data-error-row="certificate-invalid"] a[href$="#err_cert_date_invalid"]').click();
  await expect(page).toHaveURL(/\/errors\/certificate-invalid\/#err_cert_date_invalid$/);
  const section = page.locator('section#err_cert_date_invalid');
  await expect(section).toBeInViewport();
  await expect(section).toContainText('Fix:');
  await expect(section.locator('#sec_error_expired_certificate')).toContainText('SEC_ERROR_EXPIRED_CERTIFICATE');
});

test('search opens a failure by a pasted name, with Enter', async ({ page }) => {
  await page.goto('/errors/');
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input[type="search"]');
  await expect(input).toBeFocused();
  await input.fill('net::err_connection_refused');
  await expect(page.locator('pagefind-modal [data-search-pinned] a').first()).toHaveAttribute('href', '/errors/connection-refused/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/connection-refused\/$/);
  await expect(page.locator('h1')).toHaveText('Connection refused');
});

test('search opens a named certificate error at its anchor', async ({ page }) => {
  await page.goto('/errors/');
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal input[type="search"]').fill('NET::ERR_CERT_DATE_INVALID');
  await expect(page.locator('pagefind-modal [data-search-pinned] a').first()).toHaveAttribute(
    'href',
    '/errors/certificate-invalid/#err_cert_date_invalid',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/certificate-invalid\/#err_cert_date_invalid$/);
  await expect(page.locator('section#err_cert_date_invalid')).toBeInViewport();
});

test('?for=visitor puts the visitor blocks first, as on code pages', async ({ page }) => {
  await page.goto('/errors/cors-blocked/?for=visitor');
  await expect(page.locator('[data-audience-notice]')).toBeVisible();
  await expect(page.locator('#causes [data-audience-blocks] > section').first()).toHaveAttribute('id', 'causes-visitor');
  await expect(page.locator('#fix-visitor')).toBeVisible();
});

test('/000/ links the hub and every failure; Cloudflare 52x pages link their counterpart', async ({ request }) => {
  const zero = await (await request.get('/000/')).text();
  expect(zero).toContain('href="/errors/"');
  const json = (await (await request.get('/errors.json')).json()) as { errors: { slug: string; cloudflare: { status?: string } }[] };
  for (const { slug } of json.errors) expect(zero, slug).toContain(`href="/errors/${slug}/"`);
  for (const { slug, cloudflare } of json.errors.filter((e) => e.cloudflare.status)) {
    const html = await (await request.get(`/${cloudflare.status}/`)).text();
    expect(html, `${cloudflare.status} links ${slug}`).toContain(`href="/errors/${slug}/"`);
  }
});

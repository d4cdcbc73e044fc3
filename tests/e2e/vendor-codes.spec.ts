/**
 * The Cloudflare and IIS families in the built site: the hubs' row anchors, a page's meanings and
 * HRESULT anchors, the links from the status pages to the codes that ride on them, the way back,
 * the hints for unknown codes and search by a pasted code. Few page loads: HTML that needs no
 * browser is fetched and read as text.
 */
import { expect, test } from '@playwright/test';

interface FamilyJson {
  count: number;
  codes: { code: string; page: boolean; url: string; meanings: { status: number | null }[] }[];
}

/** The ids present in a page's HTML. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
/** The hrefs inside the element with the given attribute (a status page's family link group). */
const linksIn = (html: string, attribute: string) => {
  const start = html.indexOf(attribute);
  if (start < 0) return [];
  const end = html.indexOf('</nav>', start);
  return [...html.slice(start, end).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
};

for (const family of ['cloudflare', 'iis'] as const) {
  test(`the ${family} hub has a row with its anchor for every code in /${family}.json, linked to its page when it has one`, async ({
    request,
  }) => {
    const json = (await (await request.get(`/${family}.json`)).json()) as FamilyJson;
    expect(json.count).toBe(json.codes.length);
    const html = await (await request.get(`/${family}/`)).text();
    const ids = idsOf(html);
    expect(json.codes.filter((c) => !ids.has(c.code)).map((c) => c.code)).toEqual([]);
    for (const code of json.codes.filter((c) => c.page)) {
      expect(html, code.code).toContain(`href="/${family}/${code.code}/"`);
      expect((await request.get(`/${family}/${code.code}/`)).status(), code.code).toBe(200);
    }
  });
}

test('a hub row anchor lands on its row, and the IIS hub groups the ASP.NET Core Module errors', async ({ page }) => {
  await page.goto('/cloudflare/#1019');
  const row = page.locator('[id="1019"]');
  await expect(row).toBeInViewport();
  await expect(row).toContainText('Compute server error');
  await page.goto('/iis/#ancm');
  await expect(page.locator('#ancm')).toBeInViewport();
  await expect(page.locator('#ancm [id="500.30"]')).toBeVisible();
  await expect(page.locator('[id="500.19"] a[href="/iis/500.19/"]')).toBeVisible();
});

test('a code with several meanings has an anchor for each, and a page leads with the status, then links back', async ({ page }) => {
  await page.goto('/cloudflare/1015/#workers-burst');
  await expect(page.locator('#workers-burst')).toBeInViewport();
  for (const id of ['rate-limit', 'workers-burst', 'purge']) await expect(page.locator(`#${id}`)).toContainText('HTTP status');
  const status = page.locator('#status');
  await expect(status.locator('a[href="/429/"]').first()).toBeVisible();
  await expect(status).toContainText('observed');
  for (const id of ['causes-visitor', 'fix-builder', 'fix-consumer']) await expect(page.locator(`#${id}`)).toBeAttached();
  await expect(page.locator('#sources a[href="/cloudflare/"]')).toBeVisible();
  await expect(page.locator('main a[href="/cloudflare/"]').first()).toBeVisible();
});

test('IIS 500.19 has an anchor per HRESULT and links the 500 page', async ({ request }) => {
  const html = await (await request.get('/iis/500.19/')).text();
  const ids = idsOf(html);
  for (const hresult of ['0x8007000d', '0x80070021', '0x80070005', '0x800700b7', '0x80070003'])
    expect(ids.has(hresult), hresult).toBe(true);
  expect(html).toContain('href="/500/"');
  expect(html).toContain('href="/iis/"');
});

test('status pages list the Cloudflare and IIS codes that travel with them, and their hubs', async ({ request }) => {
  const expected: Record<string, { cloudflare?: string[]; iis?: string[] }> = {
    '403': { cloudflare: ['/cloudflare/1020/', '/cloudflare/1010/'], iis: ['/iis/403.14/'] },
    '429': { cloudflare: ['/cloudflare/1015/'] },
    '500': { iis: ['/iis/500.19/'] },
    '503': { cloudflare: ['/cloudflare/1102/'] },
    '530': { cloudflare: ['/cloudflare/1016/', '/cloudflare/1033/'] },
  };
  for (const [status, families] of Object.entries(expected)) {
    const html = await (await request.get(`/${status}/`)).text();
    for (const [family, urls] of Object.entries(families)) {
      const links = linksIn(html, `data-family-links="${family}"`);
      expect(links, `${status} ${family}`).toEqual(expect.arrayContaining([...urls, `/${family}/`]));
    }
  }
});

test('/senders/ and the home page link both hubs', async ({ request }) => {
  const senders = await (await request.get('/senders/')).text();
  const section = (id: string) =>
    senders.slice(senders.indexOf(`<section id="${id}"`), senders.indexOf('</section>', senders.indexOf(`<section id="${id}"`)));
  expect(section('cloudflare')).toContain('href="/cloudflare/"');
  expect(section('microsoft')).toContain('href="/iis/"');
  const home = await (await request.get('/')).text();
  expect(home).toContain('href="/cloudflare/"');
  expect(home).toContain('href="/iis/"');
});

test('an unknown Cloudflare or IIS code gets the not-found page with a hint to the hub', async ({ page }) => {
  const cloudflare = await page.goto('/cloudflare/1299/');
  expect(cloudflare?.status()).toBe(404);
  await expect(page.locator('[data-number-hint]')).toContainText('no page for Cloudflare error 1299');
  await expect(page.locator('[data-number-hint] a[href="/cloudflare/#1299"]')).toBeVisible();
  const iis = await page.goto('/iis/404.99/');
  expect(iis?.status()).toBe(404);
  await expect(page.locator('[data-number-hint]')).toContainText('no page for IIS 404.99');
  await expect(page.locator('[data-number-hint] a[href="/404/"]')).toBeVisible();
});

test('search opens a Cloudflare code from a pasted body and an IIS HRESULT from a pasted error line', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input[type="search"]');
  await input.fill('error code: 1015');
  await expect(page.locator('pagefind-modal [data-search-pinned] a').first()).toHaveAttribute('href', '/cloudflare/1015/');
  await input.fill('HTTP Error 500.19 - Internal Server Error 0x80070021');
  await expect(page.locator('pagefind-modal [data-search-pinned] a').first()).toHaveAttribute('href', '/iis/500.19/#0x80070021');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/iis\/500\.19\/#0x80070021$/);
  await expect(page.locator('[id="0x80070021"]')).toBeInViewport();
});

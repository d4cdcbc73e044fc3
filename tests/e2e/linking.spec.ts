import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from '@playwright/test';

test('an unassigned number has a small noindex page that explains the x00 rule', async ({ page, request }) => {
  const response = await page.goto('/471/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('471 is not an assigned status code');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('main')).toContainText('treats it as the x00 code of its class');
  await expect(page.locator('main a[href="/400/"]').first()).toBeVisible();
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/407/</loc>');
  expect(sitemap).not.toContain('/471/</loc>');
});

test('?for=visitor puts the visitor advice first and says so', async ({ page }) => {
  await page.goto('/407/?for=visitor');
  await expect(page.locator('[data-audience-notice]')).toBeVisible();
  await expect(page.locator('[data-audience-notice]')).toHaveText(/You are seeing the causes and fixes for\s+website visitors\s+first/, {
    useInnerText: true,
  });
  for (const section of ['#causes', '#fixes']) {
    const blocks = page.locator(`${section} [data-audience]`);
    // On screen (CSS, from the first paint) and then in the document, for screen readers and Tab.
    const onScreen = await blocks.evaluateAll((els) =>
      els.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((e) => e.getAttribute('data-audience')),
    );
    expect(onScreen).toEqual(['visitor', 'builder', 'consumer']);
    await expect
      .poll(() => blocks.evaluateAll((els) => els.map((e) => e.getAttribute('data-audience'))))
      .toEqual(['visitor', 'builder', 'consumer']);
  }
});

test('without ?for= the usual order stays, and with ?for= but no JavaScript nothing moves either', async ({ page, browser }) => {
  const order = (p: typeof page) =>
    p.locator('#fixes [data-audience]').evaluateAll((els) => els.map((e) => e.getAttribute('data-audience')));
  await page.goto('/407/');
  await expect(page.locator('[data-audience-notice]')).toBeHidden();
  expect(await order(page)).toEqual(['builder', 'consumer', 'visitor']);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/407/?for=visitor');
  await expect(noScript.locator('[data-audience-notice]')).toBeHidden();
  expect(await order(noScript)).toEqual(['builder', 'consumer', 'visitor']);
  await context.close();
});

test('the anchors of every audience block resolve', async ({ page }) => {
  await page.goto('/407/#fix-visitor');
  await expect(page.locator('#fix-visitor')).toBeInViewport();
});

test('JSON-LD parses and holds the article and the breadcrumbs', async ({ page }) => {
  await page.goto('/407/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((b) => JSON.parse(b) as { '@type': string; headline?: string; itemListElement?: { name: string }[] });
  expect(data.map((d) => d['@type'])).toEqual(['TechArticle', 'BreadcrumbList']);
  expect(data[0]!.headline).toBe('407 Proxy Authentication Required');
  expect(data[1]!.itemListElement!.map((crumb) => crumb.name)).toEqual([
    'Status codes',
    '4xx Client Error',
    '407 Proxy Authentication Required',
  ]);
});

test('each code page has a social card image', async ({ page, request }) => {
  await page.goto('/407/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await request.get(new URL(image!).pathname);
  expect(response.headers()['content-type']).toContain('image/png');
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('the link box copies each format', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/503/');
  const copy = async (id: string) => {
    await page.locator(`[data-copy="${id}"]`).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  expect(await copy('link-markdown')).toMatch(/^\[503 Service Unavailable\]\(https?:\/\/[^)]+\/503\/\)$/);
  expect(await copy('link-html')).toMatch(/^<a href="https?:\/\/[^"]+\/503\/">503 Service Unavailable<\/a>$/);
  expect(await copy('link-visitor')).toMatch(/\/503\/\?for=visitor$/);
  expect(await copy('link-problem')).toMatch(/^"type": "https?:\/\/[^"]+\/503\/"$/);
  expect(await copy('link-snippet')).toContain('<a href=');
  await context.close();
});

test('every code has a JSON document that validates against the published schema', async ({ request }) => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(await (await request.get('/api/code.schema.json')).json());
  const validateList = ajv.compile(await (await request.get('/api/codes.schema.json')).json());
  const validateOne = ajv.getSchema('/api/code.schema.json')!;
  const all = (await (await request.get('/codes.json')).json()) as { codes: { id: string }[]; count: number };
  expect(validateList(all), JSON.stringify(validateList.errors)).toBe(true);
  expect(all.count).toBe(all.codes.length);
  for (const { id } of all.codes) {
    const one = await (await request.get(`/${id}.json`)).json();
    expect(validateOne(one), `${id}: ${JSON.stringify(validateOne.errors)}`).toBe(true);
  }
});

test('every published URL still exists', async ({ request }) => {
  const urls = readFileSync('tests/fixtures/published-urls.txt', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  expect(urls.length).toBeGreaterThan(500);
  const anchorsByPath = new Map<string, string[]>();
  for (const url of urls) {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    anchorsByPath.set(path, [...(anchorsByPath.get(path) ?? []), ...(anchor ? [anchor] : [])]);
  }
  const missing: string[] = [];
  for (const [path, anchors] of anchorsByPath) {
    const response = await request.get(path);
    if (response.status() !== 200) {
      missing.push(`${path} (${response.status()})`);
      continue;
    }
    const body = anchors.length > 0 ? await response.text() : '';
    for (const anchor of anchors) if (!body.includes(` id="${anchor}"`)) missing.push(`${path}#${anchor}`);
  }
  expect(missing).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';
import { GOLDEN_QUERIES } from '../fixtures/search-golden';

/** Types a query into the open search panel and waits for the results of that query, not the last one. */
async function search(page: Page, scope: string, query: string): Promise<void> {
  const input = page.locator(`${scope} pagefind-input input`);
  await input.fill(query);
  const summary = page.locator(`${scope} pagefind-summary`);
  await expect(summary).toContainText(query.length > 40 ? query.slice(0, 20) : query.trim().slice(0, 20), { timeout: 10_000 });
}

async function resultLinks(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} pagefind-results a.pf-result-link`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('the header button opens search, and "407" finds the 407 page first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Search/ }).click();
  const input = page.locator('pagefind-modal input[type="search"]');
  await expect(input).toBeFocused();
  await input.fill('407');
  await expect(page.locator('pagefind-modal [data-search-pinned] a').first()).toHaveAttribute('href', '/407/');
  await expect.poll(() => resultLinks(page, 'pagefind-modal')).not.toEqual([]);
  expect((await resultLinks(page, 'pagefind-modal'))[0]).toBe('/407/');
});

test('Ctrl+K opens search with focus in the input, Escape closes it', async ({ page }) => {
  await page.goto('/401/');
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input[type="search"]');
  await expect(input).toBeFocused();
  const dialog = page.locator('pagefind-modal dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

// Every golden row the exact-match step answers, typed into one open dialog: the pinned link must be
// the page the row names. (Pagefind's ranking rows run against the real index in
// search-ranking.spec.ts, and every row through the resolver itself in the unit tests.) Two tests,
// one per worker, each typing into a dialog that stays open, so no query pays for a page load.
const pinnedRows = GOLDEN_QUERIES.filter((g) => g.by === 'shortcut');
const half = Math.ceil(pinnedRows.length / 2);
for (const rows of [pinnedRows.slice(0, half), pinnedRows.slice(half)]) {
  test(`typed into the dialog, ${rows.length} golden queries pin their page: "${rows[0]!.query}" to "${rows.at(-1)!.query}"`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + rows.length * 1_000);
    await page.goto('/200/');
    await page.keyboard.press('Control+k');
    const input = page.locator('pagefind-modal input[type="search"]');
    await expect(input).toBeFocused();
    const wrong: string[] = [];
    for (const { query, first } of rows) {
      await input.fill(query);
      const pinned = page.locator('pagefind-modal [data-search-pinned]:not([hidden]) a').first();
      // The pinned block is rebuilt on each input event, synchronously: no wait for Pagefind needed.
      const href = (await pinned.count()) > 0 ? await pinned.getAttribute('href') : '(nothing pinned)';
      if (href !== first) wrong.push(`"${query}": expected ${first}, got ${href}`);
    }
    expect(wrong).toEqual([]);
  });
}

/**
 * One query of each kind typed into the dialog and opened with Enter: the whole path a reader
 * takes, from the keystroke to the page. Kinds are told apart by the page they open.
 */
const KINDS: [string, (url: string, row: (typeof GOLDEN_QUERIES)[number]) => boolean][] = [
  ['a status code', (url) => /^\/\d{3}\/$/.test(url)],
  ['a class', (url) => /^\/\dxx\/$/.test(url)],
  ['a library constant', (_, row) => row.constant === true],
  ['a comparison', (url) => url.startsWith('/compare/')],
  ['a browser or curl error', (url) => /^\/errors\/[a-z0-9-]+\/$/.test(url)],
  ['a named TLS or certificate error', (url) => /^\/errors\/.+#/.test(url)],
  ['a Cloudflare code', (url) => url.startsWith('/cloudflare/')],
  ['an IIS sub-status', (url) => /^\/iis\/[\d.]+\/$/.test(url)],
  ['an HRESULT', (url) => url.startsWith('/iis/') && url.includes('#0x')],
  ['an error-page kit', (url) => url.startsWith('/error-pages/')],
  ['a phrase Pagefind ranks', (_, row) => row.by === 'pagefind'],
];
for (const [kind, matches] of KINDS) {
  const row = GOLDEN_QUERIES.find((g) => matches(g.first, g) && (kind === 'a library constant' || !g.constant));
  test(`${kind}: "${row?.query}" then Enter opens ${row?.first}`, async ({ page }) => {
    expect(row, `a golden row for ${kind}`).toBeDefined();
    const { query, first } = row!;
    await page.goto('/200/');
    await page.keyboard.press('Control+k');
    await search(page, 'pagefind-modal', query);
    await page.keyboard.press('Enter');
    const [path, hash] = first.split('#');
    await expect(page).toHaveURL(new RegExp(`${path!.replace(/\//g, '\\/')}${hash ? `#${hash}` : ''}$`));
  });
}

test('the home page box runs a search, and Enter opens the best match', async ({ page }) => {
  await page.goto('/');
  await page.locator('#home-q').click();
  const input = page.locator('[data-search-box] pagefind-input input');
  await expect(input).toBeFocused();
  await search(page, '[data-search-box]', 'payload too large');
  await expect(page.locator('[data-search-box] [data-search-pinned] a')).toHaveAttribute('href', '/413/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/413\/$/);
});

test('/?q= and /search/?q= open with the query run', async ({ page }) => {
  await page.goto('/?q=proxy%20authentication');
  await expect.poll(() => resultLinks(page, '[data-search-box]')).toContain('/407/');
  await page.goto('/search/?q=5xx');
  await expect(page.locator('[data-search-pinned] a')).toHaveAttribute('href', '/5xx/');
});

test('arrow keys move from the input to the pinned result and on to the results', async ({ page }) => {
  await page.goto('/search/?q=bad%20gateway');
  const input = page.locator('[data-search-box] pagefind-input input');
  await expect.poll(() => resultLinks(page, '[data-search-box]')).not.toEqual([]);
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-search-pinned] a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('pagefind-results a.pf-result-link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-search-pinned] a').first()).toBeFocused();
});

test('a query with no results shows the classes to browse', async ({ page }) => {
  await page.goto('/search/?q=qqqzzz');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('Nothing matched');
  await expect(empty.locator('a[href="/4xx/"]')).toBeVisible();
});

test('a number typed with a letter O still finds its code', async ({ page }) => {
  await page.goto('/search/?q=4O4');
  await expect(page.locator('[data-search-pinned] a')).toHaveAttribute('href', '/404/');
});

test('odd queries are shown as text and break nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto('/search/');
  for (const query of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '🙂 teapot 🫖', 'x'.repeat(1000)]) {
    // Waits until Pagefind has answered this query: its summary names it, as text.
    await search(page, '[data-search-box]', query);
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('search is not loaded until it is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/407/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('search-ui') || p === '/search-shortcuts.json')).toEqual([]);
});

/** Regression tests for client bugs found in review: search dialogs and panels, ?for= anchors, header semantics. */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** Holds back Pagefind's UI bundle until `release` is called, so a test can act while search loads. */
async function holdSearchBundle(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind-component-ui.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('double-clicking Search while it loads opens one dialog', async ({ page }) => {
  await page.goto('/407/');
  const release = await holdSearchBundle(page);
  await page.getByRole('link', { name: /Search/ }).dblclick();
  await page.keyboard.press('Control+k');
  release();
  await expect(page.locator('pagefind-modal input[type="search"]')).toBeFocused();
  await expect(page.locator('pagefind-modal')).toHaveCount(1);
});

test('on the home page, the dialog and the page box keep their own queries and results', async ({ page }) => {
  await page.goto('/');
  await page.locator('#home-q').click();
  const box = page.locator('[data-search-box] pagefind-input input');
  await box.fill('payload too large');
  await expect(page.locator('[data-search-box] [data-search-pinned] a')).toHaveAttribute('href', '/413/');
  await expect(page.locator('[data-search-box] pagefind-results a.pf-result-link').first()).toBeVisible();

  await page.keyboard.press('Control+k');
  const dialogInput = page.locator('pagefind-modal input[type="search"]');
  await dialogInput.fill('proxy auth');
  await expect(page.locator('pagefind-modal [data-search-pinned] a')).toHaveAttribute('href', '/407/');
  await expect(box).toHaveValue('payload too large');
  await expect(page.locator('[data-search-box] [data-search-pinned] a')).toHaveAttribute('href', '/413/');

  await page.keyboard.press('Escape');
  await expect(page.locator('pagefind-modal dialog')).toBeHidden();
  await expect(page.locator('[data-search-box] pagefind-results a.pf-result-link').first()).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/413\/$/);
});

test('what is typed into the home box while search loads is kept', async ({ page }) => {
  await page.goto('/');
  const release = await holdSearchBundle(page);
  await page.locator('#home-q').click();
  await page.keyboard.type('bad gateway');
  release();
  const live = page.locator('[data-search-box] pagefind-input input');
  await expect(live).toHaveValue('bad gateway');
  await expect(page.locator('[data-search-box] [data-search-pinned] a')).toHaveAttribute('href', '/502/');
});

test('?for= with an anchor lands on the anchor after the audience comes first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/503/?for=visitor#fix-visitor');
  await expect(page.locator('#fix-visitor')).toBeInViewport();
  const top = await page.locator('#fix-visitor').evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(40);
});

test('the search trigger says it opens a dialog and names its shortcut', async ({ page }) => {
  await page.goto('/407/');
  const trigger = page.locator('[data-search-open]');
  await expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(trigger).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  await expect(trigger.locator('kbd')).toHaveText('Ctrl K', { useInnerText: true });
});

test('Mac users see the Command key in the shortcut hint', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
  await page.goto('/407/');
  await expect(page.locator('[data-search-open] kbd')).toHaveText('⌘ K', { useInnerText: true });
});

test('search does not pull focus back once the keyboard has left the box while search loads', async ({ page }) => {
  await page.goto('/');
  const release = await holdSearchBundle(page);
  await page.locator('#home-q').click();
  // Tab out of the box: past its Search button, to whatever comes next on the page.
  for (let i = 0; i < 5 && (await page.evaluate(() => !!document.activeElement?.closest('[data-search-box]'))); i++) {
    await page.keyboard.press('Tab');
  }
  const away = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-search-box]'))).toBe(false);
  release();
  await expect(page.locator('[data-search-box] pagefind-input input')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(away);
});

test('no keystroke is lost when the live panel replaces the plain box mid-word', async ({ page }) => {
  await page.goto('/');
  const release = await holdSearchBundle(page);
  await page.locator('#home-q').click();
  await page.keyboard.type('payload');
  // Hold animation frames, so the moment between the panel's arrival and the swap lasts while we type.
  await page.evaluate(() => {
    const held: FrameRequestCallback[] = [];
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => held.push(callback);
    (window as unknown as { flushFrames: () => void }).flushFrames = () => {
      window.requestAnimationFrame = original;
      for (const callback of held.splice(0)) callback(performance.now());
    };
  });
  release();
  await page.locator('[data-search-box] pagefind-input').waitFor({ state: 'attached' });
  await page.keyboard.type(' too');
  await page.evaluate(() => (window as unknown as { flushFrames: () => void }).flushFrames());
  await page.keyboard.type(' large');
  const live = page.locator('[data-search-box] pagefind-input input');
  await expect(live).toBeFocused();
  await expect(live).toHaveValue('payload too large');
  await expect(page.locator('[data-search-box] [data-search-pinned] a')).toHaveAttribute('href', '/413/');
});

test('when Pagefind fails to load, the box says so in one line, keeps ?q= and still answers exact names', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/pagefind/pagefind-component-ui.js', (route) => route.abort());
  await page.goto('/?q=407');
  const box = page.locator('[data-search-box]');
  await expect(box.locator('[data-search-notice]')).toHaveText(
    'Full-text search could not load; numbers, classes and exact names still work.',
  );
  await expect(box.locator('input[name="q"]')).toHaveValue('407');
  await expect(box.locator('.search-pinned a')).toHaveAttribute('href', '/407/');
  await box.locator('input[name="q"]').press('Enter');
  await expect(page).toHaveURL(/\/407\/$/);
  expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});

test('when the shortcut map fails too, the plain form still searches and nothing is left unhandled', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/search-shortcuts.json', (route) => route.abort());
  await page.goto('/search/?q=bad%20gateway');
  const box = page.locator('[data-search-box]');
  await expect(box.locator('[data-search-notice]')).toContainText('Search could not load');
  const field = box.locator('input[name="q"]');
  await expect(field).toHaveValue('bad gateway');
  await field.fill('proxy');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=proxy$/);
  expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});

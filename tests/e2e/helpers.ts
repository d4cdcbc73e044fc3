import type { Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions while a test uses the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** Every code page the index links to, as paths such as /407/. */
export async function codePathsFromIndex(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => /^\/\d{3}\/$/.test(h)))];
}

/**
 * Performance figures for the built site: build time, page weights by page type, the search
 * bundle, search latency in a real browser, and Lighthouse on its mobile profile for each page
 * type, all against the project's own server (tools/serve.ts: headers, compression, as deployed).
 * Prints figures only; budgets on bytes live in the tests (tests/e2e/quality.spec.ts) and nothing
 * here fails on a time or a score.
 *
 *   npm run bench            (builds first; set BENCH_SKIP_BUILD=1 to reuse dist/)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { PAGE_TYPES } from './page-types.ts';
import { firstWindow, gzipSize, pageWeight } from './page-weight.ts';

const DIST = 'dist';
const PORT = 4391;
const DEBUGGING_PORT = 9333;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

// 1. Build
let buildSeconds: number | undefined;
if (!process.env['BENCH_SKIP_BUILD']) {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  buildSeconds = (performance.now() - start) / 1000;
}
if (!existsSync(DIST)) throw new Error('No dist/: run without BENCH_SKIP_BUILD');
const pages = htmlFiles();
console.log('Build');
if (buildSeconds !== undefined) {
  row('total', `${buildSeconds.toFixed(1)} s`);
  row(`per page (${pages.length} HTML pages)`, `${((buildSeconds * 1000) / pages.length).toFixed(1)} ms`);
} else row('total', 'skipped (BENCH_SKIP_BUILD)');

// 2. Page weight, gzip: HTML + CSS + eager JS
console.log('\nPage weight (gzip: HTML + CSS + eager JS)');
const codePages = pages.filter((f) => readFileSync(f, 'utf8').includes(' id="meaning"')).map((f) => ({ f, w: pageWeight(DIST, f) }));
codePages.sort((a, b) => a.w.total - b.w.total);
const pick = (f: string) => pageWeight(DIST, f);
row('home /', kib(pick(join(DIST, 'index.html')).total));
row('class /4xx/', kib(pick(join(DIST, '4xx/index.html')).total));
row('code /407/', kib(pick(join(DIST, '407/index.html')).total));
row('code pages, smallest', `${kib(codePages[0]!.w.total)} (${codePages[0]!.f})`);
row('code pages, median', kib(codePages[Math.floor(codePages.length / 2)]!.w.total));
row('code pages, largest', `${kib(codePages.at(-1)!.w.total)} (${codePages.at(-1)!.f})`);
// The first window: CSS + eager JS + HTML up to the end of #meaning (budget 14 KiB; whole page 16 KiB).
const windows = codePages.map(({ f }) => ({ f, total: firstWindow(DIST, f).total })).sort((a, b) => a.total - b.total);
row('code pages, first window, largest', `${kib(windows.at(-1)!.total)} (${windows.at(-1)!.f})`);
row('largest code page, first window', kib(firstWindow(DIST, codePages.at(-1)!.f).total));
row('unassigned /471/', kib(pick(join(DIST, '471/index.html')).total));
const w407 = pick(join(DIST, '407/index.html'));
row('/407/ split', `html ${kib(w407.html)}, css ${kib(w407.css)}, js ${kib(w407.js)}`);
row('JSON /407.json', kib(gzipSize(readFileSync(join(DIST, '407.json')))));
row('JSON /codes.json', kib(gzipSize(readFileSync(join(DIST, 'codes.json')))));

// 3. Search in a real browser, against the built site served locally
const server = spawn(process.execPath, ['tools/serve.ts', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: [
    ...CHROMIUM_ARGS,
    // Lighthouse drives the same browser over the DevTools protocol.
    `--remote-debugging-port=${DEBUGGING_PORT}`,
  ],
});
try {
  const page = await browser.newPage();
  const fetched = new Set<string>();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(`http://127.0.0.1:${PORT}/407/`);
  await page.waitForLoadState('networkidle');
  fetched.clear();

  const timeQuery = async (query: string) => {
    const input = page.locator('pagefind-modal input');
    const start = performance.now();
    await input.fill(query);
    await page.waitForFunction(
      (q) => {
        const summary = document.querySelector('pagefind-modal pagefind-summary')?.textContent ?? '';
        return summary.includes(q) && document.querySelector('pagefind-modal pagefind-results a.pf-result-link') !== null;
      },
      query,
      { timeout: 15_000 },
    );
    return performance.now() - start;
  };

  const openStart = performance.now();
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal input').waitFor();
  const openMs = performance.now() - openStart;
  const cold = openMs + (await timeQuery('gateway'));
  const firstSearch = [...fetched];
  const warm: number[] = [];
  for (const q of ['proxy', 'redirect', 'timeout', 'cookie', 'token']) warm.push(await timeQuery(q));
  warm.sort((a, b) => a - b);
  // A typed number or name is answered by the exact-match step before Pagefind: the pinned result.
  const pinned: number[] = [];
  for (const q of ['502', 'bad gateway', '4xx', 'rate limit', '407']) {
    const start = performance.now();
    await page.locator('pagefind-modal input').fill(q);
    await page.locator('pagefind-modal [data-search-pinned] a').first().waitFor();
    pinned.push(performance.now() - start);
  }
  pinned.sort((a, b) => a - b);
  const firstSearchBytes = firstSearch
    .filter((p) => existsSync(join(DIST, p)) && !p.endsWith('/'))
    .reduce((sum, p) => sum + gzipSize(readFileSync(join(DIST, p))), 0);

  console.log('\nSearch (Chromium, site served on 127.0.0.1)');
  row('cold: open dialog, type, first result', `${cold.toFixed(0)} ms`);
  row('warm: type, first result (median of 5)', `${warm[2]!.toFixed(0)} ms`);
  row('warm: type a code or name, pinned result', `${pinned[2]!.toFixed(0)} ms (median of 5)`);
  row('bytes fetched for the first search (gzip)', `${kib(firstSearchBytes)} in ${firstSearch.length} requests`);
  const bundle = ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js'].map((f) => join(DIST, 'pagefind', f));
  row('Pagefind UI + API scripts (gzip)', kib(bundle.reduce((s, f) => s + gzipSize(readFileSync(f)), 0)));
  await page.close();

  // 4. Lighthouse, mobile profile (its default: a small phone screen, simulated slow 4G and CPU)
  console.log('\nLighthouse, mobile (scores out of 100; FCP, LCP and TBT in ms; bytes transferred)');
  console.log(`  ${'page'.padEnd(12)} perf  a11y  b.p.  seo    FCP    LCP   TBT    CLS   bytes`);
  for (const path of PAGE_TYPES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: DEBUGGING_PORT,
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
    const ms = (id: string) => String(Math.round(audits[id]?.numericValue ?? 0)).padStart(6);
    console.log(
      `  ${path.padEnd(12)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')} ${ms(
        'first-contentful-paint',
      )} ${ms('largest-contentful-paint')} ${ms('total-blocking-time')} ${(audits['cumulative-layout-shift']?.numericValue ?? 0)
        .toFixed(3)
        .padStart(6)} ${kib(audits['total-byte-weight']?.numericValue ?? 0).padStart(9)}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}

/**
 * Performance figures for the built site: build time, page weights by page type, the search
 * bundle, search latency in a real browser, and Lighthouse on its mobile profile for each page
 * type, all against the project's own server (tools/serve.ts: headers, compression, as deployed).
 * Prints figures only; budgets on bytes live in the tests (tests/dist/budgets.test.ts) and nothing
 * here fails on a time or a score. It ends with the test suite's time by stage from the last
 * `npm test` (tools/test.ts), so the CI budget can be watched.
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
import { SUITE_TIMES_FILE } from './test.ts';

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
// Status code pages: /NNN/ with a full entry (the small pages for unassigned numbers have no #meaning).
const codePages = pages
  .filter((f) => /\/\d{3}\/index\.html$/.test(f) && readFileSync(f, 'utf8').includes(' id="meaning"'))
  .map((f) => ({ f, w: pageWeight(DIST, f) }));
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

  /**
   * The time from the keystroke that completes a query to the first answer on screen, measured in
   * the page (performance.now() at keydown, a MutationObserver for the answer), so the driver's own
   * round trips are not counted. All but the last character are typed first and given time to settle.
   */
  const keystrokeToAnswer = async (query: string, answer: 'pinned' | 'results') => {
    const input = page.locator('pagefind-modal input');
    await input.fill(query.slice(0, -1));
    // Let the answer to the shorter query finish, so it is not mistaken for the answer to the full one.
    await page.waitForTimeout(300);
    await page.evaluate(
      ({ selector, term }) => {
        const w = window as unknown as { answered: Promise<number> };
        const field = document.querySelector<HTMLInputElement>('pagefind-modal input')!;
        w.answered = new Promise<number>((done) => {
          let pressed = 0;
          // The pinned answer counts once its link differs from the one for the shorter query.
          let before: string | null = null;
          field.addEventListener(
            'keydown',
            () => {
              pressed = performance.now();
              before = document.querySelector(selector)?.getAttribute('href') ?? null;
            },
            { once: true, capture: true },
          );
          const seen = () => {
            if (pressed === 0) return false;
            const found = document.querySelector(selector);
            if (selector.includes('pinned')) return found !== null && found.getAttribute('href') !== before;
            const summary = document.querySelector('pagefind-modal pagefind-summary')?.textContent ?? '';
            return found !== null && summary.includes(term);
          };
          new MutationObserver((_, observer) => {
            if (seen()) {
              observer.disconnect();
              done(performance.now() - pressed);
            }
          }).observe(document.querySelector('pagefind-modal')!, { subtree: true, childList: true, attributes: true, characterData: true });
        });
      },
      {
        selector:
          answer === 'pinned' ? 'pagefind-modal [data-search-pinned]:not([hidden]) a' : 'pagefind-modal pagefind-results a.pf-result-link',
        term: query,
      },
    );
    await input.press(query.at(-1)!);
    return page.evaluate(() => (window as unknown as { answered: Promise<number> }).answered);
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

  const openStart = performance.now();
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal input').waitFor();
  const openMs = performance.now() - openStart;
  // Cold: the first full-text query and the first code after search opened (index chunks not loaded).
  const coldFullText = await keystrokeToAnswer('gateway', 'results');
  const firstSearch = [...fetched];
  const coldShortcut = await keystrokeToAnswer('429', 'pinned');
  const warmFullText: number[] = [];
  for (const q of ['proxy', 'redirect', 'timeout', 'cookie', 'token']) warmFullText.push(await keystrokeToAnswer(q, 'results'));
  const warmShortcut: number[] = [];
  for (const q of ['502', 'bad gateway', '4xx', 'rate limit', '407']) warmShortcut.push(await keystrokeToAnswer(q, 'pinned'));
  const firstSearchBytes = firstSearch
    .filter((p) => existsSync(join(DIST, p)) && !p.endsWith('/'))
    .reduce((sum, p) => sum + gzipSize(readFileSync(join(DIST, p))), 0);

  console.log('\nSearch (Chromium, site served on 127.0.0.1; from the completing keystroke to the answer)');
  row('opening the dialog (loads search)', `${openMs.toFixed(0)} ms`);
  row('code or exact name, pinned: cold', `${coldShortcut.toFixed(0)} ms (goal 50 ms)`);
  row('code or exact name, pinned: warm (median of 5)', `${median(warmShortcut).toFixed(0)} ms (goal 50 ms)`);
  row('phrase, first full-text result: cold', `${coldFullText.toFixed(0)} ms`);
  row('phrase, first full-text result: warm (median of 5)', `${median(warmFullText).toFixed(0)} ms (goal 150 ms)`);
  row('bytes fetched for the first search (gzip)', `${kib(firstSearchBytes)} in ${firstSearch.length} requests`);
  const bundle = ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js'].map((f) => join(DIST, 'pagefind', f));
  row('Pagefind UI + API scripts (gzip)', kib(bundle.reduce((s, f) => s + gzipSize(readFileSync(f)), 0)));
  await page.close();

  // 4. Lighthouse, mobile profile (its default: a small phone screen, simulated slow 4G and CPU)
  console.log('\nLighthouse, mobile (scores out of 100; FCP, LCP and TBT in ms; bytes transferred)');
  console.log(`  ${'page'.padEnd(12)} perf  a11y  b.p.  seo    FCP    LCP   TBT    CLS   bytes`);
  for (const path of PAGE_TYPES) {
    // Lighthouse refuses to audit a page answered with an error status, so the not-found page is
    // audited at /404.html, the same document served with 200 when asked for by name.
    const audited = path === '/no-such-page/' ? '/404.html' : path;
    const audit = () =>
      lighthouse(`http://127.0.0.1:${PORT}${audited}`, {
        port: DEBUGGING_PORT,
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
    let result = await audit();
    // Lighthouse now and then fails to record the page load's trace (NO_NAVSTART); once more is enough.
    if (result?.lhr.runtimeError) result = await audit();
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    if (result.lhr.runtimeError) {
      console.log(`  ${path.padEnd(12)} not measured: ${result.lhr.runtimeError.message}`);
      continue;
    }
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

// 5. The test suite's own time by stage, from the last `npm test` on this machine (tools/test.ts)
console.log('\nTest suite (the last `npm test` here; CI budget 12 minutes)');
if (existsSync(SUITE_TIMES_FILE)) {
  const suite = JSON.parse(readFileSync(SUITE_TIMES_FILE, 'utf8')) as {
    finished: string;
    total: number;
    times: { stage: string; seconds: number; status: number }[];
  };
  for (const t of suite.times) row(t.stage, `${t.seconds.toFixed(1)} s${t.status === 0 ? '' : ' (failed)'}`);
  row(`total (finished ${suite.finished})`, `${suite.total.toFixed(1)} s`);
} else row('no run recorded', 'run `npm test` first');

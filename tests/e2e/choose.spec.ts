/** The decision guide and the comparison pages, clicked through in the built site. */
import { expect, test, type Page } from '@playwright/test';
import { COMPARED_GROUPS } from '../../src/lib/compare-groups';
import { comparePath } from '../../src/lib/urls';

/** The codes issue 12 asks the guide to reach. */
const REQUIRED = [
  [200, 201, 202, 204, 206],
  [301, 302, 303, 307, 308, 304],
  [400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422, 428, 429, 431, 451],
  [500, 501, 502, 503, 504],
].flat();

const CLIENT = 'The client got something wrong, or may not have what it asked for';
const ELSEWHERE = 'The client should look somewhere else, or use the copy it already has';
const SERVER = 'Something failed on the server’s side';

/** A walk: the answers clicked from /choose/, the last one ending at `code`. */
const SCENARIOS: { story: string; answers: string[]; code: number }[] = [
  {
    story: 'client sent too many requests',
    answers: [CLIENT, 'It goes over a limit: too many requests, or too large', 'The client sent too many requests in a given time'],
    code: 429,
  },
  {
    story: 'resource moved for good, keep POST',
    answers: [ELSEWHERE, 'The resource moved for good', 'Yes: keep POST (or PUT) and its body'],
    code: 308,
  },
  {
    story: 'page moved for good',
    answers: [ELSEWHERE, 'The resource moved for good', 'No: it is links and GET requests, such as a page that changed address'],
    code: 301,
  },
  {
    story: 'endpoint elsewhere for now, keep the method',
    answers: [ELSEWHERE, 'The resource is somewhere else for now', 'Yes: repeat the same method and body'],
    code: 307,
  },
  {
    story: 'form handled, show the result page',
    answers: [ELSEWHERE, 'A form or other POST was handled; the client should now load a result page'],
    code: 303,
  },
  {
    story: 'cached copy still good',
    answers: [ELSEWHERE, 'Its cached copy is still good: the conditional GET found no change'],
    code: 304,
  },
  { story: 'created a new resource', answers: ['It worked', 'Created a new resource'], code: 201 },
  { story: 'saved, nothing to send back', answers: ['It worked', 'Did it, and there is nothing to send back'], code: 204 },
  {
    story: 'no credentials sent',
    answers: [
      CLIENT,
      'Who is asking: no credentials, bad credentials, or not allowed',
      'It sent no credentials, or they are wrong or expired',
    ],
    code: 401,
  },
  {
    story: 'logged in but not allowed',
    answers: [
      CLIENT,
      'Who is asking: no credentials, bad credentials, or not allowed',
      'It is logged in, or logging in would not help, and it is not allowed to do this',
    ],
    code: 403,
  },
  {
    story: 'page removed on purpose',
    answers: [
      CLIENT,
      'The URL or method: nothing there, gone, or the wrong method',
      'Something was here and has been removed for good, on purpose',
    ],
    code: 410,
  },
  {
    story: 'valid JSON that fails validation, with its own code',
    answers: [
      CLIENT,
      'What was sent: broken, invalid, or in a format the server does not take',
      'It parses, but the values break your rules (validation failed)',
      'Yes: well-formed but invalid data gets its own code',
    ],
    code: 422,
  },
  {
    story: 'If-Match no longer matches',
    answers: [
      CLIENT,
      'It clashes with the resource’s current state or with a condition the client set',
      'A condition the client sent (If-Match, If-Unmodified-Since) is false',
    ],
    code: 412,
  },
  {
    story: 'cookie too large',
    answers: [
      CLIENT,
      'It goes over a limit: too many requests, or too large',
      'The request headers are too large, such as an oversized cookie',
    ],
    code: 431,
  },
  { story: 'down for maintenance', answers: [SERVER, 'It is overloaded or down for maintenance, for a while'], code: 503 },
  {
    story: 'upstream too slow behind the gateway',
    answers: [SERVER, 'It is a gateway or proxy, and the server behind it let it down', 'Did not answer in time'],
    code: 504,
  },
];

/** Clicks through the guide from /choose/ and opens the code page of the last answer. */
async function walk(page: Page, answers: string[], code: number): Promise<void> {
  await page.goto('/choose/');
  for (const label of answers.slice(0, -1)) {
    await page.locator('[data-choose-answers] a[data-next]', { hasText: label }).click();
    await expect(page.locator('h1')).toBeVisible();
  }
  const leaf = page.locator('[data-choose-answers] li[data-code]', { hasText: answers.at(-1)! });
  await expect(leaf).toHaveCount(1);
  await expect(leaf).toHaveAttribute('data-code', String(code));
  await expect(leaf.locator('a[href^="https://www.rfc-editor.org/rfc/"]')).toHaveCount(1);
  await leaf.locator(`a[href="/${code}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${code}/$`));
  await expect(page.locator('h1')).toContainText(String(code));
}

test.describe('the decision guide', () => {
  // The walks run as loops in two tests (one per worker): each is a few clicks in one page.
  const half = Math.ceil(SCENARIOS.length / 2);
  for (const scenarios of [SCENARIOS.slice(0, half), SCENARIOS.slice(half)]) {
    test(`${scenarios.length} walks from /choose/ end at their codes: ${scenarios.map((s) => s.code).join(', ')}`, async ({ page }) => {
      test.setTimeout(scenarios.length * 15_000);
      for (const { story, answers, code } of scenarios) {
        await test.step(`"${story}" ends at ${code}`, () => walk(page, answers, code));
      }
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('"client sent too many requests" still ends at 429', async ({ page }) => walk(page, SCENARIOS[0]!.answers, 429));
  });

  test('reaches every listed code from /choose/, and every code it ends at is an entry', async ({ page, request }) => {
    test.setTimeout(120_000); // about 14 pages and 35 documents, on a shared machine
    const steps = new Set(['/choose/']);
    const queue = ['/choose/'];
    const codes = new Set<string>();
    while (queue.length > 0) {
      await page.goto(queue.shift()!);
      const hrefs = await page.locator('[data-choose-answers] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        if (href.startsWith('/choose/') && !steps.has(href)) {
          steps.add(href);
          queue.push(href);
        } else if (/^\/\d{3}\/$/.test(href)) codes.add(href);
      }
    }
    expect(REQUIRED.filter((code) => !codes.has(`/${code}/`))).toEqual([]);
    for (const path of codes) {
      const response = await request.get(path.replace(/\/$/, '.json'));
      expect(response.status(), `${path} has an entry (its JSON document)`).toBe(200);
    }
  });

  test('a code page links back to the question that leads to it', async ({ page }) => {
    await page.goto('/429/');
    const back = page.locator('[aria-labelledby="choose-links-title"] a');
    await expect(back).toHaveAttribute('href', '/choose/limits/#answer-429');
    await back.click();
    await expect(page.locator('#answer-429')).toBeVisible();
    await expect(page.locator('#answer-429')).toContainText('429 Too Many Requests');
  });

  test('a step shows its breadcrumb trail back to the start', async ({ page }) => {
    await page.goto('/choose/gateway/');
    const crumbs = page.locator('nav[aria-label="Breadcrumb"] a');
    await expect(crumbs).toHaveText(['Which status code?', 'What went wrong on the server’s side?']);
    await expect(page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]')).toHaveText(
      'What did the server behind the gateway do?',
    );
  });
});

test.describe('comparison pages', () => {
  test('the hub lists every comparison under its ascending URL', async ({ page }) => {
    await page.goto('/compare/');
    const urls = await page.locator('main li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(urls).toEqual(COMPARED_GROUPS.map((codes) => comparePath(codes)));
    expect(urls.length).toBeGreaterThanOrEqual(17);
  });

  test('every comparison has a column per code, and derived rows that agree with the entries', async ({ page, request }) => {
    test.setTimeout(COMPARED_GROUPS.length * 10_000);
    for (const group of COMPARED_GROUPS) {
      const url = comparePath(group);
      await test.step(url, async () => {
        const codes = group.map((n) => String(n).padStart(3, '0'));
        expect(codes, 'numbers in ascending order').toEqual([...codes].sort());
        await page.goto(url);
        const table = page.locator('table[data-compare-table]');
        await expect(table.locator('thead th[data-code]')).toHaveText(codes.map((c) => new RegExp(`^${c} `)));
        const rows = table.locator('tbody tr');
        expect(await rows.count()).toBeGreaterThanOrEqual(6);
        await expect(rows.first()).toHaveAttribute('data-row', 'question');
        const cellCounts = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td').length));
        expect(cellCounts).toEqual(cellCounts.map(() => codes.length));
        const entries = await Promise.all(codes.map(async (c) => (await request.get(`/${c}.json`)).json()));
        const expected: Record<string, (e: Record<string, unknown>) => string> = {
          'required-headers': (e) => (e['headers'] as { required: string[] }).required.join(', '),
          'related-headers': (e) => (e['headers'] as { optional: string[] }).optional.join(', '),
          cacheable: (e) => String(e['cacheable']),
          retry: (e) => String(e['retry']),
          sender: (e) => String(e['sender'] ?? e['origin']),
          'client-sees': (e) => String(e['clientSees']),
        };
        for (const [key, valueOf] of Object.entries(expected)) {
          const row = table.locator(`tr[data-derived="${key}"]`);
          if (key === 'client-sees' && (await row.count()) === 0) {
            expect(
              entries.every((e) => e.clientSees === 'this-code'),
              'shows what reaches the client when it differs',
            ).toBe(true);
            continue;
          }
          const values = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
          expect(values, key).toEqual(entries.map(valueOf));
        }
        await expect(page.locator('[data-verdict] li')).toHaveCount(codes.length);
      });
    }
  });

  test('redirects say whether the method may change, with the section', async ({ page }) => {
    await page.goto('/compare/301-vs-302-vs-303-vs-307-vs-308/');
    const cells = page.locator('tr[data-derived="method"] td');
    expect(await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).toEqual([
      'may-change',
      'may-change',
      'becomes-get',
      'kept',
      'kept',
    ]);
    await expect(cells.nth(3).locator('a')).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8');
  });

  test('a reversed URL leads to the canonical one, and stays out of the index', async ({ page, request }) => {
    const html = await (await request.get('/compare/403-vs-401/')).text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/compare\/401-vs-403\/">/);
    expect(html).toContain('<a href="/compare/401-vs-403/">');
    await page.goto('/compare/403-vs-401/');
    await expect(page).toHaveURL(/\/compare\/401-vs-403\/$/);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/compare/401-vs-403/</loc>');
    expect(sitemap).not.toContain('/compare/403-vs-401/');
  });

  test('a code page links to every comparison it appears in', async ({ page }) => {
    await page.goto('/504/');
    const links = await page.locator('#compare a[href^="/compare/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/compare/408-vs-499-vs-504/', '/compare/502-vs-504/', '/compare/502-vs-504-vs-522-vs-524/']);
  });
});

test.describe('narrow screens and search', () => {
  // Sideways scrolling at 320 px is checked on every page by the sweep in a11y.spec.ts.
  test.use({ viewport: { width: 320, height: 640 } });

  test('a wide table scrolls inside its own focusable region', async ({ page }) => {
    await page.goto('/compare/301-vs-302-vs-303-vs-307-vs-308/');
    const region = page.getByRole('region', { name: '301 vs 302 vs 303 vs 307 vs 308 compared' });
    await expect(region.locator('table[data-compare-table]')).toHaveCount(1);
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });

  test('"401 vs 403" in the search opens the comparison page', async ({ page }) => {
    await page.goto('/search/?q=401%20vs%20403');
    await expect(page.locator('[data-search-pinned] a')).toHaveAttribute('href', '/compare/401-vs-403/');
  });
});

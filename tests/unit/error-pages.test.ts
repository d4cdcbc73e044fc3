/**
 * The error-page kits without a build: the page text picked from the entries, the translations
 * kept in step with the English, the page and its colours, the problem+json bodies, the code map,
 * the snippets' shape and the zip writer. The built kits run in real servers in tests/dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_PAGES } from '../../src/data/error-pages/pages';
import { KIT_SOURCES } from '../../src/data/error-pages/sources';
import { STATUS_CLASSES } from '../../src/lib/classes';
import { APACHE_UNKNOWN_CODES, apacheConf } from '../../src/lib/error-pages/apache';
import { caddyfile } from '../../src/lib/error-pages/caddy';
import { allKitCodes, kitCodeMap, pageFor } from '../../src/lib/error-pages/code-map';
import { backendNginxConf } from '../../src/lib/error-pages/kubernetes';
import { KIT_FOLDER, NGINX_CLOSES_INSTEAD, nginxServerConf } from '../../src/lib/error-pages/nginx';
import { DARK, LIGHT, PAGE_CSS, STYLE_TEXT, inlineHtml, renderKitPage, styleHash, type KitPalette } from '../../src/lib/error-pages/page';
import { problemDetails } from '../../src/lib/error-pages/problem';
import {
  codePageText,
  kitLanguageSets,
  shortHash,
  translationProblems,
  translationReviewSheet,
  wordsBeforeLinks,
  type KitEntryData,
} from '../../src/lib/error-pages/text';
import { zip } from '../../src/lib/error-pages/zip';
import { readZip } from '../support/unzip';
import { ENTRIES } from './entries';

const entries = ENTRIES.map((entry) => entry.data as KitEntryData & { registry: string });
const entry = (code: number) => entries.find((e) => e.code === code)!;
const sets = kitLanguageSets(entries, KIT_SOURCES);
const english = sets[0]!;
const SITE = 'https://status.example.org';

describe('kit page text from the entries', () => {
  it('has a page for each code the issue names, and the two class pages', () => {
    const keys = english.pages.map((page) => page.key);
    for (const code of [400, 401, 403, 404, 405, 408, 410, 413, 414, 429, 451, 500, 501, 502, 503, 504]) expect(keys).toContain(`${code}`);
    expect(keys).toEqual(expect.arrayContaining(['4xx', '5xx']));
  });

  it.each(english.pages.map((page) => [page.key, page] as const))('page %s keeps to about 60 words before the links', (_key, page) => {
    expect(wordsBeforeLinks(page)).toBeLessThanOrEqual(62);
  });

  it("takes its sentences from the entry's visitor lists, not from a copy", () => {
    const page404 = english.pages.find((page) => page.key === '404')!;
    expect(entry(404).fixes.visitor).toContain(page404.happened);
    for (const item of page404.todo) expect(entry(404).fixes.visitor).toContain(item);
    expect(page404.detail).toBe(entry(404).summary);
    expect(page404.title).toBe(entry(404).title);
  });

  it('picks single sentences when the selection says so', () => {
    const page503 = english.pages.find((page) => page.key === '503')!;
    expect(page503.todo[0]).toBe('Wait a few minutes and try again.');
    expect(entry(503).fixes.visitor[0]!.startsWith(page503.todo[0]!)).toBe(true);
  });

  it('fails naming the code when a kit page has no entry', () => {
    const withoutEntry = entries.filter((e) => e.code !== 451);
    expect(() => kitLanguageSets(withoutEntry, KIT_SOURCES)).toThrow(/code 451: there is no entry content\/codes\/451\.mdx/);
  });

  it('fails naming the code and the field when the entry lacks the picked visitor item', () => {
    const selection = CODE_PAGES.find((page) => page.code === 404)!;
    const short = { ...entry(404), fixes: { visitor: ['Only one item.'] } };
    expect(() => codePageText(selection, short)).toThrow(/code 404: fixes\.visitor\[2\] is missing/);
    const oneSentence = { ...entry(503), fixes: { visitor: [] } };
    expect(() =>
      codePageText(
        CODE_PAGES.find((page) => page.code === 503)!,
        oneSentence,
      ),
    ).toThrow(/code 503: fixes\.visitor\[0\] is missing/);
  });
});

describe('translations', () => {
  it('ships English and five other languages', () => {
    expect(sets.map((set) => set.language)).toEqual(['en', 'de', 'fr', 'es', 'pt', 'ja']);
  });

  it.each(KIT_SOURCES.translations.map((t) => [t.language, t] as const))(
    '%s translates every string of the current English',
    (_language, translation) => {
      expect(translationProblems(translation, english.pages, KIT_SOURCES.ui).map((problem) => problem.message)).toEqual([]);
    },
  );

  it('names the code, the language and the field when the English changed since a translation', () => {
    const changed = entries.map((e) =>
      e.code === 404 ? { ...e, fixes: { visitor: e.fixes.visitor.map((item, i) => (i === 0 ? `${item} Changed.` : item)) } } : e,
    );
    const changedEnglish = kitLanguageSets(changed, { ...KIT_SOURCES, translations: [] })[0]!;
    const german = KIT_SOURCES.translations.find((t) => t.language === 'de')!;
    const problems = translationProblems(german, changedEnglish.pages, KIT_SOURCES.ui);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ language: 'de', page: '404', field: 'todo.0', problem: 'stale' });
    expect(problems[0]!.message).toMatch(/^de, page 404, todo\.0: the English changed/);
  });

  it('lists every string beside its English in docs/error-pages-translations.md, for the second reader', async () => {
    await expect(translationReviewSheet(KIT_SOURCES, english.pages)).toMatchFileSnapshot('../../docs/error-pages-translations.md');
  });

  it('names a missing translation and a lost placeholder', () => {
    const french = KIT_SOURCES.translations.find((t) => t.language === 'fr')!;
    const broken = {
      ...french,
      ui: { ...french.ui, meaningLink: { en: shortHash(KIT_SOURCES.ui.meaningLink), text: 'Que signifie ce code ?' } },
      pages: Object.fromEntries(Object.entries(french.pages).filter(([key]) => key !== '410')),
    };
    const messages = translationProblems(broken, english.pages, KIT_SOURCES.ui).map((problem) => problem.message);
    expect(messages).toContain('fr, page frame, meaningLink: placeholders none, but the English has {code}');
    expect(messages).toContain('fr, page 410, heading: no translation');
  });
});

/** WCAG 2.2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the page', () => {
  const page404 = english.pages.find((page) => page.key === '404')!;
  const html = renderKitPage(page404, english.ui, { language: 'en', htmlLang: 'en', site: SITE });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('reaches AA contrast in %s: text, muted text and links on the background', (_scheme, palette: KitPalette) => {
    for (const colour of [palette.text, palette.muted, palette.accent]) expect(contrast(colour, palette.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('links back to the visitor advice on this site, and the generic pages to the class page', () => {
    expect(html).toContain(`href="${SITE}/404/?for=visitor"`);
    const page4xx = english.pages.find((page) => page.key === '4xx')!;
    expect(renderKitPage(page4xx, english.ui, { language: 'en', htmlLang: 'en', site: SITE })).toContain(`href="${SITE}/4xx/"`);
  });

  it('carries one inline style, the same in every language, and no script, font or outside resource', () => {
    for (const set of sets) {
      for (const page of set.pages) {
        const out = renderKitPage(page, set.ui, { language: set.language, htmlLang: set.htmlLang, site: SITE });
        expect(out).toContain(`<html lang="${set.htmlLang}">`);
        expect(out).toContain(`<style>${STYLE_TEXT}</style>`);
        expect(STYLE_TEXT).toBe(`\n${PAGE_CSS}\n`);
        expect(out).not.toMatch(/<script|<link|@import|@font-face|url\(|\ssrc=/i);
      }
    }
  });

  it('marks the places a site owner brands', () => {
    for (const marker of ['BRANDING:', 'SITE NAME:', 'HOME LINK:', 'STATUS PAGE:']) expect(html).toContain(`<!-- ${marker}`);
  });

  it('marks the link to an English page from a page in another language', () => {
    const german = sets.find((set) => set.language === 'de')!;
    const out = renderKitPage(
      german.pages.find((page) => page.key === '404')!,
      german.ui,
      { language: 'de', htmlLang: 'de', site: SITE },
    );
    expect(out).toContain('hreflang="en">Was bedeutet 404?</a> (auf Englisch)');
  });

  it('gives the CSP hash of the style', () => {
    expect(styleHash()).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(styleHash('a')).not.toBe(styleHash());
  });

  it('escapes text and renders code spans', () => {
    expect(inlineHtml('Delete everything after the `?` <now> & go')).toBe(
      'Delete everything after the <code>?</code> &lt;now&gt; &amp; go',
    );
  });
});

describe('problem+json bodies (RFC 9457 section 3)', () => {
  it("give this site's page as the type, and the status a code page stands for", () => {
    const body = problemDetails(
      english.pages.find((page) => page.key === '503')!,
      SITE,
    );
    expect(body).toEqual({ type: `${SITE}/503/`, title: 'Service Unavailable', status: 503, detail: entry(503).summary });
    expect(Object.keys(body)).toEqual(['type', 'title', 'status', 'detail']);
  });

  it('leave the status out of a class body, which answers many codes', () => {
    const body = problemDetails(
      english.pages.find((page) => page.key === '5xx')!,
      SITE,
    );
    expect(body).toEqual({ type: `${SITE}/5xx/`, title: 'Server Error', detail: STATUS_CLASSES[4]!.summary });
  });
});

describe('which page answers which code', () => {
  const map = kitCodeMap(
    entries,
    CODE_PAGES.map((page) => page.code),
  );

  it('answers every assigned 4xx and 5xx code, and nothing else', () => {
    const assigned = entries.filter((e) => e.registry === 'assigned' && e.code >= 400 && e.code < 600).map((e) => e.code);
    expect(allKitCodes(map)).toEqual(assigned.sort((a, b) => a - b));
    expect(pageFor(404, map)).toBe('404');
    expect(pageFor(409, map)).toBe('4xx');
    expect(pageFor(507, map)).toBe('5xx');
  });

  const context = { guideUrl: `${SITE}/error-pages/nginx/`, map };

  it('gives nginx an error_page for every code but 408, each a local URI', () => {
    const conf = nginxServerConf(context);
    const listed = [...conf.matchAll(/^error_page ([\d ]+) (\S+);$/gm)].flatMap((m) => {
      expect(m[2]).toMatch(/^\/_error-pages\//);
      return m[1]!.split(' ').map(Number);
    });
    expect(listed.sort((a, b) => a - b)).toEqual(allKitCodes(map).filter((code) => !NGINX_CLOSES_INSTEAD.includes(code)));
    expect(conf).toContain(`alias ${KIT_FOLDER}/;`);
  });

  it('gives Apache an ErrorDocument for every code it knows, each a local path', () => {
    const conf = apacheConf(context);
    const listed = [...conf.matchAll(/^ErrorDocument (\d+) (\S+)$/gm)].map((m) => {
      expect(m[2]).toMatch(/^\/_error-pages\//);
      return Number(m[1]);
    });
    expect(listed).toEqual(allKitCodes(map).filter((code) => !APACHE_UNKNOWN_CODES.includes(code)));
    expect(conf).toContain(`Define ERROR_PAGES_DIR ${KIT_FOLDER}`);
  });

  it("maps every code with a page of its own in Caddy's map, the rest by class", () => {
    const conf = caddyfile(context);
    for (const code of map.pages) expect(conf).toContain(`\t\t${code} ${code}\n`);
    expect(conf).toContain(`root * ${KIT_FOLDER}\n`);
  });

  it('lets the Kubernetes backend answer every code in X-Code but 408 with that code', () => {
    const conf = backendNginxConf(context);
    for (const code of allKitCodes(map).filter((code) => code !== 408))
      expect(conf).toContain(`location = /_status/${code} { internal; return ${code}; }`);
    expect(conf).not.toContain('return 408');
  });
});

describe('the zip writer', () => {
  const files = [
    { path: 'error-pages/404.html', content: '<!doctype html>\n'.repeat(50) },
    { path: 'error-pages/de/404.json', content: '{"title":"Größe"}\n' },
    { path: 'error-pages/empty.txt', content: '' },
  ];

  it('writes folders, then files that read back byte for byte', () => {
    const entriesRead = readZip(Buffer.from(zip(files)));
    expect(entriesRead.map((e) => e.path)).toEqual([
      'error-pages/',
      'error-pages/404.html',
      'error-pages/de/',
      'error-pages/de/404.json',
      'error-pages/empty.txt',
    ]);
    for (const file of files) expect(entriesRead.find((e) => e.path === file.path)!.data!.toString('utf8')).toBe(file.content);
    expect(entriesRead.find((e) => e.path === 'error-pages/')!.mode).toBe(0o040755);
    expect(entriesRead.find((e) => e.path === 'error-pages/404.html')!.mode).toBe(0o100644);
  });

  it('gives the same bytes for the same files', () => {
    expect(Buffer.from(zip(files)).equals(Buffer.from(zip(files)))).toBe(true);
  });

  it('makes an archive another zip reader accepts (unzip, or Python zipfile)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      const path = join(dir, 'kit.zip');
      writeFileSync(path, zip(files));
      const unzip = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
      const checked = unzip.error
        ? spawnSync(
            'python3',
            [
              '-c',
              'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); print(bad or "ok"); sys.exit(1 if bad else 0)',
              path,
            ],
            { encoding: 'utf8' },
          )
        : unzip;
      if (checked.error)
        throw new Error('neither unzip nor python3 is installed: install unzip ("apt-get install unzip") to check the archive');
      expect(checked.status, `${checked.stdout}${checked.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses paths that would leave the folder, and the same path twice', () => {
    expect(() => zip([{ path: '../x', content: '' }])).toThrow(/relative path/);
    expect(() => zip([{ path: '/etc/x', content: '' }])).toThrow(/relative path/);
    expect(() => zip([...files, files[0]!])).toThrow(/twice/);
  });
});

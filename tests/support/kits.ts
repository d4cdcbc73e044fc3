/**
 * Helpers for the tests of the built error-page kits: unpack a kit from dist/ as a user would
 * (pointing its snippet at the folder it was unzipped to), and the pages a server should answer
 * with, worked out from the kit's files and the entries, not from the configs under test.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ENTRIES } from '../unit/entries';
import { DIST, read } from './dist-files';
import { extractZip } from './unzip';

/** The folder the snippets name, which a user replaces with their own. */
export const SNIPPET_FOLDER = '/srv/error-pages';

/** Every assigned 4xx and 5xx code: the kits must answer each with a page and keep its status. */
export const COVERED_CODES: number[] = ENTRIES.map((entry) => entry.data as { code: number; registry: string })
  .filter((data) => data.registry === 'assigned' && data.code >= 400 && data.code <= 599)
  .map((data) => data.code)
  .sort((a, b) => a - b);

/** The public origin the build used (from the sitemap index), which every page links back to. */
export function siteOrigin(): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(read(join(DIST, 'sitemap-index.xml')))?.[1];
  if (!loc) throw new Error('dist/sitemap-index.xml has no <loc>: build the site first');
  return new URL(loc).origin;
}

export interface UnpackedKit {
  /** The temporary folder holding error-pages/ and anything a test adds beside it. */
  root: string;
  /** The kit's error-pages/ folder. */
  dir: string;
  remove(): void;
}

/**
 * Unzips dist/error-pages/<kit>.zip into a new temporary folder and, in the snippet files, replaces
 * the folder the snippets name with the real one, the one change a user makes. The folder is made
 * readable to all, since nginx and Apache workers drop root.
 */
export function unpackKit(kit: string): UnpackedKit {
  const zipPath = join(DIST, 'error-pages', `${kit}.zip`);
  if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run npm run build first`);
  const root = mkdtempSync(join(tmpdir(), `kit-${kit}-`));
  chmodSync(root, 0o755);
  extractZip(readFileSync(zipPath), root);
  const dir = join(root, 'error-pages');
  for (const name of readdirSync(dir)) {
    if (/\.(conf|mjs)$|^Caddyfile$/.test(name)) {
      const file = join(dir, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(SNIPPET_FOLDER, dir));
    }
  }
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The page that answers a code: its own, or its class's generic page. */
export function pageKey(code: number, dir: string): string {
  return existsSync(join(dir, `${code}.html`)) ? `${code}` : `${Math.floor(code / 100)}xx`;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One plain HTTP/1.1 request with node:http. Not fetch: the Fetch standard turns a 407 into a
 * network error outside a browser window, and the kits must be checked on 407 too.
 */
export function request(url: string, options: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: { Accept: '*/*', ...options.headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer from ${url} within 20 s`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The HTML answer for a code: the status kept, the kit's page byte for byte, the link back. */
export function expectPage(answer: Answer, code: number, dir: string, language = ''): void {
  const key = pageKey(code, dir);
  expect(answer.status, `status for ${code}`).toBe(code);
  expect(answer.headers.get('content-type') ?? '', `Content-Type for ${code}`).toMatch(/^text\/html/);
  expect(answer.body, `the kit's ${language}${key}.html for ${code}`).toBe(readFileSync(join(dir, language, `${key}.html`), 'utf8'));
  const back = key.endsWith('xx') ? `${siteOrigin()}/${key}/` : `${siteOrigin()}/${key}/?for=visitor`;
  expect(answer.body, `link back for ${code}`).toContain(`href="${back}"`);
}

/** The JSON answer for a code: the status kept, problem+json, and `type` this site's page for it. */
export function expectProblem(answer: Answer, code: number, dir: string): void {
  const key = pageKey(code, dir);
  expect(answer.status, `status for ${code}`).toBe(code);
  expect(answer.headers.get('content-type') ?? '', `Content-Type for ${code}`).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(answer.body) as { type: string; title: string; status?: number; detail: string };
  expect(body.type).toBe(`${siteOrigin()}/${key}/`);
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  if (body.status !== undefined) expect(body.status).toBe(code);
}

/**
 * The built kits in dist/error-pages/: each zip unpacks into one error-pages/ folder with the
 * layout users and the guides rely on, and every page in every language is small, valid HTML with
 * no script and nothing loaded from elsewhere. The servers run the kits in error-pages-servers.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist-files';
import { siteOrigin } from '../support/kits';
import { readZip, type ZipEntry } from '../support/unzip';

const KITS = ['nginx', 'apache', 'caddy', 'kubernetes', 'express', 'traefik', 'iis', 'cloudflare', 'netlify', 'vercel', 'github-pages', 's3-cloudfront'];
const LANGUAGES = ['', 'de/', 'fr/', 'es/', 'pt/', 'ja/'];
const PAGES = ['400', '401', '403', '404', '405', '408', '410', '413', '414', '429', '451', '500', '501', '502', '503', '504', '4xx', '5xx'];
const perLanguage = (folder: string, files: string[]) => LANGUAGES.flatMap((lang) => files.map((f) => `error-pages/${folder}/${lang}${f}`));
/** Each kit's own files beside the pages. */
const OWN_FILES: Record<string, string[]> = {
  nginx: ['error-pages/nginx.conf', 'error-pages/nginx-http.conf'],
  apache: ['error-pages/apache.conf'],
  caddy: ['error-pages/Caddyfile'],
  express: ['error-pages/express-error-pages.mjs'],
  kubernetes: ['error-pages/kubernetes/error-pages-backend.yaml', ...['en', 'de', 'fr', 'es', 'pt', 'ja'].map((l) => `error-pages/kubernetes/pages-${l}.yaml`)],
  traefik: ['error-pages/traefik/dynamic/error-pages.yml', 'error-pages/traefik/traefik.yml', 'error-pages/traefik/error-pages-nginx.conf', 'error-pages/traefik/compose.yaml'],
  iis: ['error-pages/iis/web.config', ...['de', 'fr', 'es', 'pt', 'ja'].map((l) => `error-pages/iis/web.${l}.config`)],
  cloudflare: perLanguage('cloudflare', ['500s.html', 'waf-block.html', 'ip-block.html', 'rate-limit.html', 'custom-error-rules.json', 'create-assets.sh']),
  netlify: ['error-pages/netlify/_redirects'],
  vercel: perLanguage('vercel', ['404.html', '500.html', '501.html', '502.html', '503.html', '504.html']),
  'github-pages': [],
  's3-cloudfront': ['error-pages/s3-cloudfront/cloudfront-error-responses.yaml'],
};
const MAX_PAGE_BYTES = 10 * 1024;

const kits = new Map(KITS.map((kit) => [kit, readZip(readFileSync(join(DIST, 'error-pages', `${kit}.zip`)))]));
const file = (entries: ZipEntry[], path: string) => entries.find((entry) => entry.path === path)?.data?.toString('utf8');

describe.each(KITS)('the %s kit', (kit) => {
  const entries = kits.get(kit)!;

  it('unzips into one error-pages/ folder with every page and body in every language, and its own files', () => {
    const files = entries.filter((entry) => entry.data).map((entry) => entry.path);
    expect(entries.every((entry) => entry.path.startsWith('error-pages/'))).toBe(true);
    const expected = ['error-pages/README.txt', ...LANGUAGES.flatMap((lang) => PAGES.flatMap((page) => [`error-pages/${lang}${page}.html`, `error-pages/${lang}${page}.json`])), ...OWN_FILES[kit]!];
    expect(files.sort()).toEqual(expected.sort());
  });

  it('names its guide in its README', () => {
    expect(file(entries, 'error-pages/README.txt')).toContain(`${siteOrigin()}/error-pages/${kit}/`);
  });

  it('ships the same pages as the nginx kit', () => {
    const nginx = kits.get('nginx')!;
    for (const lang of LANGUAGES) for (const page of PAGES) expect(file(entries, `error-pages/${lang}${page}.html`)).toBe(file(nginx, `error-pages/${lang}${page}.html`));
  });
});

describe('every page in every language', () => {
  // The kit pages, and the page variants that Cloudflare and Vercel get with their tokens.
  const pages = [
    ...kits.get('nginx')!,
    ...kits.get('cloudflare')!.filter((entry) => entry.path.startsWith('error-pages/cloudflare/')),
    ...kits.get('vercel')!.filter((entry) => entry.path.startsWith('error-pages/vercel/')),
  ]
    .filter((entry) => entry.path.endsWith('.html'))
    .map((entry) => [entry.path, entry.data!] as const);
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

  it('is at most 10 KiB', () => {
    const sizes = pages.map(([path, data]) => [path, data.length] as const);
    expect(sizes.filter(([, size]) => size > MAX_PAGE_BYTES)).toEqual([]);
    expect(pages).toHaveLength(LANGUAGES.length * (PAGES.length + 4 + 6));
  });

  it('is valid HTML', async () => {
    const problems: string[] = [];
    for (const [path, data] of pages) {
      const report = await validator.validateString(data.toString('utf8'), path);
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no script and loads nothing from anywhere: no src, no stylesheet link, no url(), no @import, no web font', () => {
    const offenders = pages.filter(([, data]) => /<script|<link\b|\ssrc=|url\(|@import|@font-face|<iframe|<object|<embed/i.test(data.toString('utf8')));
    expect(offenders.map(([path]) => path)).toEqual([]);
  });

  it('says its language and links back to this site', () => {
    const origin = siteOrigin();
    for (const [path, data] of pages) {
      const html = data.toString('utf8');
      const folder = /^error-pages\/(?:(?:cloudflare|vercel)\/)?(?:(\w\w)\/)?/.exec(path)![1] ?? 'en';
      expect(html, path).toMatch(new RegExp(`<html lang="${folder}(-[A-Z]{2})?">`));
      expect(html, path).toContain(`href="${origin}/`);
    }
  });

  it('comes with a problem+json body whose type is this site and whose detail is in the same language', () => {
    const origin = siteOrigin();
    const nginx = kits.get('nginx')!;
    for (const lang of LANGUAGES) {
      for (const page of PAGES) {
        const body = JSON.parse(file(nginx, `error-pages/${lang}${page}.json`)!) as Record<string, unknown>;
        expect(body['type']).toBe(`${origin}/${page}/`);
        expect(typeof body['title']).toBe('string');
        expect(typeof body['detail']).toBe('string');
        if (page.endsWith('xx')) expect(body).not.toHaveProperty('status');
        else expect(body['status']).toBe(Number(page));
      }
    }
    const detail = (lang: string) => (JSON.parse(file(nginx, `error-pages/${lang}404.json`)!) as { detail: string }).detail;
    expect(new Set(LANGUAGES.map(detail)).size).toBe(LANGUAGES.length);
  });
});

/**
 * The hosted platforms' kits, as far as they can be checked here. Traefik's error service is a
 * real nginx config, so it runs in nginx with the requests Traefik would send. The other platforms
 * (IIS, Cloudflare, Netlify, Vercel, S3 + CloudFront) cannot run on this machine: their files are
 * checked for what keeps or loses the status (no redirect mode, no status override, no catch-all
 * 200), for every file they name being in the kit, and for the tokens each platform requires.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../unit/entries';
import { COVERED_CODES, expectProblem, pageKey, request, siteOrigin, unpackKit, type UnpackedKit } from '../support/kits';
import { checkConfig, freePort, requireBinary, startServer, type RunningServer } from '../support/servers';

const LANGUAGES = ['', 'de/', 'fr/', 'es/', 'pt/', 'ja/'];
/** Codes whose entry requires a response header: a platform that drops headers must not catch them. */
const HEADER_BOUND = ENTRIES.map((entry) => entry.data as { code: number; headers?: { required?: string[] } })
  .filter((data) => (data.headers?.required ?? []).length > 0)
  .map((data) => data.code);

const read = (kit: UnpackedKit, path: string) => readFileSync(join(kit.dir, path), 'utf8');

describe('the Traefik kit', () => {
  let kit: UnpackedKit;
  const servers: RunningServer[] = [];
  let pages = '';
  let notFound = '';
  let german = '';

  beforeAll(async () => {
    const nginx = requireBinary('/usr/sbin/nginx', 'nginx-light');
    kit = unpackKit('traefik');
    const source = read(kit, 'traefik/error-pages-nginx.conf');
    const start = async (name: string, root: string) => {
      const [port, port404] = [await freePort(), await freePort()];
      const prefix = join(kit.root, name);
      mkdirSync(prefix, { recursive: true });
      // As the container runs it, with the kit mounted at the folder the config names; here the
      // folder, the two ports and the writable paths are this machine's.
      const conf = join(prefix, 'nginx.conf');
      writeFileSync(
        conf,
        source
          .replaceAll('/tmp/', `${prefix}/`)
          .replace('root /srv/error-pages;', `root ${root};`)
          .replace('listen 8080;', `listen 127.0.0.1:${port};`)
          .replace('listen 8081;', `listen 127.0.0.1:${port404};`),
      );
      checkConfig(`nginx (Traefik error service, ${name})`, nginx, ['-p', prefix, '-c', conf, '-t', '-q']);
      servers.push(await startServer(`nginx (Traefik error service, ${name})`, nginx, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], port));
      return [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port404}`];
    };
    [pages, notFound] = (await start('english', kit.dir)) as [string, string];
    // The documented switch: the language's folder on the root line.
    [german] = (await start('german', join(kit.dir, 'de'))) as [string];
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    kit?.remove();
  });

  // The service answers 404 on purpose (Traefik sends the caught status instead): see the config.
  it.each(COVERED_CODES)('serves the page for %i, as Traefik asks for it, with the right type', async (code) => {
    const answer = await request(`${pages}/${code}.html`, { headers: { Accept: 'text/html' } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.body).toBe(read(kit, `${pageKey(code, kit.dir)}.html`));
  });

  it.each(COVERED_CODES)('serves the problem+json body for %i to a JSON client', async (code) => {
    const answer = await request(`${pages}/${code}.html`, { headers: { Accept: 'application/json' } });
    expect(answer.body).toBe(read(kit, `${pageKey(code, kit.dir)}.json`));
    // Traefik sends the caught status; what matters here is the body and its type.
    expectProblem({ ...answer, status: code }, code, kit.dir);
  });

  it('never answers a range or a conditional request with 206, 304 or 412', async () => {
    const conditions = [{ Range: 'bytes=0-5' }, { 'If-None-Match': '*' }, { 'If-Modified-Since': new Date().toUTCString() }, { 'If-Match': '"x"' }];
    for (const headers of conditions) {
      const answer = await request(`${pages}/404.html`, { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(404);
      expect(answer.body).toBe(read(kit, '404.html'));
    }
  });

  it('answers 404 for anything that is not a page, and on the catch-all port', async () => {
    for (const url of [`${pages}/index.html`, `${pages}/_page/404.html`, `${notFound}/any/path`]) {
      const answer = await request(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body, url).not.toBe(read(kit, '404.html'));
    }
  });

  it('serves the German pages after the documented one-line switch', async () => {
    expect((await request(`${german}/404.html`)).body).toBe(read(kit, 'de/404.html'));
  });

  it('catches every code but those that need their own headers, one code or range per item', () => {
    const config = parse(read(kit, 'traefik/dynamic/error-pages.yml')) as {
      http: { middlewares: Record<string, { errors: { status: string[]; service: string; query: string } }>; routers: Record<string, { middlewares?: string[]; priority?: number }> };
    };
    const { status, service, query } = config.http.middlewares['error-pages']!.errors;
    for (const item of status) expect(item).toMatch(/^\d{3}(-\d{3})?$/);
    const caught = COVERED_CODES.filter((code) =>
      status.some((item) => {
        const [low, high = low] = item.split('-').map(Number) as [number, number?];
        return code >= low && code <= high;
      }),
    );
    expect(caught).toEqual(COVERED_CODES.filter((code) => !HEADER_BOUND.includes(code)));
    expect(HEADER_BOUND).toEqual(expect.arrayContaining([401, 405]));
    expect([service, query]).toEqual(['error-pages', '/{status}.html']);
    expect(config.http.routers['site']!.middlewares).toContain('error-pages');
    expect(config.http.routers['api']!.middlewares).toBeUndefined();
    expect(config.http.routers['catch-all']).toMatchObject({ priority: 1, middlewares: ['error-pages'] });
  });
});

describe('the IIS kit', () => {
  let kit: UnpackedKit;
  beforeAll(() => {
    kit = unpackKit('iis');
  });
  afterAll(() => kit?.remove());

  it.each(LANGUAGES)('web.config for "%s" has a File entry for every code, each naming a page in the kit', (language) => {
    const xml = read(kit, `iis/${language ? `web.${language.slice(0, 2)}.config` : 'web.config'}`).replace(/<!--[\s\S]*?-->/g, '');
    const tags = [...xml.matchAll(/<(\/?)([\w.]+)[^>]*?(\/?)>/g)];
    const stack: string[] = [];
    for (const [, close, name, selfClose] of tags) {
      if (selfClose) continue;
      if (close) expect(stack.pop(), `</${name}>`).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    expect(xml).not.toMatch(/Redirect|ExecuteURL/);
    expect(xml.indexOf('<clear />')).toBeLessThan(xml.indexOf('<error '));
    const entries = [...xml.matchAll(/<error statusCode="(\d+)" path="([^"]+)" responseMode="File" \/>/g)];
    expect(entries.map((m) => Number(m[1]))).toEqual(COVERED_CODES);
    for (const [, code, path] of entries) {
      const file = path!.replaceAll('\\', '/');
      expect(file).toBe(`error-pages/${language}${pageKey(Number(code), kit.dir)}.html`);
      expect(existsSync(join(kit.root, file)), file).toBe(true);
    }
  });
});

describe('the Cloudflare kit', () => {
  let kit: UnpackedKit;
  beforeAll(() => {
    kit = unpackKit('cloudflare');
  });
  afterAll(() => kit?.remove());

  it.each(LANGUAGES)('"%s" Error Pages carry the tokens their types require and follow the page rules', (language) => {
    const variants: Record<string, string[]> = {
      '500s.html': ['::CLOUDFLARE_ERROR_500S_BOX::', '::RAY_ID::'],
      'waf-block.html': ['::RAY_ID::'],
      'ip-block.html': ['::RAY_ID::'],
      'rate-limit.html': ['::RAY_ID::'],
    };
    for (const [name, tokens] of Object.entries(variants)) {
      const html = read(kit, `cloudflare/${language}${name}`);
      for (const token of tokens) expect(html, `${language}${name}`).toContain(token);
      expect(html).toContain('<head>');
      expect(html).toContain('</head>');
      expect(html).not.toMatch(/<meta name="referrer"/);
      expect(Buffer.byteLength(html)).toBeLessThan(1_500_000);
    }
  });

  /** The rule that a response with this code and Accept header meets first, as Cloudflare picks it. */
  function firstMatch(rules: { expression: string; action_parameters: Record<string, unknown> }[], code: number, json: boolean) {
    return rules.find(({ expression }) => {
      const eq = /http\.response\.code eq (\d+)/.exec(expression);
      const range = /http\.response\.code ge (\d+) and http\.response\.code le (\d+)/.exec(expression);
      const codeMatches = eq ? Number(eq[1]) === code : range ? code >= Number(range[1]) && code <= Number(range[2]) : false;
      const wantsJson = expression.includes('contains "json"');
      return codeMatches && (!wantsJson || json);
    });
  }

  it.each(LANGUAGES)('"%s" rules keep the status and answer every code with its page, JSON clients first', (language) => {
    const { rules } = JSON.parse(read(kit, `cloudflare/${language}custom-error-rules.json`)) as {
      rules: { ref: string; action: string; expression: string; action_parameters: Record<string, unknown>; enabled: boolean }[];
    };
    const script = read(kit, `cloudflare/${language}create-assets.sh`);
    for (const rule of rules) {
      expect(rule.action).toBe('serve_error');
      expect(rule.action_parameters).not.toHaveProperty('status_code');
      // Only the operators and functions Cloudflare's own examples use.
      expect(rule.expression.replace(/http\.response\.code (eq|ge|le) \d+| and |any\(http\.request\.headers\["accept"\]\[\*\] contains "json"\)|[()]/g, '')).toBe('');
    }
    for (const code of COVERED_CODES) {
      const html = firstMatch(rules, code, false)!;
      expect(html.action_parameters).toEqual({ asset_name: `kit_${pageKey(code, kit.dir)}`, content_type: 'text/html' });
      expect(script).toContain(`create kit_${pageKey(code, kit.dir)} "$PAGES_URL/${pageKey(code, kit.dir)}.html"`);
      const json = firstMatch(rules, code, true)!;
      expect(json.action_parameters['content_type']).toBe('application/json');
      const content = json.action_parameters['content'] as string;
      expect(Buffer.byteLength(content)).toBeLessThan(10_000);
      expect(JSON.parse(content)).toEqual(JSON.parse(read(kit, `${language}${pageKey(code, kit.dir)}.json`)));
    }
    for (const name of script.matchAll(/^create (\S+)/gm)) expect(name[1]).toMatch(/^[A-Za-z0-9_]{1,200}$/);
  });

  it('has asset scripts the shell accepts', () => {
    for (const language of LANGUAGES) {
      const result = spawnSync('sh', ['-n', join(kit.dir, 'cloudflare', `${language}create-assets.sh`)], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }
  });
});

describe('the Netlify kit', () => {
  let kit: UnpackedKit;
  beforeAll(() => {
    kit = unpackKit('netlify');
  });
  afterAll(() => kit?.remove());

  it('answers unknown paths with the 404 page and status 404, and has no catch-all 200', () => {
    const rules = read(kit, 'netlify/_redirects')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(/\s+/));
    expect(rules).toEqual([['/*', '/error-pages/404.html', '404']]);
    for (const [, target] of rules) expect(existsSync(join(kit.root, target!))).toBe(true);
    expect(read(kit, 'netlify/_redirects')).toMatch(/^# \/\*\s+\/error-pages\/503\.html\s+503!$/m);
  });
});

describe('the Vercel kit', () => {
  let kit: UnpackedKit;
  beforeAll(() => {
    kit = unpackKit('vercel');
  });
  afterAll(() => kit?.remove());

  it.each(LANGUAGES)('"%s" has the 404 page as is and 5xx pages with both of Vercel’s tokens', (language) => {
    expect(read(kit, `vercel/${language}404.html`)).toBe(read(kit, `${language}404.html`));
    for (const code of ['500', '501', '502', '503', '504']) {
      const html = read(kit, `vercel/${language}${code}.html`);
      expect(html, code).toContain('::vercel:REQUEST_ID::');
      expect(html, code).toContain('::vercel:ERROR_CODE::');
    }
    // 500.html is Vercel's fallback for every 5xx without a page, so it names no code.
    expect(read(kit, `vercel/${language}500.html`)).toContain(`href="${siteOrigin()}/5xx/"`);
  });
});

describe('the S3 + CloudFront kit', () => {
  let kit: UnpackedKit;
  beforeAll(() => {
    kit = unpackKit('s3-cloudfront');
  });
  afterAll(() => kit?.remove());

  it('maps each code CloudFront allows to its page with the same status, and sets the error caching', () => {
    const [fragment] = parseAllDocuments(read(kit, 's3-cloudfront/cloudfront-error-responses.yaml')).map((doc) => doc.toJS()) as [
      { DefaultRootObject: string; CustomErrorResponses: { ErrorCode: number; ResponseCode: number; ResponsePagePath: string; ErrorCachingMinTTL: number }[] },
    ];
    expect(fragment.DefaultRootObject).toBe('index.html');
    const allowed = [400, 403, 404, 405, 414, 500, 501, 502, 503, 504];
    expect(fragment.CustomErrorResponses.map((r) => r.ErrorCode)).toEqual(allowed);
    for (const response of fragment.CustomErrorResponses) {
      expect(response.ResponseCode).toBe(response.ErrorCode);
      expect(response.ErrorCachingMinTTL).toBe(10);
      expect(response.ResponsePagePath).toBe(`/error-pages/${pageKey(response.ErrorCode, kit.dir)}.html`);
      expect(existsSync(join(kit.root, response.ResponsePagePath))).toBe(true);
    }
  });
});

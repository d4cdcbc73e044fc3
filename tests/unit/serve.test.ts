/** tools/serve.ts serves a built site as a static host would; checked here on a small site of its own. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, createSiteServer, MissingSiteError } from '../../tools/serve';

let scratch: string;
let server: Server;
let port: number;
const PAGE = `<!doctype html><title>Home</title>${'<p>status codes</p>'.repeat(50)}`;

/** A raw GET (the path is sent exactly as given, unlike fetch, which normalises dots). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'serve-'));
  const dist = join(scratch, 'dist');
  mkdirSync(join(dist, '_astro'), { recursive: true });
  mkdirSync(join(dist, '407'));
  mkdirSync(join(scratch, 'dist-old'));
  writeFileSync(join(dist, 'index.html'), PAGE);
  writeFileSync(join(dist, '407', 'index.html'), '<!doctype html><title>407</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(dist, '_astro', 'site.abc123.css'), 'body{color:red}'.repeat(40));
  writeFileSync(join(dist, '_astro', 'site.abc123.css.gz'), gzipSync('precompressed'));
  writeFileSync(
    join(dist, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  mkdirSync(join(dist, 'diagnose'));
  writeFileSync(join(dist, 'diagnose', 'index.html'), '<!doctype html><title>Diagnose</title>');
  writeFileSync(join(scratch, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(scratch, 'secret.txt'), 'secret');
  // Links inside the site are followed; links that lead out of it are not.
  symlinkSync(join(dist, '407'), join(dist, 'proxy-auth'));
  symlinkSync(join(scratch, 'secret.txt'), join(dist, 'leak.txt'));
  symlinkSync(join(scratch, 'dist-old'), join(dist, 'old'));
  server = createSiteServer(dist);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('tools/serve.ts', () => {
  it('serves a page with the headers from _headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.toString()).toBe(PAGE);
  });

  it('sends the long cache for /_astro/ only', async () => {
    expect((await get('/_astro/site.abc123.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBeUndefined();
  });

  it('redirects a directory to its trailing slash and serves its index', async () => {
    const res = await get('/407?for=visitor');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/407/?for=visitor');
    expect((await get('/407/')).body.toString()).toContain('<title>407</title>');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const res = await get('/no-such-page/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('<title>Not found</title>');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('compresses on the fly with brotli or gzip, as the client accepts', async () => {
    const br = await get('/', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gz = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect((await get('/', { 'Accept-Encoding': 'br;q=0, identity' })).headers['content-encoding']).toBeUndefined();
  });

  it('prefers a precompressed file the build wrote', async () => {
    const res = await get('/_astro/site.abc123.css', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe('precompressed');
  });

  it('never serves a file outside the root: encoded, double-encoded and backslash escapes', async () => {
    const escapes = [
      '/../secret.txt',
      '/..%2fdist-old/secret.txt',
      '/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%00/../secret.txt',
    ];
    for (const path of escapes) {
      const res = await get(path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body.toString(), path).not.toContain('secret');
    }
  });

  it('does not follow a symlink that leads out of the root, and follows one that stays inside', async () => {
    for (const path of ['/leak.txt', '/old/secret.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).not.toContain('secret');
    }
    expect((await get('/proxy-auth/')).body.toString()).toContain('<title>407</title>');
  });

  it('treats an encoded slash as part of a name, as static hosts do', async () => {
    expect((await get('/diagnose%2Findex.html')).status).toBe(404);
    expect((await get('/diagnose/index.html')).status).toBe(200);
  });

  it('never serves the host configuration files', async () => {
    for (const path of ['/_headers', '/_headers/', '/%5fheaders']) expect((await get(path)).status, path).toBe(404);
    expect((await get('/_astro/site.abc123.css')).status).toBe(200);
  });

  it('answers "//" and other targets it cannot read with 400, and keeps running', async () => {
    for (const path of ['//', '//evil.example/', '*']) expect((await get(path)).status, path).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('answers bytes that are not HTTP with 400 and keeps running', async () => {
    const reply = await new Promise<string>((done) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('\x16\x03\x01 not http at all\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => done(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await get('/')).status).toBe(200);
  });

  it('never redirects to another host', async () => {
    for (const path of ['/.//evil.example/..%2f407', '/.//evil.example/../407', '/407/..//evil.example/../407']) {
      const res = await get(path);
      const location = String(res.headers['location'] ?? '');
      expect(location.startsWith('//') || /^[a-z]+:/i.test(location), `${path} → ${location}`).toBe(false);
    }
    expect((await get('/.//evil.example/../407')).headers['location']).toBe('/407/');
  });

  it('sends a weak ETag and answers a matching If-None-Match with 304', async () => {
    const first = await get('/');
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^W\/"[\da-f]+-[\da-f]+"$/);
    const again = await get('/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/', { 'If-None-Match': 'W/"other"' })).status).toBe(200);
  });

  it('chooses the encoding by its q value', () => {
    expect(acceptedEncodings('gzip;q=1, br;q=0.5')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0.8, gzip;q=0.8')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0.1, gzip;q=0')).toEqual(['br']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('sends gzip when the client prefers it over br', async () => {
    const res = await get('/', { 'Accept-Encoding': 'br;q=0.2, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('applies the _headers rules to redirects, 400 and 405 answers too', async () => {
    const redirect = await get('/407');
    const malformed = await get('/%');
    const post = await new Promise<Record<string, unknown>>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/', method: 'POST' }, (res) => {
        res.resume();
        done({ status: res.statusCode, ...res.headers });
      });
      req.on('error', fail);
      req.end();
    });
    expect(redirect.status).toBe(301);
    expect(malformed.status).toBe(400);
    expect(post['status']).toBe(405);
    expect(post['allow']).toBe('GET, HEAD');
    for (const headers of [redirect.headers, malformed.headers, post]) expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not give a 404 under /_astro/ the long cache', async () => {
    const res = await get('/_astro/missing.css');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a malformed percent escape with 400 and keeps running', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});

describe('starting tools/serve.ts without a built site', () => {
  it('says what is missing at start, instead of failing on the first request', () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-empty-'));
    try {
      expect(() => createSiteServer(join(empty, 'dist'))).toThrow(MissingSiteError);
      expect(() => createSiteServer(join(empty, 'dist'))).toThrow(/npm run build/);
      mkdirSync(join(empty, 'dist'));
      expect(() => createSiteServer(join(empty, 'dist'))).toThrow(/404\.html is missing/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

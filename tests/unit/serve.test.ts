/** tools/serve.ts serves a built site as a static host would; checked here on a small site of its own. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../tools/serve';

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
  writeFileSync(join(scratch, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(scratch, 'secret.txt'), 'secret');
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

  it('never serves a file outside the root, even a sibling whose name starts the same', async () => {
    for (const path of ['/..%2fdist-old/secret.txt', '/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/../secret.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).not.toContain('secret');
    }
  });

  it('answers a malformed percent escape with 400 and keeps running', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
});

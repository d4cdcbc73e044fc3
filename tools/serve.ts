/**
 * Serves the built site the way a static host does. `npm start`, `npm run preview`, the end-to-end
 * tests and `npm run bench` all use it, so what they see is what a deployment serves:
 * - the headers in dist/_headers (the real Content-Security-Policy, the long cache for /_astro/);
 * - directory indexes, and a redirect to the trailing slash;
 * - dist/404.html with status 404 for anything else;
 * - brotli or gzip when the client accepts it: a precompressed `.br` or `.gz` file beside the
 *   original if the build wrote one, otherwise compressed on the fly;
 * - no path outside the root, and 400 for a malformed percent escape.
 * It listens on 127.0.0.1 only.
 *
 *   node tools/serve.ts [port] [root]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text formats gain from compression; PNG and Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.wasm']);

interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Parses _headers: a path line (a trailing * matches any rest), then indented "Name: value" lines. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
  return Object.fromEntries(matching.flatMap((r) => r.headers));
}

/** The encodings the client accepts, best first among those we can send (q=0 excluded). */
function acceptedEncodings(header: string | string[] | undefined): ('br' | 'gzip')[] {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  return (['br', 'gzip'] as const).filter((name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0);
}

/** The file a URL path names inside root, or undefined when it would leave root. */
function fileInside(root: string, path: string): string | undefined {
  const file = resolve(root, `.${path}`);
  const rel = relative(root, file);
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : file;
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

export function createSiteServer(rootDir = 'dist'): Server {
  const root = resolve(rootDir);
  const rulesFile = join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaderRules(readFileSync(rulesFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();

  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string, headers: Record<string, string>) => {
    const ext = extname(file);
    const out: Record<string, string> = { ...headers, 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    let body: Buffer | undefined;
    if (COMPRESSIBLE.has(ext)) {
      out['Vary'] = 'Accept-Encoding';
      for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
        const ready = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        if (isFile(ready)) body = readFileSync(ready);
        else {
          const key = `${encoding} ${file}`;
          if (!compressed.has(key)) {
            const raw = readFileSync(file);
            compressed.set(
              key,
              encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(raw),
            );
          }
          body = compressed.get(key);
        }
        out['Content-Encoding'] = encoding;
        break;
      }
    }
    body ??= readFileSync(file);
    out['Content-Length'] = String(body.length);
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET and HEAD are served.\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Malformed percent escape in the path.\n');
      return;
    }
    const notFound = () => send(req, res, 404, join(root, '404.html'), headersFor(rules, path));
    let file = path.includes('\0') ? undefined : fileInside(root, path);
    if (!file) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!isFile(file)) return notFound();
    send(req, res, 200, file, headersFor(rules, path));
  });
}

// Run as a program: serve dist/ (or the root given) on the port given.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 4321);
  const rootDir = process.argv[3] ?? 'dist';
  createSiteServer(rootDir).listen(port, '127.0.0.1', () => console.log(`Serving ${rootDir}/ at http://127.0.0.1:${port}/`));
}

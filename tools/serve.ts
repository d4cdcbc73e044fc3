/**
 * Serves the built site the way a static host does. `npm start`, `npm run preview`, the end-to-end
 * tests and `npm run bench` all use it, so what they see is what a deployment serves:
 * - the headers in dist/_headers on every answer it makes (the real Content-Security-Policy, the long
 *   cache for /_astro/ on files found there; redirects, 400s and 405s get the security headers too);
 * - directory indexes, and a redirect to the trailing slash that can only point inside the site;
 * - dist/404.html with status 404 for anything else, with the headers of /404.html;
 * - brotli or gzip by the client's preference (q values): a precompressed `.br` or `.gz` file
 *   beside the original if the build wrote one, otherwise compressed once and kept;
 * - a weak ETag per file, and 304 for a matching If-None-Match;
 * - nothing outside the root: `..` and encoded separators are refused, symlinks that lead out are
 *   not followed, and the host's own files (`_headers`, any `_` file at the root) are not served;
 * - 400 for a request target it cannot read, and no request, however malformed, stops the process.
 * It listens on 127.0.0.1 only.
 *
 *   node tools/serve.ts [port] [root]
 */
import { existsSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
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
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text formats gain from compression; PNG, zip and Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.wasm']);

const TEXT = 'text/plain; charset=utf-8';

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

/**
 * The encodings to try, best first: br and gzip ordered by the client's q values (RFC 9110 section
 * 12.5.3), br first on a tie, anything with q=0 left out; `*` stands for an encoding not named.
 */
export function acceptedEncodings(header: string | string[] | undefined): ('br' | 'gzip')[] {
  const weights = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name.trim()) weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((name) => weight(name) > 0).sort((a, b) => weight(b) - weight(a));
}

/**
 * The URL path split into decoded segments, or an error: a segment that decodes to a separator, a
 * NUL or a dot-segment names no file on a static host (`/diagnose%2Findex.html` is one odd name, not
 * a path), and a malformed escape is the client's mistake.
 */
export function pathSegments(pathname: string): { segments: string[] } | { error: 'malformed' | 'not-found' } {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { error: 'malformed' };
    }
    if (/[/\\\0]/.test(segment) || segment === '.' || segment === '..') return { error: 'not-found' };
    segments.push(segment);
  }
  return { segments };
}

/**
 * The path and query of a request target in origin form ("/a/b?c"), or undefined for anything else:
 * an absolute or authority form, `*`, or a target starting with "//", which a URL parser would read
 * as a host name. Dot segments are resolved as a browser resolves them before sending.
 */
export function originFormPath(target: string | undefined): { pathname: string; search: string } | undefined {
  if (!target?.startsWith('/') || target.startsWith('//')) return undefined;
  const at = target.indexOf('?');
  const pathname = at === -1 ? target : target.slice(0, at);
  const search = at === -1 ? '' : target.slice(at);
  return { pathname: new URL(`http://site${pathname}`).pathname, search };
}

/** A weak validator from size and modification time, as most static servers make one. */
const etagOf = (stats: Stats) => `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;

/** Whether If-None-Match matches the validator (weak comparison, RFC 9110 section 13.1.2). */
function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export class MissingSiteError extends Error {}

/** Fails at start, not on the first request, when there is nothing to serve. */
function checkRoot(root: string): void {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new MissingSiteError(`No built site at ${root}. Run \`npm run build\` first (\`npm start\` builds, then serves).`);
  }
  if (!existsSync(join(root, '404.html'))) {
    throw new MissingSiteError(
      `${join(root, '404.html')} is missing, so unknown paths could not be answered. Rebuild with \`npm run build\`.`,
    );
  }
}

export function createSiteServer(rootDir = 'dist'): Server {
  checkRoot(resolve(rootDir));
  const root = realpathSync.native(resolve(rootDir));
  const rulesFile = join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaderRules(readFileSync(rulesFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();

  /** The file inside root that segments name, following symlinks only while they stay inside. */
  const fileAt = (segments: string[]): { file: string; stats: Stats } | undefined => {
    // The host's own files (_headers, _redirects) sit at the root and are never content.
    if (segments.length === 1 && segments[0]!.startsWith('_')) return undefined;
    const candidate = join(root, ...segments);
    if (!existsSync(candidate)) return undefined;
    const real = realpathSync.native(candidate);
    if (real !== root && !real.startsWith(root + sep)) return undefined;
    return { file: real, stats: statSync(real) };
  };

  const sendPlain = (req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string>) => {
    res.writeHead(status, { ...headers, 'Content-Type': TEXT, 'Content-Length': String(Buffer.byteLength(text)) });
    res.end(req.method === 'HEAD' ? undefined : text);
  };

  const sendFile = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    file: string,
    stats: Stats,
    headers: Record<string, string>,
  ) => {
    const ext = extname(file);
    const etag = etagOf(stats);
    const out: Record<string, string> = { ...headers, 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (status === 200) {
      out['ETag'] = etag;
      if (notModified(req.headers['if-none-match'], etag)) {
        if (COMPRESSIBLE.has(ext)) out['Vary'] = 'Accept-Encoding';
        delete out['Content-Type'];
        res.writeHead(304, out).end();
        return;
      }
    }
    let body: Buffer | undefined;
    if (COMPRESSIBLE.has(ext)) {
      out['Vary'] = 'Accept-Encoding';
      const encoding = acceptedEncodings(req.headers['accept-encoding'])[0];
      if (encoding) {
        const ready = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        if (existsSync(ready) && statSync(ready).isFile()) body = readFileSync(ready);
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
      }
    }
    body ??= readFileSync(file);
    out['Content-Length'] = String(body.length);
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const everywhere = headersFor(rules, '/');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendPlain(req, res, 405, 'Only GET and HEAD are served.\n', { ...everywhere, Allow: 'GET, HEAD' });
      return;
    }
    const target = originFormPath(req.url);
    if (!target) {
      sendPlain(req, res, 400, 'The request target must be a path starting with a single /.\n', everywhere);
      return;
    }
    const parsed = pathSegments(target.pathname);
    const notFound = () => {
      const page = join(root, '404.html');
      sendFile(req, res, 404, page, statSync(page), headersFor(rules, '/404.html'));
    };
    if ('error' in parsed) {
      if (parsed.error === 'malformed') sendPlain(req, res, 400, 'Malformed percent escape in the path.\n', everywhere);
      else notFound();
      return;
    }
    const { segments } = parsed;
    const trailingSlash = target.pathname.endsWith('/');
    const named = segments.filter((s) => s !== '');
    const found = fileAt(named);
    if (!found) return notFound();
    if (found.stats.isDirectory()) {
      if (!trailingSlash) {
        // Built from the checked segments, never from the raw target: one leading slash, each
        // segment re-encoded, so the redirect cannot name another host.
        const location = `/${named.map(encodeURIComponent).join('/')}/${target.search}`;
        res.writeHead(301, { ...headersFor(rules, target.pathname), Location: location, 'Content-Length': '0' }).end();
        return;
      }
      const index = fileAt([...named, 'index.html']);
      if (!index?.stats.isFile()) return notFound();
      return sendFile(req, res, 200, index.file, index.stats, headersFor(rules, target.pathname));
    }
    if (!found.stats.isFile() || trailingSlash) return notFound();
    sendFile(req, res, 200, found.file, found.stats, headersFor(rules, target.pathname));
  };

  const server = createServer((req, res) => {
    // One guard for the whole handler: a bug here answers 500 for that request; the process lives on.
    try {
      handle(req, res);
    } catch (error) {
      console.error(`serve: ${req.method} ${req.url}:`, error);
      if (!res.headersSent) sendPlain(req, res, 500, 'The server failed on this request.\n', headersFor(rules, '/'));
      else res.destroy();
    }
  });
  // Bytes that are not HTTP at all never reach the handler: answer 400 and close, as Node's default
  // does, but without letting a socket error surface as an uncaught exception.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

// Run as a program: serve dist/ (or the root given) on the port given.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 4321);
  const rootDir = process.argv[3] ?? 'dist';
  try {
    createSiteServer(rootDir).listen(port, '127.0.0.1', () => console.log(`Serving ${rootDir}/ at http://127.0.0.1:${port}/`));
  } catch (error) {
    if (!(error instanceof MissingSiteError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

/**
 * Serves dist/ the way a static host does, for the end-to-end tests: the headers in dist/_headers
 * (so the real Content-Security-Policy is in force), directory indexes, a redirect to the trailing
 * slash, and dist/404.html with status 404 for anything else. Listens on 127.0.0.1 only.
 *
 *   node tools/serve.ts [port]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = 'dist';
const port = Number(process.argv[2] ?? 4329);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Parses _headers: a path line, then indented "Name: value" lines. */
function readHeaderRules(): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(join(root, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const rules = readHeaderRules();
const headersFor = (path: string) =>
  Object.fromEntries(
    rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path)).flatMap((r) => r.headers),
  );

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) file = join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  const found = existsSync(file) && statSync(file).isFile();
  const served = found ? file : join(root, '404.html');
  res.writeHead(found ? 200 : 404, { ...headersFor(path), 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(served).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root}/ at http://127.0.0.1:${port}/`));

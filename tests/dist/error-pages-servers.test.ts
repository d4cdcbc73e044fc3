/**
 * The kits' snippets in the real servers. Each kit is unzipped from dist/ and included in a minimal
 * config as a user would include it; the server runs on 127.0.0.1 and every assigned 4xx and 5xx
 * code is triggered, to check the status is kept, the kit's page is served with its link back,
 * and a client asking for JSON gets problem+json with the same status. A few real failures (a
 * missing file, basic auth, a body over the limit, an upstream that is down or answers with an
 * error) and the documented language switch are checked too. A config the server rejects fails
 * with the server's own message; a missing server binary fails naming the package to install.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APACHE_UNKNOWN_CODES } from '../../src/lib/error-pages/apache';
import { NGINX_CLOSES_INSTEAD } from '../../src/lib/error-pages/nginx';
import { checkConfig, freePort, requireBinary, startServer, type RunningServer } from '../support/servers';
import { COVERED_CODES, expectPage, expectProblem, pageKey, request, unpackKit, type UnpackedKit } from '../support/kits';

const JSON_ACCEPT = { Accept: 'application/json' };
/** A password file with one user, in the {SHA} form nginx and Apache both read. */
const HTPASSWD = `member:{SHA}${createHash('sha1').update('a long test password').digest('base64')}\n`;
/** A body over the 16-byte limit each config sets for /upload/. */
const BIG_BODY = 'x'.repeat(4096);

/** The Express kit's export, as its JSDoc describes it. */
type ErrorPages = (options?: { folder?: string; language?: string }) => {
  notFound: express.RequestHandler;
  errorHandler: express.ErrorRequestHandler;
};

/** An application behind the proxies: /app/NNN answers NNN with a body of its own. */
let app: Server;
let appPort: number;
/** A port nothing listens on, for "the upstream is down". */
let deadPort: number;

beforeAll(async () => {
  appPort = await freePort();
  app = createServer((req, res) => {
    const code = Number(/^\/app\/(\d{3})$/.exec(req.url ?? '')?.[1] ?? 200);
    res.writeHead(code, { 'Content-Type': 'text/plain' }).end('the application body\n');
  });
  await new Promise<void>((resolve) => app.listen(appPort, '127.0.0.1', resolve));
  deadPort = await freePort();
});

afterAll(async () => {
  await new Promise<void>((resolve) => app.close(() => resolve()));
});

/** The checks every server must pass for each code it answers, through /status/NNN. */
function servesEveryCode(base: () => string, dir: () => string, codes: readonly number[] = COVERED_CODES) {
  it.each(codes)('keeps %i and serves the kit page that links back', async (code) => {
    expectPage(await request(`${base()}/status/${code}`), code, dir());
  });
  it.each(codes)('answers %i with problem+json and the same status to a client asking for JSON', async (code) => {
    expectProblem(await request(`${base()}/status/${code}`, { headers: JSON_ACCEPT }), code, dir());
  });
}

const except = (codes: readonly number[]) => COVERED_CODES.filter((code) => !codes.includes(code));

describe('nginx with the nginx kit', () => {
  let kit: UnpackedKit;
  let server: RunningServer | undefined;
  let base = '';
  let german = '';

  beforeAll(async () => {
    const nginx = requireBinary('/usr/sbin/nginx', 'nginx-light');
    kit = unpackKit('nginx');
    const [port, portDe] = [await freePort(), await freePort()];
    const temp = join(kit.root, 'temp');
    mkdirSync(join(kit.root, 'site'), { recursive: true });
    writeFileSync(join(kit.root, 'htpasswd'), HTPASSWD);
    // The language switch as the snippet's comment describes it: the language's folder on the alias line.
    writeFileSync(join(kit.dir, 'nginx-de.conf'), readFileSync(join(kit.dir, 'nginx.conf'), 'utf8').replace(`alias ${kit.dir}/;`, `alias ${kit.dir}/de/;`));
    const triggers = COVERED_CODES.map((code) => `        location = /status/${code} { return ${code}; }`).join('\n');
    const conf = join(kit.root, 'nginx-test.conf');
    writeFileSync(
      conf,
      `pid ${kit.root}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    include ${kit.dir}/nginx-http.conf;
    server {
        listen 127.0.0.1:${port};
        root ${kit.root}/site;
        include ${kit.dir}/nginx.conf;
${triggers}
        location /private/ { auth_basic "Members"; auth_basic_user_file ${kit.root}/htpasswd; }
        location /upload/ { client_max_body_size 16; return 204; }
        location /down/ { proxy_pass http://127.0.0.1:${deadPort}; }
        location /app/ { proxy_pass http://127.0.0.1:${appPort}; proxy_intercept_errors on; }
        location /app-plain/ { proxy_pass http://127.0.0.1:${appPort}/app/; }
    }
    server {
        listen 127.0.0.1:${portDe};
        root ${kit.root}/site;
        include ${kit.dir}/nginx-de.conf;
        location = /status/404 { return 404; }
    }
}
`,
    );
    mkdirSync(temp, { recursive: true });
    const args = ['-p', kit.root, '-c', conf];
    checkConfig('nginx', nginx, [...args, '-t', '-q']);
    server = await startServer('nginx', nginx, [...args, '-g', 'daemon off;'], port);
    base = `http://127.0.0.1:${port}`;
    german = `http://127.0.0.1:${portDe}`;
  });

  afterAll(async () => {
    await server?.stop();
    kit?.remove();
  });

  servesEveryCode(
    () => base,
    () => kit.dir,
    except(NGINX_CLOSES_INSTEAD),
  );

  it('closes the connection for 408 instead of answering, so the kit leaves 408 out', async () => {
    await expect(request(`${base}/status/408`)).rejects.toThrow();
  });

  it('serves 404 for a file that does not exist', async () => {
    expectPage(await request(`${base}/no/such/file.html`), 404, kit.dir);
  });

  it('keeps WWW-Authenticate on the 401 of basic auth, so the browser still asks for the login', async () => {
    const answer = await request(`${base}/private/`);
    expectPage(answer, 401, kit.dir);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Members"');
  });

  it('serves 413 for a body over client_max_body_size', async () => {
    expectPage(await request(`${base}/upload/`, { method: 'POST', body: BIG_BODY }), 413, kit.dir);
  });

  it('serves 502 when the upstream is down', async () => {
    expectPage(await request(`${base}/down/`), 502, kit.dir);
  });

  it('serves the page for an upstream error only where proxy_intercept_errors is on', async () => {
    expectPage(await request(`${base}/app/503`), 503, kit.dir);
    const plain = await request(`${base}/app-plain/503`);
    expect(plain.status).toBe(503);
    expect(plain.body).toBe('the application body\n');
  });

  it('keeps the pages internal: their own address is a 404', async () => {
    expectPage(await request(`${base}/_error-pages/500.html`), 404, kit.dir);
  });

  it('serves the German pages after the documented one-line switch', async () => {
    expectPage(await request(`${german}/status/404`), 404, kit.dir, 'de');
  });
});

describe('Apache httpd with the apache kit', () => {
  let kit: UnpackedKit;
  let server: RunningServer | undefined;
  let base = '';
  let german = '';

  beforeAll(async () => {
    const apache = requireBinary('/usr/sbin/apache2', 'apache2');
    kit = unpackKit('apache');
    const [port, portDe] = [await freePort(), await freePort()];
    for (const folder of ['site', 'run', 'conf']) mkdirSync(join(kit.root, folder), { recursive: true });
    writeFileSync(join(kit.root, 'site', 'upload.txt'), 'a static file\n');
    writeFileSync(join(kit.root, 'conf', 'mime.types'), '');
    writeFileSync(join(kit.root, 'htpasswd'), HTPASSWD);
    writeFileSync(
      join(kit.dir, 'apache-de.conf'),
      readFileSync(join(kit.dir, 'apache.conf'), 'utf8').replace('Alias /_error-pages "${ERROR_PAGES_DIR}"', 'Alias /_error-pages "${ERROR_PAGES_DIR}/de"'),
    );
    const modules = ['mpm_event', 'authz_core', 'authz_user', 'authn_core', 'authn_file', 'auth_basic', 'alias', 'mime', 'setenvif', 'rewrite', 'proxy', 'proxy_http'];
    const triggers = except(APACHE_UNKNOWN_CODES)
      .map((code) => `    RewriteRule ^/status/${code}$ - [R=${code}]`)
      .join('\n');
    const conf = join(kit.root, 'apache-test.conf');
    writeFileSync(
      conf,
      `ServerRoot ${kit.root}
DefaultRuntimeDir ${kit.root}/run
PidFile ${kit.root}/run/httpd.pid
ErrorLog ${kit.root}/error.log
LogLevel warn
ServerName 127.0.0.1
TypesConfig ${kit.root}/conf/mime.types
Listen 127.0.0.1:${port}
Listen 127.0.0.1:${portDe}
${modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n')}
<Directory />
    Require all denied
</Directory>
<VirtualHost 127.0.0.1:${port}>
    DocumentRoot ${kit.root}/site
    <Directory ${kit.root}/site>
        Require all granted
    </Directory>
    Include ${kit.dir}/apache.conf
    RewriteEngine On
${triggers}
    <Location /private/>
        AuthType Basic
        AuthName "Members"
        AuthUserFile ${kit.root}/htpasswd
        Require valid-user
    </Location>
    <Location /upload.txt>
        LimitRequestBody 16
    </Location>
    ProxyPass /down/ http://127.0.0.1:${deadPort}/
    ProxyPass /app/ http://127.0.0.1:${appPort}/app/
    <Location /app/>
        ProxyErrorOverride On
    </Location>
    ProxyPass /app-plain/ http://127.0.0.1:${appPort}/app/
</VirtualHost>
<VirtualHost 127.0.0.1:${portDe}>
    DocumentRoot ${kit.root}/site
    <Directory ${kit.root}/site>
        Require all granted
    </Directory>
    Include ${kit.dir}/apache-de.conf
</VirtualHost>
`,
    );
    checkConfig('Apache httpd', apache, ['-t', '-f', conf]);
    server = await startServer('Apache httpd', apache, ['-f', conf, '-DFOREGROUND'], port, { logFile: join(kit.root, 'error.log') });
    base = `http://127.0.0.1:${port}`;
    german = `http://127.0.0.1:${portDe}`;
  });

  afterAll(async () => {
    await server?.stop();
    kit?.remove();
  });

  servesEveryCode(
    () => base,
    () => kit.dir,
    except(APACHE_UNKNOWN_CODES),
  );

  it('serves 404 for a file that does not exist', async () => {
    expectPage(await request(`${base}/no/such/file.html`), 404, kit.dir);
  });

  it('keeps WWW-Authenticate on the 401 of basic auth, so the browser still asks for the login', async () => {
    const answer = await request(`${base}/private/`);
    expectPage(answer, 401, kit.dir);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Members"');
  });

  it('serves 413 for a body over LimitRequestBody', async () => {
    expectPage(await request(`${base}/upload.txt`, { method: 'POST', body: BIG_BODY }), 413, kit.dir);
  });

  it('serves 503 when the upstream is down (mod_proxy answers 503 for a refused connection)', async () => {
    expectPage(await request(`${base}/down/`), 503, kit.dir);
  });

  it('serves the page for an upstream error only where ProxyErrorOverride is on', async () => {
    expectPage(await request(`${base}/app/503`), 503, kit.dir);
    const plain = await request(`${base}/app-plain/503`);
    expect(plain.status).toBe(503);
    expect(plain.body).toBe('the application body\n');
  });

  it('adds Vary: Accept to error responses', async () => {
    expect((await request(`${base}/no/such/file.html`)).headers.get('vary') ?? '').toMatch(/Accept/);
  });

  it('keeps the pages out of reach as addresses of their own', async () => {
    const answer = await request(`${base}/_error-pages/500.html`);
    expect(answer.status).toBe(403);
    expect(answer.body).toBe(readFileSync(join(kit.dir, '403.html'), 'utf8'));
  });

  it('serves the German pages after the documented one-line switch', async () => {
    expectPage(await request(`${german}/no/such/file.html`), 404, kit.dir, 'de');
  });
});

describe('Caddy with the caddy kit', () => {
  let kit: UnpackedKit;
  let server: RunningServer | undefined;
  let base = '';
  let german = '';

  beforeAll(async () => {
    const caddy = requireBinary('caddy', 'caddy');
    kit = unpackKit('caddy');
    const [port, portDe] = [await freePort(), await freePort()];
    mkdirSync(join(kit.root, 'site'), { recursive: true });
    // Caddy keeps its state in the XDG folders; these keep it inside the test's folder.
    const env = { ...process.env, XDG_CONFIG_HOME: join(kit.root, 'xdg-config'), XDG_DATA_HOME: join(kit.root, 'xdg-data'), HOME: kit.root };
    const hash = checkConfig('caddy hash-password', caddy, ['hash-password', '--plaintext', 'a long test password'], env).split('\n').pop()!;
    writeFileSync(join(kit.dir, 'Caddyfile-de'), readFileSync(join(kit.dir, 'Caddyfile'), 'utf8').replace(`root * ${kit.dir}\n`, `root * ${kit.dir}/de\n`));
    const triggers = COVERED_CODES.map((code) => `\terror /status/${code} ${code}`).join('\n');
    const conf = join(kit.root, 'Caddyfile.test');
    writeFileSync(
      conf,
      `{
	admin off
	auto_https off
}

http://127.0.0.1:${port} {
	root * ${kit.root}/site
	import ${kit.dir}/Caddyfile
${triggers}
	basicauth /private/* {
		member ${hash}
	}
	reverse_proxy /down/* 127.0.0.1:${deadPort}
	reverse_proxy /app/* 127.0.0.1:${appPort} {
		@error status 4xx 5xx
		handle_response @error {
			error "Upstream error" {rp.status_code}
		}
	}
	handle_path /app-plain/* {
		rewrite * /app{path}
		reverse_proxy 127.0.0.1:${appPort}
	}
	file_server
}

http://127.0.0.1:${portDe} {
	root * ${kit.root}/site
	import ${kit.dir}/Caddyfile-de
	file_server
}
`,
    );
    checkConfig('Caddy', caddy, ['validate', '--config', conf, '--adapter', 'caddyfile'], env);
    server = await startServer('Caddy', caddy, ['run', '--config', conf, '--adapter', 'caddyfile'], port, { env });
    base = `http://127.0.0.1:${port}`;
    german = `http://127.0.0.1:${portDe}`;
  });

  afterAll(async () => {
    await server?.stop();
    kit?.remove();
  });

  servesEveryCode(
    () => base,
    () => kit.dir,
  );

  it('serves 404 for a file that does not exist', async () => {
    expectPage(await request(`${base}/no/such/file.html`), 404, kit.dir);
  });

  it('keeps WWW-Authenticate on the 401 of basicauth, so the browser still asks for the login', async () => {
    const answer = await request(`${base}/private/`);
    expectPage(answer, 401, kit.dir);
    expect(answer.headers.get('www-authenticate') ?? '').toMatch(/^Basic realm=/);
  });

  it('serves 502 when the upstream is down', async () => {
    expectPage(await request(`${base}/down/`), 502, kit.dir);
  });

  it("passes an upstream's error through untouched unless handle_response hands it to the pages", async () => {
    expectPage(await request(`${base}/app/503`), 503, kit.dir);
    const plain = await request(`${base}/app-plain/503`);
    expect(plain.status).toBe(503);
    expect(plain.body).toBe('the application body\n');
  });

  it('serves the German pages after the documented one-line switch', async () => {
    expectPage(await request(`${german}/no/such/file.html`), 404, kit.dir, 'de');
  });
});

describe('Express with the express kit', () => {
  let kit: UnpackedKit;
  const listeners: Server[] = [];
  let base = '';
  let german = '';

  beforeAll(async () => {
    kit = unpackKit('express');
    const { errorPages } = (await import(pathToFileURL(join(kit.dir, 'express-error-pages.mjs')).href)) as { errorPages: ErrorPages };
    const makeApp = (language: string) => {
      const pages = errorPages({ language });
      const server = express();
      server.get('/status/:code', (req, _res, next) => next(Object.assign(new Error('test'), { status: Number(req.params.code) })));
      server.get('/private/', (_req, res, next) => {
        res.set('WWW-Authenticate', 'Basic realm="Members"');
        next(Object.assign(new Error('login needed'), { status: 401 }));
      });
      server.get('/crash/', () => {
        throw new Error('a bug');
      });
      server.get('/allow/', (_req, _res, next) => next(Object.assign(new Error('no'), { statusCode: 405, headers: { Allow: 'GET, HEAD' } })));
      server.use(pages.notFound);
      server.use(pages.errorHandler);
      return server;
    };
    const [port, portDe] = [await freePort(), await freePort()];
    listeners.push(makeApp('').listen(port, '127.0.0.1'), makeApp('de').listen(portDe, '127.0.0.1'));
    base = `http://127.0.0.1:${port}`;
    german = `http://127.0.0.1:${portDe}`;
  });

  afterAll(async () => {
    for (const server of listeners) await new Promise<void>((resolve) => server.close(() => resolve()));
    kit?.remove();
  });

  servesEveryCode(
    () => base,
    () => kit.dir,
  );

  it('answers a route nothing matched with 404', async () => {
    expectPage(await request(`${base}/no/such/page`), 404, kit.dir);
  });

  it('answers an uncaught exception with 500 and never shows its message', async () => {
    const answer = await request(`${base}/crash/`);
    expectPage(answer, 500, kit.dir);
    expect(answer.body).not.toContain('a bug');
  });

  it('keeps a WWW-Authenticate header set before the error', async () => {
    const answer = await request(`${base}/private/`);
    expectPage(answer, 401, kit.dir);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Members"');
  });

  it("sends the headers an error carries (err.headers), as Express's final handler does", async () => {
    const answer = await request(`${base}/allow/`);
    expectPage(answer, 405, kit.dir);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });

  it('fills in the status of a generic class body', async () => {
    const body = JSON.parse((await request(`${base}/status/409`, { headers: JSON_ACCEPT })).body) as { status: number; type: string };
    expect(body.status).toBe(409);
    expect(pageKey(409, kit.dir)).toBe('4xx');
  });

  it('serves the German pages with language: "de"', async () => {
    expectPage(await request(`${german}/no/such/page`), 404, kit.dir, 'de');
  });
});

describe('the Kubernetes default backend (nginx with X-Code and X-Format)', () => {
  let kit: UnpackedKit;
  let server: RunningServer | undefined;
  let base = '';
  let pagesDir = '';

  beforeAll(async () => {
    const nginx = requireBinary('/usr/sbin/nginx', 'nginx-light');
    kit = unpackKit('kubernetes');
    const port = await freePort();
    // The two ConfigMaps as the cluster would mount them: nginx.conf from the backend manifest,
    // and the English pages from pages-en.yaml, each key a file.
    const manifest = parseAllDocuments(readFileSync(join(kit.dir, 'kubernetes', 'error-pages-backend.yaml'), 'utf8')).map((doc) => doc.toJS());
    const configMap = manifest.find((doc) => doc.kind === 'ConfigMap');
    const pages = parseAllDocuments(readFileSync(join(kit.dir, 'kubernetes', 'pages-en.yaml'), 'utf8'))[0]!.toJS() as { data: Record<string, string> };
    pagesDir = join(kit.root, 'mounted-pages');
    mkdirSync(pagesDir, { recursive: true });
    for (const [name, content] of Object.entries(pages.data)) writeFileSync(join(pagesDir, name), content);
    // Only what differs outside a pod: the mount path of the pages, the port and the writable paths.
    const conf = join(kit.root, 'backend.conf');
    writeFileSync(
      conf,
      (configMap.data['nginx.conf'] as string)
        .replaceAll('/tmp/', `${kit.root}/`)
        .replaceAll('/srv/error-pages/', `${pagesDir}/`)
        .replace('listen 8080;', `listen 127.0.0.1:${port};`)
        // In a pod /dev/stdout is the container log; here it may be a socket nginx cannot open.
        .replace('access_log /dev/stdout;', `access_log ${kit.root}/access.log;`),
    );
    checkConfig('nginx (Kubernetes backend)', nginx, ['-p', kit.root, '-c', conf, '-t', '-q']);
    server = await startServer('nginx (Kubernetes backend)', nginx, ['-p', kit.root, '-c', conf, '-g', 'daemon off;'], port);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await server?.stop();
    kit?.remove();
  });

  it('mounts the same pages the kit ships at its root', () => {
    expect(readFileSync(join(pagesDir, '404.html'), 'utf8')).toBe(readFileSync(join(kit.dir, '404.html'), 'utf8'));
  });

  const backendCodes = except(NGINX_CLOSES_INSTEAD);

  it.each(backendCodes)('answers X-Code %i with that status and its page', async (code) => {
    expectPage(await request(`${base}/`, { headers: { 'X-Code': String(code), 'X-Format': 'text/html' } }), code, pagesDir);
  });

  it.each(backendCodes)('answers X-Code %i with problem+json when X-Format asks for JSON', async (code) => {
    expectProblem(await request(`${base}/`, { headers: { 'X-Code': String(code), 'X-Format': 'application/json' } }), code, pagesDir);
  });

  it('keeps the status whatever the method of the failed request', async () => {
    expectPage(await request(`${base}/`, { method: 'POST', body: 'form=1', headers: { 'X-Code': '503' } }), 503, pagesDir);
  });

  it('answers 404 without X-Code and 200 on /healthz, as a default backend must', async () => {
    expectPage(await request(`${base}/anything`), 404, pagesDir);
    const health = await request(`${base}/healthz`);
    expect(health.status).toBe(200);
  });
});

/**
 * Every generated Express snippet, run: mounted in an Express 5 app on 127.0.0.1 (port 0), sent the
 * request its code's exchange describes, and its raw response checked against the entry: the
 * status, the required and conditional headers with the values the page shows, no content where
 * the code allows none, Content-Length equal to the bytes that follow, a Content-Type on any
 * content, and per code what RFC 9110 asks (Allow without the refused method, a Content-Range that
 * matches the slice sent).
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentAddedIn, currentConstant } from '../../src/data/in-code';
import { sendPlan, whyNotSent, type Exchange, type SendInput, type SendPlan } from '../../src/lib/send-snippets';
import { ENTRIES, toSendInput } from './entries';

const CASES = ENTRIES.map((e) => toSendInput(e.data))
  .map((input) => ({ input, plan: sendPlan(input, currentConstant, currentAddedIn) }))
  .flatMap(({ input, plan }) => {
    const snippet = plan.snippets.find((s) => s.framework.id === 'express');
    return snippet && plan.exchange ? [{ input, plan, exchange: plan.exchange, source: snippet.code }] : [];
  });

/** The stored file the 206 snippet slices: 4,096 bytes that differ from one offset to the next. */
const VIDEO = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + 3) % 256));
const media = mkdtempSync(join(tmpdir(), 'send-express-'));
writeFileSync(join(media, 'video.mp4'), VIDEO);
const cwd = process.cwd();

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * Splits the raw bytes of one connection into responses (interim ones first), reading content by
 * Content-Length or chunks; `done` once a final response is whole. Bytes that do not form a
 * response (content after a 204's header section, say) throw.
 */
function parseResponses(raw: Buffer, method: string, closed: boolean): { responses: RawResponse[]; done: boolean } {
  const responses: RawResponse[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) {
      if (closed || !/^HTTP\/1\.1 \d{3} /.test(rest.toString('latin1'))) {
        throw new Error(`not a response: ${JSON.stringify(rest.toString('latin1'))}`);
      }
      return { responses, done: false };
    }
    const [statusLine = '', ...fields] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1]);
    if (!status) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`);
    const headers = new Map<string, string>();
    for (const field of fields) {
      const colon = field.indexOf(':');
      headers.set(field.slice(0, colon).toLowerCase(), field.slice(colon + 1).trim());
    }
    rest = rest.subarray(end + 4);
    if (status < 200 || method === 'HEAD' || status === 204 || status === 304) {
      responses.push({ status, headers, body: Buffer.alloc(0) });
      continue;
    }
    if (headers.get('transfer-encoding') === 'chunked') {
      const chunks: Buffer[] = [];
      for (;;) {
        const line = rest.indexOf('\r\n');
        if (line < 0) return { responses, done: false };
        const size = parseInt(rest.subarray(0, line).toString('latin1'), 16);
        if (rest.length < line + 2 + size + 2) return { responses, done: false };
        rest = rest.subarray(line + 2);
        if (size === 0) break;
        chunks.push(rest.subarray(0, size));
        rest = rest.subarray(size + 2);
      }
      rest = rest.subarray(2);
      responses.push({ status, headers, body: Buffer.concat(chunks) });
    } else if (headers.has('content-length')) {
      const length = Number(headers.get('content-length'));
      if (rest.length < length) return { responses, done: false };
      responses.push({ status, headers, body: rest.subarray(0, length) });
      rest = rest.subarray(length);
    } else {
      // No framing: the content runs to the end of the connection.
      if (!closed) return { responses, done: false };
      responses.push({ status, headers, body: rest });
      rest = Buffer.alloc(0);
    }
  }
  return { responses, done: responses.some((r) => r.status >= 200) };
}

/**
 * Sends the exchange's request over a raw connection and returns every response on it. It stops at
 * the close, or 100 ms after a whole final response (a 426 keeps the connection for the upgrade),
 * so stray bytes after the response still arrive and fail the parse.
 */
async function send(port: number, x: Exchange): Promise<{ responses: RawResponse[] }> {
  const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, Connection: 'close', ...x.requestHeaders };
  let content = '';
  if (x.requestBody) {
    headers['Content-Type'] = x.requestBody.type;
    if (x.chunked) {
      headers['Transfer-Encoding'] = 'chunked';
      content = `${Buffer.byteLength(x.requestBody.text).toString(16)}\r\n${x.requestBody.text}\r\n0\r\n\r\n`;
    } else {
      headers['Content-Length'] = String(Buffer.byteLength(x.requestBody.text));
      content = x.requestBody.text;
    }
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const socket = net.connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  let grace: NodeJS.Timeout | undefined;
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (grace) return;
    try {
      if (parseResponses(Buffer.concat(chunks), x.method, false).done) grace = setTimeout(() => socket.destroy(), 100);
    } catch {
      socket.destroy(); // the parse after the close reports it
    }
  });
  socket.write(`${x.method} ${x.target ?? x.path} HTTP/1.1\r\n${head}\r\n${content}`);
  await once(socket, 'close');
  clearTimeout(grace);
  return { responses: parseResponses(Buffer.concat(chunks), x.method, true).responses };
}

/** Mounts one snippet in a fresh app, as its page shows it (`app` and Node's `readFile` in scope). */
async function serve(source: string): Promise<net.Server> {
  const app = express();
  new Function('app', 'readFile', source)(app, readFile);
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/** The header values the entry requires of this response, as the plan sends them. */
function requiredHeaders(input: SendInput, plan: SendPlan): [string, string][] {
  const names = [...input.headers.required, ...input.headers.conditional.map((h) => h.name)].filter(
    (name) => whyNotSent(input.code, name) === undefined,
  );
  return names.map((name) => [name, plan.headers.find(([n]) => n === name)![1]]);
}

const NO_CONTENT = new Set([204, 205, 304]);
const CONTENT_TYPES: Record<string, RegExp> = {
  json: /^application\/json; charset=utf-8$/,
  error: /^text\/plain; charset=utf-8$/,
};

beforeAll(() => process.chdir(media));
afterAll(() => {
  process.chdir(cwd);
  rmSync(media, { recursive: true, force: true });
});

describe('Express snippets, run against the installed Express', () => {
  it('covers every code that has an Express snippet, 1xx included', () => {
    expect(CASES.length).toBeGreaterThan(50);
    expect(CASES.map((c) => c.input.code)).toContain(103);
    expect(CASES.map((c) => c.input.code)).toContain(206);
  });

  it.each(CASES.map((c) => [c.input.code, c] as const))(
    '%i: the modelled request gets a response that keeps the rules',
    async (code, c) => {
      const server = await serve(c.source);
      try {
        const { port } = server.address() as AddressInfo;
        const { responses } = await send(port, c.exchange);
        const interim = responses.filter((r) => r.status < 200);
        const final = responses.at(-1)!;
        if (code < 200) {
          // The 1xx goes out first, with its headers and no content, then the final response.
          expect(interim.map((r) => r.status)).toEqual([code]);
          for (const [name, value] of c.plan.headers) expect(interim[0]!.headers.get(name.toLowerCase()), name).toBe(value);
          expect(final.status).toBe(200);
        } else {
          expect(final.status).toBe(code);
          for (const [name, value] of requiredHeaders(c.input, c.plan)) expect(final.headers.get(name.toLowerCase()), name).toBe(value);
          for (const [name, value] of c.plan.headers) expect(final.headers.get(name.toLowerCase()), name).toBe(value);
        }

        const contentLength = final.headers.get('content-length');
        if (NO_CONTENT.has(code)) {
          expect(final.body.length).toBe(0);
          // RFC 9110 section 8.6: no Content-Length on a 204; a 205 may say 0.
          if (code === 204) expect(contentLength).toBeUndefined();
          if (code === 205) expect(contentLength ?? '0').toBe('0');
        } else {
          expect(final.body.length, 'content').toBeGreaterThan(0);
          expect(final.headers.get('content-type'), 'Content-Type').toBeTruthy();
          if (contentLength !== undefined) expect(Number(contentLength)).toBe(final.body.length);
          const body = c.exchange.body;
          if (code >= 200 && body) {
            const expected = CONTENT_TYPES[body.kind];
            if (expected) expect(final.headers.get('content-type')).toMatch(expected);
            else if (body.kind === 'text' || body.kind === 'slice')
              expect(final.headers.get('content-type')!.split(';')[0]).toBe(body.type);
            if (body.kind === 'json') expect(JSON.parse(final.body.toString('utf8'))).toEqual(body.value);
            if (body.kind === 'text') expect(final.body.toString('utf8')).toBe(body.text);
          }
        }

        if (code === 405) expect(final.headers.get('allow')!.split(/,\s*/)).not.toContain(c.exchange.method);
        if (code === 206) {
          const [, start, end, size] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(final.headers.get('content-range')!)!.map(Number);
          expect(end! - start! + 1).toBe(final.body.length);
          expect(size).toBe(VIDEO.length);
          expect(final.body.equals(VIDEO.subarray(start!, end! + 1))).toBe(true);
        }
      } finally {
        server.close();
      }
    },
  );

  it('the checks can fail: a 204 snippet that sends content, or a 405 that allows its own method, is caught', async () => {
    const bad204 = await serve(
      "app.put('/orders/42', (req, res) => { res.socket.end('HTTP/1.1 204 No Content\\r\\nContent-Length: 2\\r\\n\\r\\nhi'); });",
    );
    try {
      const { port } = bad204.address() as AddressInfo;
      // Bytes after a 204's header section cannot be parsed as another response.
      await expect(send(port, { method: 'PUT', path: '/orders/42', name: 'x' })).rejects.toThrow(/not a response/);
    } finally {
      bad204.close();
    }
    const bad405 = await serve("app.delete('/orders', (req, res) => { res.set('Allow', 'GET, DELETE'); res.sendStatus(405); });");
    try {
      const { port } = bad405.address() as AddressInfo;
      const { responses } = await send(port, { method: 'DELETE', path: '/orders', name: 'x' });
      expect(responses.at(-1)!.headers.get('allow')!.split(/,\s*/)).toContain('DELETE');
    } finally {
      bad405.close();
    }
  });
});

/**
 * The "Handle it" rows checked against the clients that run here: Node.js's own fetch() (undici,
 * as bundled in the pinned Node.js 24.9.0) and Node's http.request, which axios's Node adapter
 * drives. A raw TCP server on 127.0.0.1 sends each status line exactly as written, so the test
 * sees what a client does with it, not what a framework would send.
 */
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_CLIENTS } from '../../src/data/http-clients';
import { clientBehaviour } from '../../src/lib/http-clients';

const fetchRow = HTTP_CLIENTS.find((c) => c.id === 'fetch')!;
const axiosRow = HTTP_CLIENTS.find((c) => c.id === 'axios')!;

/** Canned raw responses by path; every other path answers 200 with "<method> <path> <body>". */
const RAW: Record<string, string> = {
  '/101': 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
  '/101-bare': 'HTTP/1.1 101 Switching Protocols\r\n\r\n',
  '/103': 'HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfinal',
  '/301': 'HTTP/1.1 301 Moved Permanently\r\nLocation: /landed\r\nContent-Length: 0\r\n\r\n',
  '/303': 'HTTP/1.1 303 See Other\r\nLocation: /landed\r\nContent-Length: 0\r\n\r\n',
  '/307': 'HTTP/1.1 307 Temporary Redirect\r\nLocation: /landed\r\nContent-Length: 0\r\n\r\n',
  '/401': 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n',
  '/407': 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 0\r\n\r\n',
};

let server: net.Server;
let base = '';
/** Connections that asked for /421, so the test can see the retry arrive on a new one. */
let misdirectedOn: number[] = [];
let connections = 0;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  server = net.createServer((socket) => {
    const id = ++connections;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString('latin1');
        const [method = '', path = ''] = head.split(' ');
        const chunked = /transfer-encoding: *chunked/i.test(head);
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        const start = end + 4;
        // A chunked body (a stream, as fetch sends one) ends with the zero-length chunk.
        const stop = chunked ? buffer.indexOf('0\r\n\r\n', start) : start + length;
        if (stop < 0 || buffer.length < stop) return;
        const body = buffer.subarray(start, stop).toString('latin1');
        const rest = chunked ? stop + 5 : stop;
        buffer = buffer.subarray(rest);
        if (path === '/421') {
          misdirectedOn.push(id);
          socket.write(
            misdirectedOn.length === 1
              ? 'HTTP/1.1 421 Misdirected Request\r\nContent-Length: 0\r\n\r\n'
              : 'HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nretried',
          );
          continue;
        }
        const reply = `${method} ${path} ${body}`;
        socket.write(RAW[path] ?? `HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(reply)}\r\n\r\n${reply}`);
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
  server.close();
});

const streamBody = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('x=1'));
      controller.close();
    },
  });

describe(`fetch() in Node.js ${process.version} (undici ${process.versions['undici']})`, () => {
  it('rejects on a 407 from the server it asked, as the 407 row says', async () => {
    expect(clientBehaviour(fetchRow, 407).outcome).toBe('error');
    await expect(fetch(`${base}/407`)).rejects.toThrow(TypeError);
  });

  it('resolves on a 401 without asking anyone, as the 401 row says of Node.js', async () => {
    expect(clientBehaviour(fetchRow, 401).text).toContain('Node.js never asks');
    const response = await fetch(`${base}/401`);
    expect(response.status).toBe(401);
    expect(response.ok).toBe(false);
  });

  it('never shows a 1xx: it resolves with the final response', async () => {
    const response = await fetch(`${base}/103`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('final');
  });

  it('turns a POST into a GET on 301 and 303, and keeps it on 307', async () => {
    const post = (path: string) => fetch(`${base}${path}`, { method: 'POST', body: 'x=1' }).then((r) => r.text());
    expect(await post('/301')).toBe('GET /landed ');
    expect(await post('/303')).toBe('GET /landed ');
    expect(await post('/307')).toBe('POST /landed x=1');
  });

  it('rejects when a 307 would need a stream body sent again, but not on a 303', async () => {
    expect(clientBehaviour(fetchRow, 307).text).toContain('stream rejects');
    const send = (path: string) => fetch(`${base}${path}`, { method: 'POST', body: streamBody(), duplex: 'half' } as RequestInit);
    await expect(send('/307')).rejects.toThrow(TypeError);
    expect(await (await send('/303')).text()).toBe('GET /landed ');
  });

  it('retries a 421 once on a new connection and resolves with what the retry got', async () => {
    misdirectedOn = [];
    const response = await fetch(`${base}/421`);
    expect(await response.text()).toBe('retried');
    expect(misdirectedOn).toHaveLength(2);
    expect(misdirectedOn[0]).not.toBe(misdirectedOn[1]);
  });
});

describe(`Node.js ${process.version} http.request, which axios's Node adapter uses through follow-redirects`, () => {
  /** The request events a client without an 'upgrade' listener (axios, follow-redirects) can see. */
  async function eventsFor(path: string): Promise<string[]> {
    const events: string[] = [];
    const request = http.request(`${base}${path}`);
    for (const name of ['response', 'error', 'close'] as const) {
      request.on(name, (value?: unknown) => {
        if (value instanceof http.IncomingMessage) {
          events.push(`response ${value.statusCode}`);
          value.resume();
        } else events.push(name);
      });
    }
    request.end();
    await once(request, 'close');
    return events;
  }

  it('a 101 with Upgrade and Connection: upgrade only closes: no response and no error, so axios never settles', async () => {
    expect(clientBehaviour(axiosRow, 101).text).toContain('never settles');
    expect(await eventsFor('/101')).toEqual(['close']);
  });

  it('a bare 101 arrives as the response, which axios then rejects', async () => {
    expect(clientBehaviour(axiosRow, 101).text).toContain('rejects with an `AxiosError`');
    expect(await eventsFor('/101-bare')).toEqual(['response 101', 'close']);
  });
});

/** The raw-exchange checker that content.test.ts runs on every entry, tried on small blocks. */
import { describe, expect, it } from 'vitest';
import { rawExchangeProblems } from '../support/raw-exchange';

const block = (...lines: string[]): string => ['```http', ...lines, '```'].join('\n');

/** nginx 1.x's stock 404 page as the entries show it, one line of source per line. */
const NGINX_404 = [
  '<html>',
  '<head><title>404 Not Found</title></head>',
  '<body>',
  '<center><h1>404 Not Found</h1></center>',
  '<hr><center>nginx</center>',
  '</body>',
  '</html>',
];

describe('rawExchangeProblems', () => {
  it('accepts a shown body counted with LF or CRLF line endings', () => {
    expect(rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Length: 6', '', 'a', 'b', 'c'))).toEqual([]);
    expect(rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Length: 7', '', 'a', 'b', 'c'))).toEqual([]);
  });

  it('rejects a shown body whose length is not the one declared', () => {
    expect(rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Length: 12', '', 'a', 'b', 'c'))).toHaveLength(1);
  });

  it('accepts one marker line for an omitted body, without counting it', () => {
    expect(rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Length: 48213', '', '[48,213 bytes of HTML]'))).toEqual([]);
  });

  it('rejects a marker that shares the body with other lines', () => {
    const problems = rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Type: text/html', '', '<p>Hello</p>', '[48,213 bytes of HTML]'));
    expect(problems).toEqual([expect.stringContaining('one marker line on its own')]);
  });

  it('rejects a declared length with neither body nor marker, in requests and responses', () => {
    expect(rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Length: 48213'))).toHaveLength(1);
    expect(
      rawExchangeProblems(block('POST /x HTTP/1.1', 'Content-Length: 10', '', 'HTTP/1.1 201 Created', 'Content-Length: 0')),
    ).toHaveLength(1);
  });

  it('lets a HEAD response and a 304 declare a length without a body, and nothing else', () => {
    expect(rawExchangeProblems(block('HEAD /a HTTP/1.1', 'Host: x', '', 'HTTP/1.1 200 OK', 'Content-Length: 500'))).toEqual([]);
    expect(rawExchangeProblems(block('GET /a HTTP/1.1', 'Host: x', '', 'HTTP/1.1 304 Not Modified', 'Content-Length: 500'))).toEqual([]);
    expect(rawExchangeProblems(block('GET /a HTTP/1.1', 'Host: x', '', 'HTTP/1.1 200 OK', 'Content-Length: 500'))).toHaveLength(1);
    expect(rawExchangeProblems(block('HEAD /a HTTP/1.1', 'Host: x', '', 'HTTP/1.1 200 OK', 'Content-Length: 3', '', 'abc'))).toHaveLength(
      1,
    );
  });

  it('rejects Content-Length on a 1xx, a 204 and a 2xx to CONNECT', () => {
    expect(rawExchangeProblems(block('HTTP/1.1 204 No Content', 'Content-Length: 0'))).toHaveLength(1);
    expect(rawExchangeProblems(block('HTTP/1.1 103 Early Hints', 'Content-Length: 0'))).toHaveLength(1);
    expect(
      rawExchangeProblems(block('CONNECT a.example:443 HTTP/1.1', 'Host: a.example:443', '', 'HTTP/1.1 200 OK', 'Content-Length: 0')),
    ).toHaveLength(1);
  });

  it('lets an Expect: 100-continue request skip its body when a final answer comes first', () => {
    const refused = block(
      'PUT /big HTTP/1.1',
      'Content-Length: 9000',
      'Expect: 100-continue',
      '',
      'HTTP/1.1 413 Content Too Large',
      'Content-Length: 0',
    );
    expect(rawExchangeProblems(refused)).toEqual([]);
  });

  it('reads a body shown after 100 (Continue) as the request body', () => {
    const sent = (marker: string[]): string =>
      block(
        'PUT /big HTTP/1.1',
        'Content-Length: 9000',
        'Expect: 100-continue',
        '',
        'HTTP/1.1 100 Continue',
        '',
        ...marker,
        '',
        'HTTP/1.1 201 Created',
        'Content-Length: 0',
      );
    expect(rawExchangeProblems(sent(['[9,000 bytes of data]']))).toEqual([]);
    expect(rawExchangeProblems(sent([]))).toHaveLength(1);
  });

  it('wants no Content-Length on a body labelled abridged', () => {
    expect(
      rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Type: text/html', '', '<p>Start</p>', '[abridged: the page goes on]')),
    ).toEqual([]);
    expect(
      rawExchangeProblems(block('HTTP/1.1 200 OK', 'Content-Length: 40', '', '<p>Start</p>', '[abridged: the page goes on]')),
    ).toHaveLength(1);
  });

  it("holds nginx's stock page to its exact lines and CRLF byte count", () => {
    const exact = block('HTTP/1.1 404 Not Found', 'Server: nginx', 'Content-Length: 146', '', ...NGINX_404);
    expect(rawExchangeProblems(exact)).toEqual([]);
    const lfCounted = block('HTTP/1.1 404 Not Found', 'Server: nginx', 'Content-Length: 139', '', ...NGINX_404);
    expect(rawExchangeProblems(lfCounted)).toHaveLength(1);
    const collapsed = block('HTTP/1.1 404 Not Found', 'Server: nginx', '', NGINX_404.join(''));
    expect(rawExchangeProblems(collapsed)).toHaveLength(1);
    const abridged = block(
      'HTTP/1.1 404 Not Found',
      'Server: nginx',
      '',
      NGINX_404.join(''),
      '[abridged: nginx puts each tag on its own line]',
    );
    expect(rawExchangeProblems(abridged)).toEqual([]);
  });

  it("knows nginx's 494 to 497 pages answer as 400 with their own title and line", () => {
    const page = [
      '<html>',
      '<head><title>400 The SSL certificate error</title></head>',
      '<body>',
      '<center><h1>400 Bad Request</h1></center>',
      '<center>The SSL certificate error</center>',
      '<hr><center>nginx</center>',
      '</body>',
      '</html>',
    ];
    expect(rawExchangeProblems(block('HTTP/1.1 400 Bad Request', 'Content-Length: 208', '', ...page))).toEqual([]);
  });

  it("holds Apache's stock page to its frame, its charset and its LF byte count", () => {
    const page = [
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">',
      '<html><head>',
      '<title>404 Not Found</title>',
      '</head><body>',
      '<h1>Not Found</h1>',
      '<p>The requested URL was not found on this server.</p>',
      '</body></html>',
    ];
    const message = (type: string, length: number): string =>
      block('HTTP/1.1 404 Not Found', `Content-Type: ${type}`, `Content-Length: ${length}`, '', ...page);
    expect(rawExchangeProblems(message('text/html; charset=iso-8859-1', 196))).toEqual([]);
    expect(rawExchangeProblems(message('text/html; charset=utf-8', 196))).toHaveLength(1);
    expect(rawExchangeProblems(message('text/html; charset=iso-8859-1', 202))).toHaveLength(1);
  });
});

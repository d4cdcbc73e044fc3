/**
 * The review findings of issue 24 (item 6 and the fact-check list), one test each, on the review
 * pastes of the corpus (tests/fixtures/diagnose/v2/review-*.txt) or a paste written here. Each
 * failed on the diagnosis as it stood before this branch (the report lists what it answered).
 */
import { describe, expect, it } from 'vitest';
import { SENDERS } from '../../src/data/sender-registry';
import { diagnose, inputLength } from '../../src/lib/diagnose/diagnose';
import { toDiagnoseFacts } from '../../src/lib/diagnose/facts';
import { MAX_INPUT } from '../../src/lib/diagnose/limits';
import { parseInput } from '../../src/lib/diagnose/parse';
import { PAGE_INDEX } from '../support/diagnose-pages';
import { readPaste } from '../support/diagnose-corpus';
import { ENTRIES } from './entries';

const facts = toDiagnoseFacts(
  ENTRIES.map((e) => e.data as unknown as Parameters<typeof toDiagnoseFacts>[0][number]),
  SENDERS,
  PAGE_INDEX,
);
function run(text: string) {
  const result = diagnose(text, facts, SENDERS);
  if (!result.ok) throw new Error(`refused (${result.problem}): ${result.message}`);
  return result;
}
const rules = (result: ReturnType<typeof run>) => result.violations.map((v) => `${v.rule} ${v.spec}`).sort();

describe('review findings', () => {
  it('an empty header value does not swallow the next line, so Set-Cookie stays masked and out of the share link', () => {
    const text = readPaste('v2/review-empty-header-value-then-set-cookie.txt');
    const secret = 'Ym5sQ2x3ZWZwUk1hZ0tqV0lzbmFoV3pZ';
    const parsed = parseInput(text);
    expect(parsed.final?.headers.find((h) => h.name === 'x-stats-userid')?.value).toBe('');
    expect(parsed.final?.headers.some((h) => h.name === 'set-cookie')).toBe(true);
    const result = run(text);
    expect(JSON.stringify(result.headers)).not.toContain(secret);
    expect(result.headers).toContainEqual({ name: 'set-cookie', value: '__cf_bm=[hidden]' });
    expect(result.share).not.toContain(secret);
  });

  it('65,000 spaces in a Via value or before a bare number stay linear, pasted or shared', () => {
    for (const file of ['v2/review-via-65000-spaces.txt', 'v2/review-bare-number-after-65000-spaces.txt']) {
      const text = readPaste(file);
      const started = performance.now();
      const result = run(text);
      run(result.share);
      // Generous for a shared 2-core machine; the quadratic patterns took seconds.
      expect(performance.now() - started, file).toBeLessThan(1000);
    }
    const hostile = `${'HTTP/1.1 '.repeat(7000)}\n${'a:'.repeat(20000)}\n"GET ${'"'.repeat(20000)}`.slice(0, MAX_INPUT);
    const started = performance.now();
    parseInput(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('x-cache: Error from cloudfront on an S3 error does not make CloudFront the sender', () => {
    const s3 = run(readPaste('v2/cloudfront-403-s3-origin-error-from-cloudfront.txt'));
    expect(s3.sender).toBeUndefined();
    expect(s3.layers).toContain('Amazon CloudFront');
    const google = run(readPaste('v2/google-front-end-500-through-cloudfront-curl-i.txt'));
    expect(google.sender).toBe('Google Front End');
  });

  it('a CONNECT answered 200 Connection established, then curl: (35), is no response, not 200 OK', () => {
    const result = run(readPaste('v2/review-connect-200-then-curl-35.txt'));
    expect(result.codeText).toBe('000');
    expect(result.page).toBe('/errors/tls-handshake-failed/');
  });

  it('a 301 followed by curl: (6) is no response for the redirect target, not the 301', () => {
    const result = run(readPaste('v2/review-301-then-curl-6.txt'));
    expect(result.codeText).toBe('000');
    expect(result.page).toBe('/errors/name-not-resolved/');
    expect(result.sender).toBeUndefined();
  });

  it('header rules do not run on a bare number or a log line', () => {
    for (const text of [readPaste('v2/review-bare-204-no-rules.txt'), readPaste('v2/nginx-444-access-log.txt'), '401', 'status: 405']) {
      const result = run(text);
      expect(result.rulesChecked, text).toBe(false);
      expect([...result.violations, ...result.notes], text).toEqual([]);
    }
    // A status line alone is a response, but with no header section pasted nothing is missing from it.
    expect(run('HTTP/1.1 401 Unauthorized').violations).toEqual([]);
  });

  it('499 and 530 are not called any one product’s alone: their owners come from the entries', () => {
    const bare499 = run('499');
    expect(bare499.sender).toBeUndefined();
    expect(bare499.senderReason).toContain('nginx, Esri ArcGIS Server and Traefik');
    expect(bare499.senderReason).not.toMatch(/no other product/i);
    const bare530 = run('530');
    expect(bare530.sender).toBeUndefined();
    expect(bare530.senderReason).toContain('Cloudflare, Pantheon and Shopify');
    // With a sender's sign on the path, the number is that sender's.
    expect(run('HTTP/2 530\ncf-ray: 8e4f1c2a9b7d3e10-FRA').sender).toBe('Cloudflare');
    expect(run(readPaste('v2/esri-499-token-required-json.txt')).sender).toBe('Esri ArcGIS Server');
  });

  it('a share link reproduces the diagnosis: code, sender and first page', () => {
    for (const file of [
      'v2/cloudflare-403-1020-plain-curl-i.txt',
      'v2/iis-500.19-0x8007000d-detailed-text.txt',
      'v2/chrome-cors-fetch-status-502-console.txt',
    ]) {
      const result = run(readPaste(file));
      const again = run(result.share);
      expect([again.codeText, again.sender, again.page], file).toEqual([result.codeText, result.sender, result.page]);
    }
  });

  it('a status line inside a body is body text, not a new response', () => {
    const result = run(readPaste('v2/review-body-text-with-status-line.txt'));
    expect(result.codeText).toBe('403');
    expect(result.sender).toBe('Cloudflare');
    expect(parseInput(readPaste('v2/review-body-text-with-status-line.txt')).blocks).toHaveLength(1);
    // A redirect followed by curl -L is still two responses.
    expect(parseInput('HTTP/1.1 301 Moved\nLocation: /b\n\nMoved here\nHTTP/1.1 200 OK\n').final?.code).toBe(200);
  });

  it('a 204 with a body is flagged, citing RFC 9110 sections 15.3.5 and 8.6 and RFC 9112 section 6.1', () => {
    expect(rules(run(readPaste('v2/review-204-with-body.txt')))).toEqual([
      'body-not-allowed https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5',
      'prohibited-header:content-length https://www.rfc-editor.org/rfc/rfc9110#section-8.6',
    ]);
    expect(rules(run('HTTP/1.1 204 No Content\nTransfer-Encoding: chunked\n'))).toEqual([
      'prohibited-header:transfer-encoding https://www.rfc-editor.org/rfc/rfc9112#section-6.1',
    ]);
  });

  it('the 64 KiB limit counts the text with each line break once, not the clipboard’s CRLF', () => {
    const text = readPaste('v2/review-nginx-499-log-crlf-64kib.txt');
    expect(text.length).toBeGreaterThan(MAX_INPUT);
    expect(inputLength(text)).toBeLessThanOrEqual(MAX_INPUT);
    const result = run(text);
    expect(result.codeText).toBe('499');
    expect(result.sender).toBe('nginx');
  });

  it('a no-response diagnosis says nothing about headers or rules', () => {
    for (const file of [
      'v2/curl-7-connection-refused.txt',
      'v2/review-connect-200-then-curl-35.txt',
      'v2/chrome-empty-response-page-text.txt',
    ]) {
      const result = run(readPaste(file));
      expect(result.codeText, file).toBe('000');
      expect(result.rulesChecked, file).toBe(false);
      expect(result.headers, file).toEqual([]);
      expect(result.evidence, file).toEqual([]);
      expect(`${result.meaning} ${result.senderReason} ${result.understood}`, file).not.toMatch(/header|rule/i);
    }
  });

  it('the result has a one-sentence summary for the live region', () => {
    const result = run(readPaste('v2/cloudflare-403-challenge-devtools.txt'));
    expect(result.summary).toBe('403 Forbidden, most likely from Cloudflare. Read first: /403/');
  });
});

describe('fact-check items', () => {
  it('XSRF-TOKEN is Spring Security’s default too, so it does not prove Laravel', () => {
    const result = run('HTTP/1.1 403\nSet-Cookie: XSRF-TOKEN=4b8e2f6a-1c3d-4e5f-9a7b-0c2d4e6f8a1b; Path=/\n');
    expect(result.sender).toBeUndefined();
    expect(result.layers.sort()).toEqual(['Laravel', 'Spring Boot']);
  });

  it('Apache-Coyote is Tomcat, not Apache httpd', () => {
    const result = run(readPaste('v2/tomcat-404-apache-coyote-empty-curl-i.txt'));
    expect(result.sender).toBe('Apache Tomcat');
    expect(result.layers).not.toContain('Apache httpd');
  });

  it('Laravel’s current session cookie is laravel-session (v12.3.0 on), laravel_session before', () => {
    for (const cookie of ['laravel-session', 'laravel_session', 'my-shop-session']) {
      const result = run(`HTTP/1.1 419 unknown status\nSet-Cookie: ${cookie}=eyJpdiI6; path=/; httponly\n`);
      expect(result.sender, cookie).toBe('Laravel');
    }
  });

  it('the Connection rule for 101 and 426 cites RFC 9110 section 7.8', () => {
    expect(rules(run('HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n'))).toEqual([
      'required-header:connection https://www.rfc-editor.org/rfc/rfc9110#section-7.8',
    ]);
    expect(rules(run('HTTP/1.1 426 Upgrade Required\nUpgrade: h2c\n'))).toEqual([
      'required-header:connection https://www.rfc-editor.org/rfc/rfc9110#section-7.8',
    ]);
  });

  it('Early-Data in a response breaks RFC 8470 section 5.1', () => {
    expect(rules(run('HTTP/1.1 425 Too Early\nEarly-Data: 1\n'))).toEqual([
      'prohibited-header:early-data https://www.rfc-editor.org/rfc/rfc8470#section-5.1',
    ]);
  });

  it('bytes after a 101 are the new protocol, not an error', () => {
    const result = run(readPaste('v2/review-websocket-101-then-frames.txt'));
    expect(result.violations).toEqual([]);
    expect(result.notes.map((n) => `${n.rule} ${n.spec}`)).toEqual([
      'new-protocol-after-101 https://www.rfc-editor.org/rfc/rfc9110#section-7.8',
    ]);
  });
});

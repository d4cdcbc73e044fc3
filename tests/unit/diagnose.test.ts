/** The golden corpus of pasted responses, run through the parser, the fingerprints and the rules. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, recognisedSenders, sourceLabel } from '../../src/lib/diagnose/diagnose';
import { toDiagnoseFacts } from '../../src/lib/diagnose/facts';
import { FINGERPRINTS } from '../../src/lib/diagnose/fingerprints';
import { maskValue, shareText } from '../../src/lib/diagnose/mask';
import { MAX_INPUT, parseInput } from '../../src/lib/diagnose/parse';
import { retryAfterForm } from '../../src/lib/diagnose/rules';
import { CORPUS, REFUSED } from '../fixtures/diagnose/expectations';
import { ENTRIES } from './entries';

// The same facts the page ships, read straight from the content entries.
const facts = toDiagnoseFacts(ENTRIES.map((e) => e.data as unknown as Parameters<typeof toDiagnoseFacts>[0][number]));
const DIR = 'tests/fixtures/diagnose';
const read = (file: string) => readFileSync(`${DIR}/${file}`, 'utf8');

describe('the golden corpus', () => {
  it('has at least 30 cases, one file each, and every file has a row', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
    const listed = new Set([...CORPUS.map((c) => c.file), ...REFUSED.map((r) => r.file)]);
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('covers the cases the issue asks for', () => {
    expect(CORPUS.filter((c) => c.sender === 'Cloudflare' || c.layers?.includes('Cloudflare')).length).toBeGreaterThanOrEqual(8);
    for (const code of [502, 504])
      expect(new Set(CORPUS.filter((c) => c.code === code && c.sender).map((c) => c.sender)).size).toBeGreaterThanOrEqual(3);
    const rules = CORPUS.flatMap((c) => c.violations ?? []);
    for (const rule of [
      'required-header:www-authenticate',
      'required-header:allow',
      'redirect-without-location',
      'body-not-allowed',
      'retry-after-syntax',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it.each(CORPUS.map((c) => [c.file, c] as const))('%s', (file, expected) => {
    const text = read(file);
    const result = diagnose(text, facts);
    if (!result.ok) throw new Error(`${file}: refused (${result.problem}): ${result.message}`);
    expect(result.code).toBe(expected.code);
    expect(result.sender ?? '').toBe(expected.sender);
    if (expected.violations) expect(result.violations.map((v) => v.rule).sort()).toEqual([...expected.violations].sort());
    for (const layer of expected.layers ?? []) expect(result.layers).toContain(layer);
    for (const words of expected.mentions ?? []) expect(`${result.meaning} ${result.senderReason}`).toContain(words);
    const shown = JSON.stringify({ ...result, share: undefined });
    for (const secret of expected.secrets ?? []) {
      expect(text).toContain(secret);
      expect(shown).not.toContain(secret);
      expect(result.share).not.toContain(secret);
    }
    // Every piece of evidence names a source, and every finding an exact section.
    for (const e of result.evidence) expect(e.source).toMatch(/^https:\/\//);
    for (const v of [...result.violations, ...result.notes])
      expect(v.spec).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
  });

  it.each(REFUSED.map((r) => [r.file, r.problem] as const))('%s is refused as %s', (file, problem) => {
    const result = diagnose(read(file), facts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
});

describe('bad input', () => {
  it('says what is wrong with empty, binary and oversized input', () => {
    const empty = diagnose('   \n\n', facts);
    expect(empty).toMatchObject({ ok: false, problem: 'empty' });
    const binary = diagnose('\u0000\u0001PNG\u0002\u0003\u0004\u0005\u0006', facts);
    expect(binary).toMatchObject({ ok: false, problem: 'binary' });
    const big = diagnose(`HTTP/1.1 200 OK\n${'x: y\n'.repeat(MAX_INPUT / 5 + 1)}`, facts);
    expect(big).toMatchObject({ ok: false, problem: 'too-large' });
    if (!big.ok) expect(big.message).toContain('64 KiB');
  });

  it('links an unassigned number to its own page and the class it falls back to', () => {
    const result = diagnose('471', facts);
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ known: false, codeUrl: '/471/' });
    expect(result.reading.map((r) => r.url)).toEqual(['/471/', '/400/']);
  });

  it('refuses a number outside 100 to 599, naming the range', () => {
    const result = diagnose('HTTP/1.1 999 Whatever\n', facts);
    expect(result).toMatchObject({ ok: false, problem: 'out-of-range' });
    if (!result.ok) expect(result.message).toContain('100 to 599');
  });

  it('explains an unassigned number by its class', () => {
    const result = diagnose('471', facts);
    if (!result.ok) throw new Error(result.message);
    expect(result.meaning).toContain('treats it as the first code of its class, here 400');
  });

  it('stays linear on hostile input (long lines of near-matches parse quickly)', () => {
    const hostile = `${'HTTP/1.1 '.repeat(7000)}\n${'a:'.repeat(20000)}\n"GET ${'"'.repeat(20000)}`.slice(0, MAX_INPUT);
    const started = performance.now();
    parseInput(hostile);
    // A generous bound that only a catastrophic backtracking regex would exceed.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parsing details', () => {
  it('diagnoses the last final response and skips 100 Continue', () => {
    const parsed = parseInput('HTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nLocation: /orders/7\n');
    expect(parsed.status?.code).toBe(201);
    expect(parsed.responses).toBe(2);
  });

  it('keeps HTML body lines whole while stripping curl -v prefixes', () => {
    const parsed = parseInput(
      '< HTTP/1.1 502 Bad Gateway\n< Server: nginx\n<\n<html>\n<hr><center>nginx</center>\n* Connection #0 left intact\n',
    );
    expect(parsed.status?.code).toBe(502);
    expect(parsed.headers).toEqual([{ name: 'Server', value: 'nginx' }]);
    expect(parsed.body).toBe('<html>\n<hr><center>nginx</center>\n');
  });

  it("names nginx as the generator when the body is nginx's own error page", () => {
    const result = diagnose(read('nginx-502-direct.txt'), facts);
    if (!result.ok) throw new Error(result.message);
    expect(result.senderReason).toContain('generated this status itself');
    expect(result.evidence.map((e) => `${e.header}: ${e.value}`)).toContain('body: <hr><center>nginx/1.27.3</center>');
  });

  it('reads the Chrome "Status Code" line and lower-case names', () => {
    const parsed = parseInput('Status Code: 405 Method Not Allowed\nallow: GET, HEAD\n');
    expect(parsed.status).toMatchObject({ code: 405, from: 'devtools' });
    expect(parsed.headers).toEqual([{ name: 'allow', value: 'GET, HEAD' }]);
  });

  it('does not report Connection or Upgrade missing from an HTTP/2 426', () => {
    const result = diagnose('HTTP/2 426\ncontent-type: text/plain\n', facts);
    if (!result.ok) throw new Error(result.message);
    expect(result.violations.map((v) => v.rule)).toEqual([]);
    const http1 = diagnose('HTTP/1.1 426 Upgrade Required\n', facts);
    if (!http1.ok) throw new Error(http1.message);
    expect(http1.violations.map((v) => v.rule).sort()).toEqual(['required-header:connection', 'required-header:upgrade']);
  });
});

describe('rules read the entry data', () => {
  it('takes required headers from the entries, not a list of its own', () => {
    const changed = { ...facts, '401': { ...facts['401']!, required: [] } };
    const result = diagnose('HTTP/1.1 401 Unauthorized\n', changed);
    if (!result.ok) throw new Error(result.message);
    expect(result.violations).toEqual([]);
  });

  it('parses Retry-After as seconds or an HTTP date (RFC 9110 section 10.2.3)', () => {
    expect(retryAfterForm('120')).toBe('seconds');
    expect(retryAfterForm('Wed, 21 Oct 2026 07:28:00 GMT')).toBe('date');
    expect(retryAfterForm('Wednesday, 21-Oct-26 07:28:00 GMT')).toBe('obsolete-date');
    for (const bad of ['30s', '-1', '1.5', '2026-10-21T07:28:00Z', '']) expect(retryAfterForm(bad)).toBe('invalid');
  });
});

describe('privacy', () => {
  it('masks credentials and cookie values, keeping the scheme and the cookie name', () => {
    expect(maskValue('Authorization', 'Bearer abc.def.ghi')).toBe('Bearer [hidden]');
    expect(maskValue('Cookie', 'a=1; laravel_session=xyz')).toBe('a=[hidden]; laravel_session=[hidden]');
    expect(maskValue('Set-Cookie', 'AWSALB=secret; Path=/')).toBe('AWSALB=[hidden]');
    expect(maskValue('X-Api-Key', 'k_live_123')).toBe('[hidden]');
    expect(maskValue('X-CSRF-Token', 'abc')).toBe('[hidden]');
    expect(maskValue('Content-Type', 'text/html')).toBe('text/html');
  });

  it('shares only the status line and fingerprint headers: no cookies, credentials or URLs', () => {
    const parsed = parseInput(read('laravel-419.txt'));
    const text = shareText(parsed.status, parsed.headers);
    expect(text).toBe('HTTP/1.1 419 unknown status\nserver: nginx/1.24.0 (Ubuntu)');
    const cf = parseInput(read('cloudfront-502.txt'));
    expect(shareText(cf.status, cf.headers).split('\n')).toEqual([
      'HTTP/2 502',
      'x-cache: Error from cloudfront',
      'via: 1.1 6c3b1f0e9a2d4b8e7f5a1c3d9e0b2a4f.cloudfront.net (CloudFront)',
      'x-amz-cf-pop: FRA56-P5',
      'x-amz-cf-id: Qm9Kq2Wm1xk3yV0nP8zLr4tHc7sJd6fBaE5gU2oN1iXwZyA_b3Cq==',
    ]);
  });
});

describe('fingerprints', () => {
  it('label their sources distinctly on the static list', () => {
    expect(sourceLabel('https://github.com/nginx/nginx/blob/abc/src/http/ngx_http_header_filter_module.c')).toBe(
      'nginx/nginx ngx_http_header_filter_module.c',
    );
    expect(sourceLabel('https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html')).toBe(
      'docs.aws.amazon.com http-502-bad-gateway',
    );
    for (const sender of recognisedSenders()) {
      const labels = sender.sources.map((s) => s.label);
      expect(new Set(labels).size, sender.name).toBe(labels.length);
    }
  });

  it('each names the documentation or source that shows the header', () => {
    for (const f of FINGERPRINTS) {
      expect(f.source, f.header).toMatch(
        /^https:\/\/(developers\.cloudflare\.com|docs\.aws\.amazon\.com|www\.fastly\.com|www\.envoyproxy\.io|answers\.netlify\.com|vercel\.com|github\.com)\//,
      );
      expect(f.header).toBe(f.header.toLowerCase());
    }
  });
});

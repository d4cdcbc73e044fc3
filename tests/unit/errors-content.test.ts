/**
 * Every entry in content/errors passes the checks `astro build` makes (schema, file name,
 * references) and the content rules the build cannot make: every name is in the pinned list of the
 * source it cites, each page's anchors are unique, a name on several pages opens one of them, and
 * the prose keeps CONTENT.md's length. Run it alone while writing an entry:
 *   npx vitest run tests/unit/errors-content.test.ts
 */
import { describe, expect, it } from 'vitest';
import { ERROR_SLUGS, type ErrorData } from '../../src/lib/error-schema';
import { idFromErrorFile } from '../../src/lib/error-checks';
import { duplicateAnchors, namedErrors, sharedNameProblems } from '../../src/lib/errors';
import { errorProseWordCount } from '../../src/lib/prose';
import { nameProblems } from '../support/error-name-checks';
import { CURL_ERRORS } from '../support/error-name-lists';
import { ENTRIES } from './entries';
import { ERROR_ENTRIES, PARSED_ERRORS, errorSchema } from './error-entries';

/** docs/CONTENT.md, "Other families": 300 to 700 words a page. */
const LEAST_WORDS = 300;
const MOST_WORDS = 700;

const codeIds = new Set(ENTRIES.map((entry) => entry.file.replace(/\.mdx$/, '')));

describe('content/errors', () => {
  it('has one entry for each permanent slug, and no other', () => {
    expect(ERROR_ENTRIES.map((e) => e.file.replace(/\.mdx$/, '')).sort()).toEqual([...ERROR_SLUGS].sort());
  });

  describe.each(ERROR_ENTRIES.map((entry) => [entry.file, entry] as const))('%s', (file, { path, data: raw, body }) => {
    const parsed = errorSchema.safeParse(raw);
    const data = parsed.success ? parsed.data : undefined;

    it('matches the schema and is named after its slug', () => {
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), path).toEqual([]);
      expect(idFromErrorFile(path, raw)).toBe(file.replace(/\.mdx$/, ''));
    });

    it('names only status codes that have an entry', () => {
      const d = data as ErrorData;
      const refs = [...d.statusSeen.codes, ...d.related, ...(d.cloudflare.status ? [d.cloudflare.status] : [])];
      expect(refs.filter((id) => !codeIds.has(id))).toEqual([]);
    });

    it('uses only names that are in the pinned source lists', () => {
      expect(nameProblems(path, data as ErrorData)).toEqual([]);
    });

    it('gives every named error its own anchor', () => {
      expect(duplicateAnchors(data as ErrorData)).toEqual([]);
    });

    it(`keeps its prose between ${LEAST_WORDS} and ${MOST_WORDS} words`, () => {
      const count = errorProseWordCount(data as ErrorData, body);
      expect(count, `${path} has ${count} words`).toBeGreaterThanOrEqual(LEAST_WORDS);
      expect(count, `${path} has ${count} words`).toBeLessThanOrEqual(MOST_WORDS);
    });

    it('leaves no draft markers in shipped text', () => {
      expect(/\b(?:TODO|TBD|FIXME|XXX)\b/.test(JSON.stringify(raw) + body)).toBe(false);
    });
  });

  it('opens each shared name on one page at most', () => {
    expect(sharedNameProblems(PARSED_ERRORS.map((e) => e.data))).toEqual([]);
  });

  it('keeps phrases on one page each', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { data } of PARSED_ERRORS) {
      for (const phrase of data.phrases) {
        const key = phrase.toLowerCase();
        if (seen.has(key)) twice.push(`${phrase}: ${seen.get(key)} and ${data.slug}`);
        seen.set(key, data.slug);
      }
    }
    expect(twice).toEqual([]);
  });

  it('covers every failure with at least one Chrome name and one curl exit code or a reason for none', () => {
    for (const { path, data } of PARSED_ERRORS) {
      expect(data.chrome.names.length > 0 || data.chrome.console !== undefined, path).toBe(true);
      expect(data.curl.names.length > 0 || data.curl.none !== undefined, path).toBe(true);
      expect(namedErrors(data).length, path).toBeGreaterThan(0);
    }
  });
});

describe('the name check', () => {
  const good = PARSED_ERRORS.find((e) => e.data.slug === 'connection-refused')!;

  it('reads pinned lists that name their source', () => {
    expect(CURL_ERRORS.source).toMatch(/^curl\/curl docs\/libcurl\/libcurl-errors\.md @ curl-8_21_0/);
  });

  it('fails on a name that is not in the source it cites, naming the entry and the name', () => {
    const data = structuredClone(good.data);
    data.chrome.names.push({ name: 'ERR_CONNECTION_REFUSED_BY_MOON', number: -102 });
    data.firefox.names.push({ name: 'NS_ERROR_NOT_A_REAL_ERROR' });
    data.curl.names.push({ exit: 7, name: 'CURLE_COULDNT_CONNECT', message: 'Failed to connect() to host or proxy' });
    data.requests.names.push({ name: 'requests.exceptions.NoSuchError' });
    const problems = nameProblems(good.path, data);
    expect(problems).toContain(
      `${good.path}: ERR_CONNECTION_REFUSED_BY_MOON: not in chromium/chromium net/base/net_error_list.h @ 0182b17bc505e3d68ffd2269d18e1a2fa5bc8876 (each NET_ERROR(NAME, number), shown by Chrome as net::ERR_NAME)`,
    );
    expect(problems.some((p) => p.startsWith(`${good.path}: NS_ERROR_NOT_A_REAL_ERROR: not in`))).toBe(true);
    expect(problems).toContain(
      `${good.path}: CURLE_COULDNT_CONNECT: curl_easy_strerror() says "Could not connect to server", not "Failed to connect() to host or proxy"`,
    );
    expect(problems.some((p) => p.startsWith(`${good.path}: requests.exceptions.NoSuchError: not in psf/requests`))).toBe(true);
  });

  it('fails on a Chrome number that differs from net_error_list.h', () => {
    const data = structuredClone(good.data);
    data.chrome.names[0]!.number = -105;
    expect(nameProblems(good.path, data)).toEqual([`${good.path}: ERR_CONNECTION_REFUSED: is -102 in net_error_list.h, not -105`]);
  });
});

/** The error entry schema accepts a complete entry and rejects each kind of broken one, naming the field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentEntryError } from '../../src/lib/entry-checks';
import { checkErrorReferences, idFromErrorFile } from '../../src/lib/error-checks';
import { splitFrontmatter, type Yaml } from '../support/frontmatter';
import { errorSchema } from './error-entries';

const { data: good } = splitFrontmatter('connection-refused.mdx', readFileSync('content/errors/connection-refused.mdx', 'utf8'));
const { data: withCases } = splitFrontmatter('certificate-invalid.mdx', readFileSync('content/errors/certificate-invalid.mdx', 'utf8'));

function variant(base: Yaml, change: (entry: Yaml) => void): Yaml {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

function problems(entry: unknown): string[] {
  const result = errorSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('error schema', () => {
  it('accepts a complete entry, with and without cases', () => {
    expect(problems(good)).toEqual([]);
    expect(problems(withCases)).toEqual([]);
  });

  it.each([
    ['missing summary', (e: Yaml) => delete e.summary, /^summary: summary is required$/],
    ['a summary over 160 characters', (e: Yaml) => (e.summary = 'x'.repeat(161)), /^summary: summary must be at most 160 characters$/],
    [
      'a slug that is not a permanent one',
      (e: Yaml) => (e.slug = 'connection-refused-2'),
      /^slug: slug must be one of: too-many-redirects/,
    ],
    ['an unknown step', (e: Yaml) => (e.step = 'tcp'), /^step: step must be one of: dns, connect, tls, http, cors-check$/],
    [
      'an unknown kind of status seen',
      (e: Yaml) => (e.statusSeen.kind = 'zero'),
      /^statusSeen\.kind: statusSeen\.kind must be one of: none, redirect-chain/,
    ],
    [
      'a Chrome name with its net:: prefix',
      (e: Yaml) => (e.chrome.names[0].name = 'net::ERR_CONNECTION_REFUSED'),
      /^chrome\.names\.0\.name: Chrome name must be written like ERR_CONNECTION_REFUSED, without the net:: prefix$/,
    ],
    ['a positive Chrome number', (e: Yaml) => (e.chrome.names[0].number = 102), /^chrome\.names\.0\.number: Chrome number is negative/],
    ['a curl exit code of 0', (e: Yaml) => (e.curl.names[0].exit = 0), /^curl\.names\.0\.exit: curl exit must be between 1 and 99$/],
    [
      'a curl name without CURLE_',
      (e: Yaml) => (e.curl.names[0].name = 'COULDNT_CONNECT'),
      /^curl\.names\.0\.name: curl name must be a CURLE_ name/,
    ],
    [
      'a Firefox name of another family',
      (e: Yaml) => (e.firefox.names[0].name = 'ERR_CONNECTION_REFUSED'),
      /^firefox\.names\.0\.name: Firefox name must be an NS_ERROR_, SSL_ERROR_, SEC_ERROR_ or MOZILLA_PKIX_ERROR_ name$/,
    ],
    [
      'a requests name without its module',
      (e: Yaml) => (e.requests.names[0].name = 'ConnectionError'),
      /^requests\.names\.0\.name: requests name must be written like requests\.exceptions\.ConnectionError$/,
    ],
    [
      'a tool with no names, nothing shown and no reason',
      (e: Yaml) => {
        e.firefox.names = [];
        delete e.firefox.shows;
      },
      /^firefox\.names: list Firefox's names, quote what it shows, or say why it has none$/,
    ],
    [
      'a tool with names and a reason for none',
      (e: Yaml) => (e.curl.none = 'curl has none.'),
      /^curl\.none: curl has names, so none must go$/,
    ],
    [
      'a tool with names and no source about it',
      (e: Yaml) => (e.sources = e.sources.filter((s: Yaml) => s.about !== 'curl')),
      /^sources: curl has names, so sources needs one about curl$/,
    ],
    [
      'a Cloudflare status with no Cloudflare source',
      (e: Yaml) => (e.sources = e.sources.filter((s: Yaml) => s.about !== 'cloudflare')),
      /^sources: cloudflare names a status, so sources needs one about cloudflare$/,
    ],
    [
      'a redirect chain without its codes',
      (e: Yaml) => (e.statusSeen.kind = 'redirect-chain'),
      /^statusSeen\.codes: a redirect chain lists the 3xx codes it is made of$/,
    ],
    [
      'a source pinned to nothing',
      (e: Yaml) => delete e.sources[0].source.ref,
      /^sources\.0\.source\.ref: source ref is required with a repository file/,
    ],
    ['an unknown source topic', (e: Yaml) => (e.sources[0].about = 'safari'), /^sources\.0\.about: about must be one of: chrome, firefox/],
    [
      'one fix only for visitors',
      (e: Yaml) => (e.fixes.visitor = ['Reload.']),
      /^fixes\.visitor: fixes for website visitors: give at least 2 items$/,
    ],
    ['an unknown field', (e: Yaml) => (e.colour = 'red'), /colour/],
  ])('rejects %s, naming the field', (_name, change, expected) => {
    const found = problems(variant(good, change));
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each([
    [
      'a name that points at a case the entry does not have',
      (e: Yaml) => (e.node.names[0].case = 'err_cert_weird'),
      /^node\.names\.0\.case: names case err_cert_weird, which is not in cases$/,
    ],
    [
      'a case that is no Chrome name of the entry',
      (e: Yaml) => (e.cases[0].id = 'err_cert_weird'),
      /^cases\.0\.id: err_cert_weird is not a Chrome name of this entry, lower-cased$/,
    ],
    [
      'a case whose Chrome name does not point back at it',
      (e: Yaml) => delete e.chrome.names[0].case,
      /^cases\.0\.id: ERR_CERT_DATE_INVALID must name case err_cert_date_invalid$/,
    ],
    [
      'a case id that is not a lower-case anchor',
      (e: Yaml) => (e.cases[0].id = 'ERR_CERT_DATE_INVALID'),
      /^cases\.0\.id: case must be a lower-case anchor/,
    ],
  ])('rejects %s', (_name, change, expected) => {
    const found = problems(variant(withCases, change));
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });
});

describe('error entry file checks', () => {
  it('takes the id from a file named after the slug', () => {
    expect(idFromErrorFile('content/errors/cors-blocked.mdx', { slug: 'cors-blocked' })).toBe('cors-blocked');
  });

  it('rejects a file name that differs from the slug, naming file and field', () => {
    expect(() => idFromErrorFile('content/errors/cors.mdx', { slug: 'cors-blocked' })).toThrow(ContentEntryError);
    expect(() => idFromErrorFile('content/errors/cors.mdx', { slug: 'cors-blocked' })).toThrow(
      'content/errors/cors.mdx: slug: is cors-blocked, but the file name says cors',
    );
  });

  it('rejects a file name that is not a slug', () => {
    expect(() => idFromErrorFile('content/errors/CORS Blocked.mdx', {})).toThrow('content/errors/CORS Blocked.mdx: file name:');
  });

  it('rejects a status code with no entry, naming file and field', () => {
    const entry = (data: object) => ({ id: 'connection-refused', data });
    const known = new Set(['000', '521']);
    expect(() => checkErrorReferences([entry({ cloudflare: { status: { id: '521' } }, related: [{ id: '000' }] })], known)).not.toThrow();
    expect(() => checkErrorReferences([entry({ cloudflare: { status: { id: '527' } } })], known)).toThrow(
      'content/errors/connection-refused.mdx: cloudflare.status: names 527, which has no entry in content/codes',
    );
    expect(() => checkErrorReferences([entry({ related: [{ id: '000' }, { id: '999' }] })], known)).toThrow(
      'content/errors/connection-refused.mdx: related.1: names 999, which has no entry in content/codes',
    );
    expect(() => checkErrorReferences([entry({ statusSeen: { codes: [{ id: '309' }] } })], known)).toThrow(
      'content/errors/connection-refused.mdx: statusSeen.codes.0: names 309, which has no entry in content/codes',
    );
  });
});

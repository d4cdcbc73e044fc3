/** The library constant tables (src/data/constants): shape, coverage, and agreement with the real libraries. */
import { spawnSync } from 'node:child_process';
import { STATUS_CODES } from 'node:http';
import * as httpStatusCodes from 'http-status-codes';
import { describe, expect, it } from 'vitest';
import { LIBRARY_CONSTANTS } from '../../src/data/constants';
import { HTTP_STATUS_CODES } from '../../src/data/constants/http-status-codes';
import { NODE_HTTP } from '../../src/data/constants/node-http';
import { PYTHON_HTTP } from '../../src/data/constants/python-http';
import type { LibraryConstants } from '../../src/lib/library-constants';
import {
  codesWithoutEntry,
  compareVersions,
  coverageProblems,
  duplicateLibraryIds,
  duplicateNames,
  invalidExpressions,
  undocumentedChanges,
  usableCodes,
} from '../support/constants';
import { ENTRIES } from './entries';

const entryCodes = new Set(ENTRIES.map((entry) => entry.data['code'] as number));
const registeredCodes = ENTRIES.filter((entry) => ['assigned', 'temporary'].includes(entry.data['registry'] as string)).map(
  (entry) => entry.data['code'] as number,
);
const byLibrary = LIBRARY_CONSTANTS.map((table) => [table.library.id, table] as const);

/** A table with one thing changed, to show that each check can fail. */
const withChange = (table: LibraryConstants, change: Partial<LibraryConstants>): LibraryConstants => ({ ...table, ...change });

describe('library constant tables', () => {
  it('has the libraries the issue asks for, each read at a pinned release', () => {
    expect(LIBRARY_CONSTANTS.map((t) => t.library.id)).toEqual([
      'python-http',
      'starlette',
      'django-rest-framework',
      'go-net-http',
      'spring',
      'dotnet',
      'aspnetcore',
      'node-http',
      'http-status-codes',
      'rust-http',
      'rack',
      'symfony',
      'ktor',
    ]);
  });

  it('uses each library id once', () => {
    expect(duplicateLibraryIds(LIBRARY_CONSTANTS)).toEqual([]);
    expect(duplicateLibraryIds([PYTHON_HTTP, NODE_HTTP, PYTHON_HTTP])).toEqual(['library id "python-http" is used by more than one table']);
  });

  it('reads the registered codes from the entries', () => {
    expect(registeredCodes).toContain(429);
    expect(registeredCodes).toContain(104);
    expect(registeredCodes).not.toContain(499);
  });

  describe.each(byLibrary)('%s', (_id, table) => {
    it('records where and at which release it was read', () => {
      const { library } = table;
      expect(library.name.trim()).not.toBe('');
      expect(library.version, `${library.id}: version`).toMatch(/^\d+(\.\d+)+$/);
      expect(library.source.repo, `${library.id}: source.repo`).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(library.source.path.trim(), `${library.id}: source.path`).not.toBe('');
      expect(library.source.ref, `${library.id}: source.ref names the version or a commit`).toMatch(
        new RegExp(`${library.version.replaceAll('.', '\\.')}$|^[0-9a-f]{40}$`),
      );
    });

    it('lists only codes that have an entry', () => {
      expect(codesWithoutEntry(table, entryCodes)).toEqual([]);
    });

    it('covers every registered code with a constant or marks it absent, never both', () => {
      expect(coverageProblems(table, registeredCodes)).toEqual([]);
    });

    it('accounts for every entry, registered or vendor', () => {
      expect(coverageProblems(table, entryCodes)).toEqual([]);
    });

    it('writes every constant as a valid expression for its language', () => {
      expect(invalidExpressions(table)).toEqual([]);
    });

    it('lists each name once', () => {
      expect(duplicateNames(table)).toEqual([]);
    });

    it('gives the version for every renamed, deprecated, alias or removed name', () => {
      expect(undocumentedChanges(table)).toEqual([]);
    });
  });

  describe('the checks catch bad tables, naming the library and the code', () => {
    const go = LIBRARY_CONSTANTS.find((t) => t.library.id === 'go-net-http')!;

    it('a constant for a code with no entry', () => {
      const bad = withChange(go, { constants: [...go.constants, { code: 427, name: 'http.StatusMadeUp', status: 'current' }] });
      expect(codesWithoutEntry(bad, entryCodes)).toEqual([
        'go-net-http: http.StatusMadeUp is for 427, which has no entry in content/codes',
      ]);
    });

    it('a registered code neither covered nor absent, and a code both', () => {
      const bad = withChange(go, {
        constants: go.constants.filter((c) => c.code !== 429),
        absent: [...go.absent.filter((c) => c !== 306), 200],
      });
      expect(coverageProblems(bad, registeredCodes)).toEqual([
        'go-net-http: 429 has no constant and is not listed in absent',
        'go-net-http: 200 is listed in absent but has a constant',
      ]);
    });

    it('an expression that is not valid for the language', () => {
      const bad = withChange(go, { constants: [{ code: 429, name: 'http.Status Too Many', status: 'current' }] });
      expect(invalidExpressions(bad)).toEqual(['go-net-http: 429 "http.Status Too Many" is not a valid go expression']);
    });

    it('a deprecated name without a version', () => {
      const bad = withChange(go, { constants: [{ code: 413, name: 'http.StatusOld', status: 'deprecated', note: 'old' }] });
      expect(undocumentedChanges(bad)).toEqual(['go-net-http: 413 http.StatusOld is deprecated but its note gives no version']);
    });
  });
});

describe('http-status-codes matches the installed package', () => {
  // The package's 1.x top-level constants (all @deprecated) are every numeric export except the enums.
  const numeric = (pairs: [string, unknown][]) => pairs.filter((pair): pair is [string, number] => typeof pair[1] === 'number');
  const legacy = numeric(Object.entries(httpStatusCodes));
  // A TypeScript numeric enum also maps each number back to its name; keep only name to number.
  const enumMembers = numeric(Object.entries(httpStatusCodes.StatusCodes));
  const expected = [...enumMembers.map(([name, code]) => [`StatusCodes.${name}`, code] as const), ...legacy].map(
    ([name, code]) => `${name} = ${code}`,
  );

  it('has every package name with the same number, and nothing else', () => {
    expect(legacy.length).toBeGreaterThan(50);
    expect(HTTP_STATUS_CODES.constants.map((c) => `${c.name} = ${c.code}`).sort()).toEqual(expected.sort());
  });

  it('records the installed version', async () => {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile('node_modules/http-status-codes/package.json', 'utf8')) as { version: string };
    expect(HTTP_STATUS_CODES.library.version).toBe(manifest.version);
  });
});

describe('node-http matches http.STATUS_CODES', () => {
  const sameNode = process.versions.node === NODE_HTTP.library.version;
  if (!sameNode)
    console.warn(
      `constants: Node ${process.versions.node} runs the tests, but node-http was read from Node ${NODE_HTTP.library.version}; skipping the comparison`,
    );

  it.skipIf(!sameNode)(
    `equals the running Node's table (${sameNode ? `Node ${process.versions.node}` : `skipped: running Node ${process.versions.node}, data from ${NODE_HTTP.library.version}`})`,
    () => {
      const expected = Object.entries(STATUS_CODES)
        .filter(([code]) => entryCodes.has(Number(code)))
        .map(([code, phrase]) => `${code} ${JSON.stringify(phrase)}`);
      expect(NODE_HTTP.constants.map((c) => `${c.code} ${c.name}`)).toEqual(expected);
      // Every phrase Node knows has an entry here, so nothing was dropped.
      expect(Object.keys(STATUS_CODES).filter((code) => !entryCodes.has(Number(code)))).toEqual([]);
    },
  );
});

interface PythonStatus {
  version: string;
  members: Record<string, number>;
}

/** http.HTTPStatus of the machine's python3, with aliases; undefined when python3 is not installed. */
function readPythonStatus(): PythonStatus | undefined {
  const script = [
    'import http, json, sys',
    'print(json.dumps({"version": ".".join(map(str, sys.version_info[:3])), "members": {n: int(m) for n, m in http.HTTPStatus.__members__.items()}}))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
  if (run.error) return undefined;
  if (run.status !== 0) throw new Error(`python3 failed reading http.HTTPStatus: ${run.stderr}`);
  return JSON.parse(run.stdout) as PythonStatus;
}

describe('python-http matches http.HTTPStatus', () => {
  const python = readPythonStatus();
  if (!python) console.warn('constants: python3 not found; the python-http table was NOT checked against http.HTTPStatus');
  const label = python ? `python3 ${python.version}` : 'skipped: python3 not found';
  const recorded = PYTHON_HTTP.library.version;
  const data = new Map(PYTHON_HTTP.constants.map((c) => [c.name.replace(/^HTTPStatus\./, ''), c]));

  it.skipIf(!python)(`every name the interpreter has is in the table with the same number (${label})`, () => {
    const mismatches = Object.entries(python!.members)
      .filter(([name, code]) => data.get(name)?.code !== code)
      .map(
        ([name, code]) =>
          `python-http: HTTPStatus.${name} is ${code} in python3 ${python!.version}, ${data.get(name)?.code ?? 'missing'} in the table`,
      );
    expect(mismatches).toEqual([]);
  });

  it.skipIf(!python)(`names the interpreter lacks are newer than it and match the recorded CPython ${recorded} (${label})`, () => {
    const missing = [...data.values()].filter((c) => !(c.name.replace(/^HTTPStatus\./, '') in python!.members));
    if (compareVersions(python!.version, recorded) >= 0) {
      // An interpreter at least as new as the source read must have every name.
      expect(missing.map((c) => c.name)).toEqual([]);
      return;
    }
    for (const c of missing) {
      // Each newer name records which release added it, later than this interpreter and no later than the source read.
      const added = c.addedIn;
      expect(
        added,
        `python-http: ${c.name} is not in python3 ${python!.version} and its note does not say when it was added`,
      ).toBeDefined();
      expect(compareVersions(added!, python!.version), `python-http: ${c.name} added in ${added}`).toBeGreaterThan(0);
      expect(
        compareVersions(added!, recorded),
        `python-http: ${c.name} added in ${added}, after the recorded ${recorded}`,
      ).toBeLessThanOrEqual(0);
      // The older spelling it replaced is in this interpreter with the same number, and is kept as an alias.
      const older = /only have HTTPStatus\.(\w+)/.exec(c.note ?? '')?.[1];
      expect(older && python!.members[older], `python-http: ${c.name} names no older spelling that python3 ${python!.version} has`).toBe(
        c.code,
      );
      expect(data.get(older!)?.status, `python-http: HTTPStatus.${older} should be an alias in ${recorded}`).toBe('alias');
    }
  });

  it('records a CPython release with the RFC 9110 names', () => {
    expect(compareVersions(recorded, '3.13')).toBeGreaterThanOrEqual(0);
    expect(usableCodes(PYTHON_HTTP).has(413)).toBe(true);
    expect(data.get('CONTENT_TOO_LARGE')).toMatchObject({ code: 413, status: 'current' });
    expect(data.get('REQUEST_ENTITY_TOO_LARGE')).toMatchObject({ code: 413, status: 'alias' });
  });
});

describe('the .NET tables', () => {
  const table = (id: string) => LIBRARY_CONSTANTS.find((t) => t.library.id === id)!;
  /** Each code's current name once, so the snippets and the matrix pick one name per code. */
  const currentTwice = (t: LibraryConstants) =>
    [...new Set(t.constants.map((c) => c.code))].filter(
      (code) => t.constants.filter((c) => c.code === code && c.status === 'current').length !== 1,
    );

  it.each(['dotnet', 'aspnetcore'])('%s has exactly one current name for each code it names', (id) => {
    expect(currentTwice(table(id))).toEqual([]);
  });

  it('HttpStatusCode marks the .NET 8.0 rename of 422 and keeps the older names of 413, 414 and 416', () => {
    const names = new Map(table('dotnet').constants.map((c) => [c.name, c]));
    expect(names.get('HttpStatusCode.UnprocessableContent')).toMatchObject({ code: 422, status: 'current' });
    expect(names.get('HttpStatusCode.UnprocessableEntity')).toMatchObject({ code: 422, status: 'alias' });
    expect(names.get('HttpStatusCode.RequestEntityTooLarge')).toMatchObject({ code: 413, status: 'current' });
    expect(names.get('HttpStatusCode.RequestUriTooLong')).toMatchObject({ code: 414, status: 'current' });
    expect(names.get('HttpStatusCode.RequestedRangeNotSatisfiable')).toMatchObject({ code: 416, status: 'current' });
    expect(table('dotnet').absent).toEqual(expect.arrayContaining([418, 425, 499]));
  });

  it('StatusCodes has the vendor 499 and both spellings of 413', () => {
    const names = new Map(table('aspnetcore').constants.map((c) => [c.name, c]));
    expect(names.get('StatusCodes.Status499ClientClosedRequest')).toMatchObject({ code: 499, status: 'current' });
    expect(names.get('StatusCodes.Status413PayloadTooLarge')).toMatchObject({ code: 413, status: 'current' });
    expect(names.get('StatusCodes.Status413RequestEntityTooLarge')).toMatchObject({ code: 413, status: 'alias' });
    expect(table('aspnetcore').absent).toEqual(expect.arrayContaining([103, 425]));
  });
});

/**
 * The "In your code" section: generated snippets parse or compile and send the headers their code
 * requires; statements replace snippets where nothing should be sent; client data covers every
 * class; constant names become search keys that match only whole.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { LIBRARY_CONSTANTS } from '../../src/data/constants/index';
import { HTTP_CLIENTS } from '../../src/data/http-clients';
import { currentAddedIn, currentConstant } from '../../src/data/in-code';
import { bareName, constantKey, constantKeysByCode, queryKeys, squash } from '../../src/lib/constant-search';
import { CLIENT_CLASSES, clientBehaviour, clientLabel, deliveredCode } from '../../src/lib/http-clients';
import { releaseLabel, rowNote, type LibraryConstants } from '../../src/lib/library-constants';
import { SEND_FRAMEWORKS, sendPlan, snippetHeaders, whyNotSent, type ConstantLookup } from '../../src/lib/send-snippets';
import { ENTRIES, toSendInput } from './entries';

const INPUTS = ENTRIES.map((e) => toSendInput(e.data));
const byCode = new Map(INPUTS.map((i) => [i.code, i]));

// A small stand-in for LIBRARY_CONSTANTS: the snippets must use a constant where one exists.
const FIXTURE: Record<string, Record<number, string>> = {
  'go-net-http': { 103: 'http.StatusEarlyHints', 204: 'http.StatusNoContent', 429: 'http.StatusTooManyRequests' },
  starlette: { 204: 'status.HTTP_204_NO_CONTENT', 429: 'status.HTTP_429_TOO_MANY_REQUESTS' },
  spring: { 429: 'HttpStatus.TOO_MANY_REQUESTS' },
  aspnetcore: { 429: 'StatusCodes.Status429TooManyRequests' },
};
const lookup: ConstantLookup = (library, code) => FIXTURE[library]?.[code];
const PLANS = INPUTS.map((input) => ({ input, plan: sendPlan(input, lookup) }));
const snippetsIn = (language: string) =>
  PLANS.flatMap(({ input, plan }) =>
    plan.snippets.filter((s) => s.framework.language === language).map((s) => ({ code: input.code, source: s.code })),
  );

describe('send it: snippets', () => {
  it('every header an entry names is either sent with a value or left out for a stated reason', () => {
    for (const input of INPUTS) expect(() => sendPlan(input, lookup), String(input.code)).not.toThrow();
    expect(() => snippetHeaders({ code: 200, headers: { required: ['X-Unknown'], optional: [], conditional: [] } })).toThrow(
      /200 names the header X-Unknown/,
    );
  });

  it('registered codes outside 1xx get a snippet for each of the five frameworks', () => {
    // 208 and 226 need WebDAV or delta machinery, 305 is deprecated, servers answer Expect (417) themselves, and
    // proxies send 203 and 511.
    const registered = PLANS.filter(
      ({ input }) => input.registry === 'assigned' && input.code >= 200 && ![203, 208, 226, 305, 417, 511].includes(input.code),
    );
    expect(registered.length).toBeGreaterThanOrEqual(50);
    for (const { input, plan } of registered) {
      expect(
        plan.snippets.map((s) => s.framework.id),
        String(input.code),
      ).toEqual(SEND_FRAMEWORKS.map((f) => f.id));
    }
  });

  it('uses the library constant where one exists and the number where none does', () => {
    const plan429 = PLANS.find(({ input }) => input.code === 429)!.plan;
    const source = (id: string) => plan429.snippets.find((s) => s.framework.id === id)!.code;
    expect(source('go')).toContain('http.Error(w, "Too Many Requests", http.StatusTooManyRequests)');
    expect(source('fastapi')).toContain('status_code=status.HTTP_429_TOO_MANY_REQUESTS');
    expect(source('fastapi')).toContain('from fastapi import HTTPException, status');
    expect(source('spring')).toContain('ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)');
    expect(source('spring')).toContain('.body("Too Many Requests");');
    expect(source('aspnetcore')).toContain('Results.Text("Too Many Requests", statusCode: StatusCodes.Status429TooManyRequests)');
    expect(source('express')).toContain('res.sendStatus(429)');
    const go404 = PLANS.find(({ input }) => input.code === 404)!.plan.snippets.find((s) => s.framework.id === 'go')!.code;
    expect(go404).toContain('http.Error(w, "Not Found", 404)');
  });

  it.each([
    [401, 'WWW-Authenticate'],
    [407, 'Proxy-Authenticate'],
    [405, 'Allow'],
    [201, 'Location'],
    [301, 'Location'],
    [308, 'Location'],
    [429, 'Retry-After'],
    [503, 'Retry-After'],
    [206, 'Content-Range'],
    [416, 'Content-Range'],
  ])('every %i snippet sends %s', (code, header) => {
    const plan = PLANS.find(({ input }) => input.code === code)!.plan;
    expect(plan.snippets.length).toBe(SEND_FRAMEWORKS.length);
    for (const s of plan.snippets) expect(s.code, s.framework.id).toContain(header);
  });

  it('every snippet contains each header its code requires, always or in the case it shows, with its value', () => {
    let checked = 0;
    for (const { input, plan } of PLANS) {
      const required = [...input.headers.required, ...input.headers.conditional.map((h) => h.name)].filter(
        (h) => whyNotSent(input.code, h) === undefined,
      );
      for (const snippet of plan.snippets) {
        if (snippet.framework.id === 'nginx') continue;
        for (const name of required) {
          const value = plan.headers.find(([n]) => n === name)![1];
          expect(snippet.code, `${input.code} ${snippet.framework.id} ${name}`).toContain(name);
          const escaped = JSON.stringify(value).slice(1, -1);
          expect(
            snippet.code.includes(value) || snippet.code.includes(escaped),
            `${input.code} ${snippet.framework.id} ${name}: ${value}`,
          ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('sends no content with 204, 205 and 304', () => {
    for (const code of [204, 205, 304]) {
      const plan = PLANS.find(({ input }) => input.code === code)!.plan;
      const express = plan.snippets.find((s) => s.framework.id === 'express')!.code;
      expect(express).toContain(`res.status(${code}).end();`);
      expect(express).not.toMatch(/sendStatus|\.send\(|\.json\(/);
      for (const s of plan.snippets)
        expect(s.code).not.toMatch(
          /detail=|\.body\(|w\.Write\(|io\.WriteString|http\.Error|Results\.(Ok|Json|Content|Text)|\.json\(|\.send\(/,
        );
    }
  });

  it('gives statements instead of fake snippets where a framework cannot or should not send the code', () => {
    expect(PLANS.find(({ input }) => input.code === 0)!.plan).toMatchObject({ snippets: [] });
    for (const code of [499, 460]) expect(PLANS.find(({ input }) => input.code === code)!.plan.snippets).toEqual([]);
    for (const code of [494, 495, 496, 497]) expect(PLANS.find(({ input }) => input.code === code)!.plan.statement).toContain('400');
    for (const code of [100, 101, 102, 104, 203, 208, 226, 305, 306, 417, 418, 510, 511, 520, 419]) {
      const plan = PLANS.find(({ input }) => input.code === code)!.plan;
      expect(plan.snippets, String(code)).toEqual([]);
      expect(plan.statement, String(code)).toBeTruthy();
    }
    const nginx = PLANS.find(({ input }) => input.code === 444)!.plan;
    expect(nginx.snippets.map((s) => s.framework.id)).toEqual(['nginx']);
    expect(nginx.snippets[0]!.code).toContain('return 444;');
  });

  it('sends a 103 from Go and, through Node, from Express', () => {
    const plan103 = PLANS.find(({ input }) => input.code === 103)!.plan;
    expect(plan103.snippets.map((s) => s.framework.id)).toEqual(['express', 'go']);
    expect(plan103.snippets[0]!.code).toContain('res.writeEarlyHints({ link:');
    expect(plan103.snippets[1]!.code).toContain('w.WriteHeader(http.StatusEarlyHints)');
    expect(plan103.statement).toMatch(/interim/);
    expect(plan103.statement).toContain('`writeEarlyHints`');
  });

  it('every JavaScript snippet parses with the TypeScript compiler', () => {
    const sources = snippetsIn('javascript');
    expect(sources.length).toBeGreaterThanOrEqual(50);
    for (const { code, source } of sources) {
      const file = ts.createSourceFile(`${code}.ts`, source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
      const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      expect(
        diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        `${code}:\n${source}`,
      ).toEqual([]);
    }
  });

  it('the compiler check can fail: a broken snippet has parse errors', () => {
    const file = ts.createSourceFile(
      'x.ts',
      "app.get('/x', (req, res) => {\n  res.sendStatus(200;\n});",
      ts.ScriptTarget.ES2022,
      false,
      ts.ScriptKind.TS,
    );
    expect((file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.length).toBeGreaterThan(0);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  const dir = mkdtempSync(join(tmpdir(), 'in-code-py-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(python)(
    'every Python snippet compiles with python3 -m py_compile',
    () => {
      const sources = snippetsIn('python');
      expect(sources.length).toBeGreaterThanOrEqual(50);
      const files = sources.map(({ code, source }) => {
        const path = join(dir, `snippet_${String(code).padStart(3, '0')}.py`);
        writeFileSync(path, `${source}\n`);
        return path;
      });
      // One interpreter for all files; a syntax error names the file and fails the test.
      expect(() => execFileSync('python3', ['-m', 'py_compile', ...files], { stdio: 'pipe' })).not.toThrow();
      const broken = join(dir, 'broken.py');
      writeFileSync(broken, 'def f(:\n    pass\n');
      expect(() => execFileSync('python3', ['-m', 'py_compile', broken], { stdio: 'pipe' })).toThrow();
      // Starting the interpreter twice takes seconds on a loaded machine.
    },
    60_000,
  );

  it.skipIf(python)('Python snippets NOT compiled: python3 is absent on this machine', () => {
    console.warn('python3 is absent: the Python snippets were not compiled');
  });

  const goToolchain = spawnSync('go', ['version']).status === 0;

  it.runIf(goToolchain)(
    'every Go snippet compiles with go build, as one package that imports net/http, io and os',
    () => {
      // With the real constant table, so a misspelt http.Status… name fails the build.
      const sources = INPUTS.flatMap((input) =>
        sendPlan(input, currentConstant)
          .snippets.filter((s) => s.framework.language === 'go')
          .map((s) => ({ code: input.code, source: s.code })),
      );
      expect(sources.length).toBeGreaterThanOrEqual(50);
      const goDir = mkdtempSync(join(tmpdir(), 'in-code-go-'));
      try {
        // Each snippet declares one handler; numbering them keeps the names apart in one package.
        const handlers = sources.map(({ code, source }, i) => source.replace(/^func \w+\(/, `func h${code}_${i}(`));
        const file = [
          'package snippets',
          '',
          'import (\n\t"io"\n\t"net/http"\n\t"os"\n)',
          '',
          'var _ = io.WriteString',
          'var _ = os.ReadFile',
          '',
          ...handlers,
        ].join('\n');
        writeFileSync(join(goDir, 'go.mod'), 'module snippets\n\ngo 1.19\n');
        writeFileSync(join(goDir, 'snippets.go'), `${file}\n`);
        expect(() => execFileSync('go', ['build', './...'], { cwd: goDir, stdio: 'pipe' })).not.toThrow();
        writeFileSync(join(goDir, 'snippets.go'), 'package snippets\n\nfunc broken( {\n');
        expect(() => execFileSync('go', ['build', './...'], { cwd: goDir, stdio: 'pipe' })).toThrow();
      } finally {
        rmSync(goDir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it('every snippet is mounted for the method of the request it answers', () => {
    let checked = 0;
    for (const { input, plan } of PLANS) {
      const x = plan.exchange;
      if (!x || input.code < 200) continue;
      const method = x.method.toLowerCase();
      const pascal = `${method[0]!.toUpperCase()}${method.slice(1)}`;
      for (const snippet of plan.snippets) {
        const expected: Record<string, RegExp> = {
          express: new RegExp(`^app\\.${method}\\('${x.path}'`),
          fastapi: new RegExp(`@app\\.(${method}\\("${x.path}"\\)|api_route\\("${x.path}", methods=\\["${x.method}"\\]\\))`),
          spring: new RegExp(`^@(${pascal}Mapping|RequestMapping)\\("${x.path}"\\)`),
          aspnetcore: new RegExp(`^app\\.(Map${pascal}\\("${x.path}"|MapMethods\\("${x.path}", new\\[\\] \\{ "${x.method}" \\})`),
          go: new RegExp(`^func ${x.name}\\(w http\\.ResponseWriter, r \\*http\\.Request\\)`),
        };
        expect(snippet.code, `${input.code} ${snippet.framework.id}`).toMatch(expected[snippet.framework.id]!);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(250);
    // 405 answers a method its Allow leaves out.
    const plan405 = PLANS.find(({ input }) => input.code === 405)!.plan;
    expect(plan405.headers.find(([n]) => n === 'Allow')![1].split(', ')).not.toContain(plan405.exchange!.method);
  });
});

describe('send it: with the real constant tables', () => {
  it('a snippet that uses a constant newer than its library says which release added it', () => {
    const plan413 = sendPlan(byCode.get(413)!, currentConstant, currentAddedIn);
    const fastapi = plan413.snippets.find((s) => s.framework.id === 'fastapi')!;
    expect(fastapi.code).toContain('status.HTTP_413_CONTENT_TOO_LARGE');
    expect(fastapi.note).toBe('Needs Starlette 0.48.0 or later.');
    expect(plan413.snippets.find((s) => s.framework.id === 'spring')!.note).toBe('Needs Spring 7.0 or later.');
    expect(plan413.snippets.find((s) => s.framework.id === 'go')!.note).toBeUndefined();
    expect(sendPlan(byCode.get(429)!, currentConstant, currentAddedIn).snippets.every((s) => s.note === undefined)).toBe(true);
  });

  it('every framework names a library that the constant tables have', () => {
    const ids = new Set(LIBRARY_CONSTANTS.map((l) => l.library.id));
    for (const framework of SEND_FRAMEWORKS) if (framework.constantLibrary) expect(ids, framework.id).toContain(framework.constantLibrary);
  });

  it("each snippet uses its library's current constant wherever the library has one", () => {
    let used = 0;
    for (const input of INPUTS) {
      for (const snippet of sendPlan(input, currentConstant).snippets) {
        const library = snippet.framework.constantLibrary;
        const constant = library ? currentConstant(library, input.code) : undefined;
        if (!constant) continue;
        expect(snippet.code, `${input.code} ${snippet.framework.id}`).toContain(constant);
        used++;
      }
    }
    expect(used).toBeGreaterThanOrEqual(200);
  });
});

describe('handle it: client data', () => {
  it.each(HTTP_CLIENTS.map((c) => [c.id, c] as const))('%s covers every class, with a version and sources', (_, client) => {
    expect(Object.keys(client.byClass).sort()).toEqual([...CLIENT_CLASSES].sort());
    expect(client.version).toMatch(/\d/);
    expect(client.sources.length).toBeGreaterThan(0);
    for (const [code, behaviour] of Object.entries(client.byCode)) {
      expect(Number(code)).toBeGreaterThanOrEqual(100);
      expect(Number(code)).toBeLessThanOrEqual(599);
      expect(behaviour!.text.length).toBeGreaterThan(10);
    }
  });

  it('gives every entry a behaviour for every client, or says clients never see it', () => {
    for (const input of INPUTS) {
      const received = deliveredCode(input.code, input.clientSees);
      if (received === 'never') continue;
      for (const client of HTTP_CLIENTS) expect(clientBehaviour(client, received).text, `${client.id} ${input.code}`).toBeTruthy();
    }
    expect(deliveredCode(499, byCode.get(499)!.clientSees)).toBe('never');
    expect(deliveredCode(444, byCode.get(444)!.clientSees)).toBe('none');
    expect(deliveredCode(495, byCode.get(495)!.clientSees)).toBe(400);
  });

  it("curl's --retry codes are exactly the ones in src/tool_operate.c, 522 and 524 since 8.17.0", () => {
    const curl = HTTP_CLIENTS.find((c) => c.id === 'curl')!;
    const retried = Object.entries(curl.byCode)
      .filter(([, b]) => b!.text.includes('retries it'))
      .map(([code]) => Number(code));
    expect(retried).toEqual([408, 429, 500, 502, 503, 504, 522, 524]);
    expect(curl.byCode[522]!.text).toContain('8.17.0');
  });

  it('fetch resolves on 4xx and 5xx, axios rejects', () => {
    const fetch = HTTP_CLIENTS.find((c) => c.id === 'fetch')!;
    const axios = HTTP_CLIENTS.find((c) => c.id === 'axios')!;
    expect(clientBehaviour(fetch, 404).outcome).toBe('ok');
    expect(clientBehaviour(axios, 404).outcome).toBe('error');
    expect(clientBehaviour(fetch, 'none').outcome).toBe('error');
  });
});

describe('constant search keys', () => {
  const library = (id: string, kind: 'constant' | 'reason-phrase' = 'constant') => ({
    id,
    name: id,
    language: 'go' as const,
    product: 'x',
    version: '1',
    source: { repo: 'x/y', path: 'z', ref: 'v1' },
    kind,
  });
  const FIXTURE_LIBRARIES: LibraryConstants[] = [
    {
      library: library('go-net-http'),
      constants: [
        { code: 429, name: 'http.StatusTooManyRequests', status: 'current' },
        { code: 413, name: 'http.StatusRequestEntityTooLarge', status: 'current' },
      ],
      absent: [],
    },
    { library: library('starlette'), constants: [{ code: 429, name: 'status.HTTP_429_TOO_MANY_REQUESTS', status: 'current' }], absent: [] },
    {
      library: library('rack'),
      constants: [
        { code: 422, name: ':unprocessable_entity', status: 'deprecated' },
        { code: 422, name: ':unprocessable_content', status: 'current' },
      ],
      absent: [],
    },
    {
      library: library('clash'),
      constants: [
        { code: 418, name: 'X.CLASH' },
        { code: 419, name: 'Y.CLASH' },
      ].map((c) => ({ ...c, status: 'current' as const })),
      absent: [],
    },
    { library: library('node', 'reason-phrase'), constants: [{ code: 429, name: "'Too Many Requests'", status: 'current' }], absent: [] },
  ];

  it('squashes a name to its bare letters and digits', () => {
    expect(bareName('http.StatusTooManyRequests')).toBe('StatusTooManyRequests');
    expect(bareName('StatusCode::TOO_MANY_REQUESTS')).toBe('TOO_MANY_REQUESTS');
    expect(bareName(':too_many_requests')).toBe('too_many_requests');
    expect(squash('HttpStatusCode.RequestEntityTooLarge')).toBe('httpstatuscoderequestentitytoolarge');
    expect([...queryKeys('HttpStatusCode.RequestEntityTooLarge')]).toContain('requestentitytoolarge');
    expect([...queryKeys('http.StatusTooManyRequests')]).toContain('toomanyrequests');
    expect([...queryKeys('Response::HTTP_TOO_MANY_REQUESTS')]).toContain('toomanyrequests');
    expect([...queryKeys('StatusCodes.Status429TooManyRequests')]).toContain('toomanyrequests');
    expect(constantKey('http.StatusHTTPVersionNotSupported')).toBe('versionnotsupported');
    expect(queryKeys('redirect').size).toBe(0);
    expect(queryKeys('too many requests').size).toBe(0);
    expect([...queryKeys('REDIRECT')]).toEqual(['redirect']);
    expect([...queryKeys(':found')]).toEqual(['found']);
  });

  it('keys each code by its names, leaves number-bearing names to the number path, and drops shared keys', () => {
    const { keys, ambiguous } = constantKeysByCode(FIXTURE_LIBRARIES);
    expect(keys.get(429)).toEqual(['toomanyrequests']);
    expect(keys.get(413)).toEqual(['requestentitytoolarge']);
    expect(keys.get(422)).toEqual(['unprocessablecontent', 'unprocessableentity']);
    expect(ambiguous).toEqual(['clash']);
    expect(keys.has(418)).toBe(false);
  });
});

describe('row labels and notes', () => {
  const lib = { name: 'Go net/http', product: 'Go', version: '1.27.4' };
  it('names the release once: the version alone when the name already says the product', () => {
    expect(releaseLabel(lib)).toBe('1.27.4');
    expect(releaseLabel({ name: 'Rust http::StatusCode', product: 'crate', version: '1.4.2' })).toBe('crate 1.4.2');
    expect(clientLabel({ name: 'axios', version: '1.7.9' })).toBe('axios 1.7.9');
    expect(clientLabel({ name: 'fetch()', version: 'standard, 2026-07-02' })).toBe('fetch() (standard, 2026-07-02)');
  });

  it("shows an old name's note instead of the renamed current name's, and no alias note", () => {
    const names = [
      { code: 413, name: 'NEW', status: 'current', addedIn: '7.0', note: 'Earlier versions have OLD.' },
      { code: 413, name: 'OLD', status: 'deprecated', note: 'Deprecated since 7.0.' },
      { code: 413, name: 'SAME', status: 'alias', note: 'Same value as NEW.' },
    ] as const;
    expect(rowNote({ product: 'Spring' }, names)).toBe('Deprecated since 7.0.');
    expect(rowNote({ product: 'Spring' }, [names[0]])).toBe('Added in Spring 7.0. Earlier versions have OLD.');
    expect(rowNote({ product: 'Spring' }, [names[2]])).toBe('');
  });
});

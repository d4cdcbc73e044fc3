/**
 * A broken entry must stop the build with a message that names the file and the field. Each case
 * runs the real Astro CLI on a scratch copy of the project (every entry included, so references
 * resolve) whose 407 entry is replaced. `astro build` starts with the content step, so a broken
 * entry stops it there, before any page is rendered.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve('.');
const good407 = readFileSync('content/codes/407.mdx', 'utf8');
let scratch: string | undefined;

/** Runs `astro <command>` on a copy of the project whose 407 entry is replaced; returns its output and exit status. */
function runWith(command: 'sync' | 'build', entry407: string): { status: number; output: string } {
  scratch = mkdtempSync(join(tmpdir(), 'codes-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(scratch, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  writeFileSync(join(scratch, 'content/codes/407.mdx'), entry407);
  // Colours and bold are turned off (and stripped, should a terminal force them) so the text can be matched.
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  try {
    const output = execFileSync(join(root, 'node_modules/.bin/astro'), [command], { cwd: scratch, env, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output: stripVTControlCharacters(output) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: stripVTControlCharacters(`${e.stdout}${e.stderr}`) };
  }
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('a broken entry fails the build', () => {
  it('passes with the good entry', () => {
    expect(runWith('sync', good407).status).toBe(0);
  }, 60_000);

  it('names the file and the field when the summary is missing', () => {
    const { status, output } = runWith('build', good407.replace(/^summary:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/407.mdx');
    expect(output).toContain('summary: summary is required');
  }, 60_000);

  it('names the file and the field when code differs from the file name', () => {
    const { status, output } = runWith('build', good407.replace(/^code: 407$/m, 'code: 408'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/407.mdx: code: is 408, but the file name says 407');
  }, 60_000);

  it('names the file and the field when related names a code with no entry', () => {
    const { status, output } = runWith('build', good407.replace(/^related:\n/m, 'related:\n  - "471"\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/407.mdx: related.0: names 471, which has no entry in content/codes');
  }, 60_000);

  it('names the file and the field when a sender is not in the registry of senders', () => {
    const broken = good407.replace(
      /^registry: assigned$/m,
      'registry: assigned\notherMeanings:\n  - sender: Nobody Corp\n    name: Made up\n    summary: A meaning nobody sends.\n    source: https://example.com/\n',
    );
    const { status, output } = runWith('build', broken);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/codes/407.mdx: otherMeanings.0.sender: "Nobody Corp" matches no sender in src/data/sender-registry.ts',
    );
  }, 60_000);

  it('names the file and the field when compare.with names a code with no entry', () => {
    const { status, output } = runWith('build', good407.replace(/^ {2}with: "?(\d{3})"?$/m, '  with: "472"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/407.mdx: compare.with: names 472, which has no entry in content/codes');
  }, 60_000);
});

/**
 * A broken entry must stop the build with a message that names the file and the field. This runs
 * the real `astro sync` (the content step of `astro build`) on a scratch copy holding a bad entry.
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

/** Runs `astro sync` on a copy of the project whose 407 entry is replaced; returns its output and exit status. */
function syncWith(entry407: string): { status: number; output: string } {
  scratch = mkdtempSync(join(tmpdir(), 'codes-'));
  for (const item of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(scratch, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  cpSync(join(root, 'content/codes/401.mdx'), join(scratch, 'content/codes/401.mdx'), { recursive: true });
  writeFileSync(join(scratch, 'content/codes/407.mdx'), entry407);
  // Colours and bold are turned off (and stripped, should a terminal force them) so the text can be matched.
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const plain = stripVTControlCharacters;
  try {
    const output = execFileSync(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: scratch, env, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output: plain(output) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: plain(`${e.stdout}${e.stderr}`) };
  }
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('a broken entry fails the build', () => {
  it('passes with the good entry', () => {
    expect(syncWith(good407).status).toBe(0);
  }, 60_000);

  it('names the file and the field when the summary is missing', () => {
    const { status, output } = syncWith(good407.replace(/^summary:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/407.mdx');
    expect(output).toContain('summary: summary is required');
  }, 60_000);

  it('names the file and the field when code differs from the file name', () => {
    const { status, output } = syncWith(good407.replace(/^code: 407$/m, 'code: 408'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/codes/407.mdx: code: is 408, but the file name says 407');
  }, 60_000);
});

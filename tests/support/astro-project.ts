/**
 * A scratch copy of the project for tests that need Astro itself to load the content: every entry
 * included (so references resolve), node_modules linked. Cases change a few files, run Astro's
 * content sync in this process (the same `sync()` the `astro sync` command runs, without paying
 * for a new process each time), and put the files back. The real CLI is run too, but only once
 * per kind of error, to show that it prints what sync reports.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { sync } from 'astro';

const ROOT = resolve('.');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface Outcome {
  ok: boolean;
  /** What Astro reported: the error message (with its location, if Astro gave one) or the CLI's output. */
  output: string;
}

export class ScratchProject {
  readonly root = mkdtempSync(join(tmpdir(), 'astro-project-'));

  constructor() {
    for (const item of COPIED) cpSync(join(ROOT, item), join(this.root, item), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(this.root, 'node_modules'));
  }

  /** Writes `files` (project-relative path → text; null deletes), runs `run`, then restores them. */
  private async with<T>(files: Record<string, string | null>, run: () => Promise<T> | T): Promise<T> {
    const saved = Object.keys(files).map((path) => [path, this.read(path)] as const);
    try {
      for (const [path, text] of Object.entries(files)) this.write(path, text);
      return await run();
    } finally {
      for (const [path, text] of saved) this.write(path, text);
    }
  }

  private read(path: string): string | null {
    try {
      return readFileSync(join(this.root, path), 'utf8');
    } catch {
      return null;
    }
  }

  private write(path: string, text: string | null): void {
    if (text === null) rmSync(join(this.root, path), { force: true });
    else writeFileSync(join(this.root, path), text);
  }

  /** Astro's content sync, in this process, with `files` changed. */
  sync(files: Record<string, string | null>): Promise<Outcome> {
    return this.with(files, async () => {
      try {
        await sync({ root: this.root, logLevel: 'silent' });
        return { ok: true, output: '' };
      } catch (error) {
        const e = error as Error & { loc?: { file?: string } };
        // The CLI prints Astro's **bold** field names as plain text; so does this.
        return { ok: false, output: stripVTControlCharacters(`${e.loc?.file ?? ''}\n${e.message}`).replaceAll('**', '') };
      }
    });
  }

  /** The real `astro <command>` in a child process, with `files` changed. */
  cli(command: 'sync' | 'build', files: Record<string, string | null>): Promise<Outcome> {
    return this.with(files, () => {
      // Colours off (and stripped, should a terminal force them) so the text can be matched.
      const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
      try {
        const output = execFileSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
          cwd: this.root,
          env,
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return { ok: true, output: stripVTControlCharacters(output) };
      } catch (error) {
        const e = error as { stdout: string; stderr: string };
        return { ok: false, output: stripVTControlCharacters(`${e.stdout}${e.stderr}`) };
      }
    });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

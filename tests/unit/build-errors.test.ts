/**
 * A broken entry must stop the build with a message that names the file and the field. Every case
 * runs Astro's own content sync on a scratch copy of the project (every entry included, so
 * references resolve) with one entry changed; `astro build` starts with that step, so what fails
 * here fails the build before any page is rendered. The real CLI runs once, to show it prints the
 * file and the field as sync reports them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScratchProject } from '../support/astro-project';

const ENTRY = 'content/codes/407.mdx';
const good407 = readFileSync(ENTRY, 'utf8');
let project: ScratchProject;

beforeAll(() => {
  project = new ScratchProject();
});
afterAll(() => project?.dispose());

describe('a broken code entry fails the build', () => {
  it('passes with the good entry', async () => {
    expect((await project.sync({})).ok).toBe(true);
  }, 60_000);

  it('the real `astro build` names the file and the field when the summary is missing', async () => {
    const { ok, output } = await project.cli('build', { [ENTRY]: good407.replace(/^summary:.*\n/m, '') });
    expect(ok).toBe(false);
    expect(output).toContain('content/codes/407.mdx');
    expect(output).toContain('summary: summary is required');
  }, 60_000);

  it('names the file and the field when code differs from the file name', async () => {
    const { ok, output } = await project.sync({ [ENTRY]: good407.replace(/^code: 407$/m, 'code: 408') });
    expect(ok).toBe(false);
    expect(output).toContain('content/codes/407.mdx: code: is 408, but the file name says 407');
  }, 60_000);

  it('names the file and the field when related names a code with no entry', async () => {
    const { ok, output } = await project.sync({ [ENTRY]: good407.replace(/^related:\n/m, 'related:\n  - "471"\n') });
    expect(ok).toBe(false);
    expect(output).toContain('content/codes/407.mdx: related.0: names 471, which has no entry in content/codes');
  }, 60_000);

  it('names the file and the field when a sender is not in the registry of senders', async () => {
    const broken = good407.replace(
      /^registry: assigned$/m,
      'registry: assigned\notherMeanings:\n  - sender: Nobody Corp\n    name: Made up\n    summary: A meaning nobody sends.\n    source: https://example.com/\n',
    );
    const { ok, output } = await project.sync({ [ENTRY]: broken });
    expect(ok).toBe(false);
    expect(output).toContain(
      'content/codes/407.mdx: otherMeanings.0.sender: "Nobody Corp" matches no sender in src/data/sender-registry.ts',
    );
  }, 60_000);

  it('names the file and the field when compare.with names a code with no entry', async () => {
    const { ok, output } = await project.sync({ [ENTRY]: good407.replace(/^ {2}with: "?(\d{3})"?$/m, '  with: "472"') });
    expect(ok).toBe(false);
    expect(output).toContain('content/codes/407.mdx: compare.with: names 472, which has no entry in content/codes');
  }, 60_000);

  it('names the file and the field when the schema rejects a value', async () => {
    const { ok, output } = await project.sync({ [ENTRY]: good407.replace(/^registry: assigned$/m, 'registry: official') });
    expect(ok).toBe(false);
    expect(output).toContain('407.mdx');
    expect(output).toContain('registry: registry must be one of: assigned, temporary, unused, obsoleted, unofficial');
  }, 60_000);
});

describe('a broken browser or curl error entry fails the build', () => {
  const path = 'content/errors/connection-refused.mdx';
  const good = readFileSync(path, 'utf8');

  it('names the file and the field when a Chrome number is not a number', async () => {
    const { ok, output } = await project.sync({ [path]: good.replace(/^ {6}number: -102$/m, '      number: minus 102') });
    expect(ok).toBe(false);
    expect(output).toContain('connection-refused.mdx');
    expect(output).toContain('chrome.names.0.number: Chrome number must be a number such as -102');
  }, 60_000);

  it('names the file and the field when the slug differs from the file name', async () => {
    const { ok, output } = await project.sync({ [path]: good.replace(/^slug: connection-refused$/m, 'slug: connection-reset') });
    expect(ok).toBe(false);
    expect(output).toContain('content/errors/connection-refused.mdx: slug: is connection-reset, but the file name says connection-refused');
  }, 60_000);

  it('names the file and the field when the Cloudflare counterpart has no status code entry', async () => {
    const { ok, output } = await project.sync({ [path]: good.replace(/^ {2}status: "521"$/m, '  status: "527"') });
    expect(ok).toBe(false);
    expect(output).toContain('content/errors/connection-refused.mdx: cloudflare.status: names 527, which has no entry in content/codes');
  }, 60_000);
});

describe('a broken Cloudflare or IIS entry fails the build', () => {
  const good1020 = readFileSync('content/cloudflare/1020.mdx', 'utf8');
  const good50019 = readFileSync('content/iis/500.19.mdx', 'utf8');

  it('names the file and the field when the file name disagrees with the code', async () => {
    const { ok, output } = await project.sync({ 'content/cloudflare/1020.mdx': null, 'content/cloudflare/1021.mdx': good1020 });
    expect(ok).toBe(false);
    expect(output).toContain('content/cloudflare/1021.mdx: code: is 1020, but the file name says 1021');
  }, 60_000);

  it('names the file and the field when an entry has no source', async () => {
    const noSources = good1020.replace(/^sources:\n(?: {2}.*\n)+/m, '');
    expect(noSources).not.toMatch(/^sources:/m);
    const { ok, output } = await project.sync({ 'content/cloudflare/1020.mdx': noSources });
    expect(ok).toBe(false);
    expect(output).toContain('1020.mdx');
    expect(output).toContain('sources is required: give at least one pinned source');
  }, 60_000);

  it('names the file and the field when a documented status has no source', async () => {
    const unsourced = good50019.replace(/^( {6}basis: documented\n) {6}source:\n(?: {8}.*\n)+/m, '$1');
    expect(unsourced).not.toBe(good50019);
    const { ok, output } = await project.sync({ 'content/iis/500.19.mdx': unsourced });
    expect(ok).toBe(false);
    expect(output).toContain('500.19.mdx');
    expect(output).toContain('meanings.0.status.source: a documented status needs the source that states it');
  }, 60_000);

  it('names the file and the field when related names a status code with no entry', async () => {
    const broken = good50019.replace(/^related: .*$/m, 'related: ["471"]');
    expect(broken).not.toBe(good50019);
    const { ok, output } = await project.sync({ 'content/iis/500.19.mdx': broken });
    expect(ok).toBe(false);
    expect(output).toContain('content/iis/500.19.mdx: related.0: names 471, which has no entry in content/codes');
  }, 60_000);
});

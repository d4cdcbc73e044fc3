/**
 * `npm test`: every stage of the suite in order, stopping at the first that fails, and the time each
 * took, so the CI budget (12 minutes on a 2-core machine) can be watched run by run. The times are
 * printed at the end and kept in test-results/suite-times.json, which `npm run bench` prints too.
 *
 *   node tools/test.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The stages, each an npm script, in the order they must run (the dist and e2e stages need the build). */
const STAGES = [
  { name: 'lint and format', script: 'lint' },
  { name: 'types (astro check)', script: 'check' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'tests of dist/ and the kits', script: 'test:dist' },
  { name: 'browser tests', script: 'test:e2e' },
] as const;

export const SUITE_TIMES_FILE = 'test-results/suite-times.json';

/** Runs the stages; returns the exit status of the first that failed, or 0. */
function runSuite(): number {
  const times: { stage: string; seconds: number; status: number }[] = [];
  let failed = 0;
  for (const { name, script } of STAGES) {
    const start = performance.now();
    const run = spawnSync('npm', ['run', script], { stdio: 'inherit' });
    const status = run.status ?? 1;
    times.push({ stage: name, seconds: Math.round((performance.now() - start) / 100) / 10, status });
    if (status !== 0) {
      failed = status;
      break;
    }
  }

  const total = times.reduce((sum, t) => sum + t.seconds, 0);
  console.log('\nSuite time by stage');
  for (const t of times) console.log(`  ${t.stage.padEnd(30)} ${t.seconds.toFixed(1).padStart(7)} s${t.status === 0 ? '' : '  (failed)'}`);
  console.log(`  ${'total'.padEnd(30)} ${total.toFixed(1).padStart(7)} s`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(SUITE_TIMES_FILE, `${JSON.stringify({ finished: new Date().toISOString(), times, total }, null, 2)}\n`);
  return failed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = runSuite();

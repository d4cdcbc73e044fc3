import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tools/chromium.ts';

/**
 * End-to-end tests run against the built site (`npm run build` first), served on 127.0.0.1 by
 * tools/serve.ts, the project's own server, as a static host would serve it (headers from
 * dist/_headers, compression, a real 404). The browser: CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium if present, else Playwright's own Chromium (`npx playwright install chromium`).
 * A stray test.only fails the run when CI is set (.ci/run sets CI=1).
 */
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // In CI a failed test runs once more so the report can tell a flaky test from a broken one, but a
  // test that passes only on its retry still fails the run: a flake is a bug to fix, not to hide.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  // Pagefind compiles its WebAssembly and loads index chunks on first search; on a 2-core machine
  // under load that alone can take several seconds, so assertions wait up to 15 s (a wait, not a
  // timing: nothing asserts how fast anything is).
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node tools/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

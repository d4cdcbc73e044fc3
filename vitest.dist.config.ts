import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site that need no browser: they read dist/ from disk (HTML validity, links,
 * byte budgets, the error-page kits) or serve it to real servers on 127.0.0.1. They run right after
 * `npm run build` (`npm run test:dist`), in Vitest's workers instead of Playwright's, so the browser
 * suite keeps to what only a browser can check.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    allowOnly: !process.env.CI,
    // Some of these walk every built page; on a 2-core machine a file can take a while.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

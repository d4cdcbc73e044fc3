import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // A stray .only would silently skip the rest of the suite; in CI (.ci/run sets CI=1) it fails instead.
    allowOnly: !process.env.CI,
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests sit next to their modules in src/ and scripts/; tests/ holds CLI, build and browser tests.
// tests/setup/build-sites.ts builds the demo site and both examples once before the suite (skipped when
// WW_SKIP_BUILD=1 and the builds already exist).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-sites.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit, server and pack tests. Browser scenes are tested by Playwright under tests/e2e.
export default defineConfig({
  define: { __LUDOCITE_FIXTURES__: 'false', __LUDOCITE_VERSION__: '"test"' },
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'games/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/packs/**/*.test.ts', 'tests/lint/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest's default on two cores is one file at a time, yet some server files mostly wait (an
    // LRS paused for a minute, servers starting and stopping): three at once keep both cores busy.
    maxWorkers: 3,
  },
});

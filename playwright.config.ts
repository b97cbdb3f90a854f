import { defineConfig } from '@playwright/test';

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: 'tests/e2e',
  // One worker: a screen drawn by software WebGL at 1920×1080 takes both cores of this machine
  // (about 17 frames a second). Two workers were measured: each test ran about twice as long, and
  // taps timed for a test alone missed. E2E_WORKERS=2 on a machine with more cores.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  timeout: 120_000,
  expect: { timeout: 15_000, toHaveScreenshot: { maxDiffPixelRatio: 0.02, animations: 'disabled' } },
  reporter: process.env.CI ? [['list']] : [['list']],
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: {
    // The test server knows the fixture packs too, so their rounds are stored like any other.
    command: [
      'npm run build:test',
      'rm -rf .e2e-data .e2e-content && mkdir .e2e-content',
      '(cd .e2e-content && ln -s ../content/* ../tests/fixtures/content/* .)',
      'tsx src/server/main.ts',
    ].join(' && '),
    // LUDOCITE_PAIR_LOOPBACK: the test browser's screens pair themselves, as no operator runs
    // `ludocite screen add` here (safe: the server listens on 127.0.0.1 only; docs/operations.md).
    env: { APPS_DIR: 'dist/fixtures', DATA_DIR: '.e2e-data', CONTENT_DIR: '.e2e-content', PORT: String(E2E_PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', LUDOCITE_PAIR_LOOPBACK: '1' },
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});

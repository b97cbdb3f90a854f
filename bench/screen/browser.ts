import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 8191);
export const BASE = `http://127.0.0.1:${PORT}`;

/** Builds the test screen (with the benchmark packs) and the bare-Phaser page beside it. */
export async function buildPages(): Promise<void> {
  execSync('npm run build:test', { stdio: 'ignore' });
  // Phaser in its own chunk, as in the screen's build: a profile then tells its time apart.
  const output = { codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] } };
  await build({
    root: 'bench/screen/bare',
    base: './',
    logLevel: 'warn',
    build: { outDir: join(process.cwd(), 'dist/fixtures/bench-bare'), emptyOutDir: true, chunkSizeWarningLimit: 2000, rolldownOptions: { output } },
  });
}

/**
 * A content folder with the real packs and the fixture packs (the benchmark packs among them):
 * screens get their packs from the centre, so the centre must serve these.
 */
function benchContent(folder: string): string {
  const content = join(folder, 'content');
  mkdirSync(content);
  for (const source of ['content', 'tests/fixtures/content']) {
    for (const name of readdirSync(source)) {
      if (existsSync(join(source, name, 'pack.json'))) symlinkSync(resolve(source, name), join(content, name));
    }
  }
  return content;
}

/** The real centre server, serving the built pages, on its own data folder. */
export async function startServer(): Promise<ChildProcess> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-'));
  // tsx as a loader of this very node, not through npx: one process, so kill() ends the server.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, APPS_DIR: 'dist/fixtures', DATA_DIR: join(folder, 'data'), CONTENT_DIR: benchContent(folder), PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('the benchmark server did not start');
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? NaN;
}

/** Counts animation frames from now on, in the page. */
export async function countFrames(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = 0;
    const tick = () => { window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

export const framesSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number }).__frames);

export { median } from '../stats';

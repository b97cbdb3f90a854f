import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { median } from '../stats';

/** Issue 10's figure: the dashboard's first page, on localhost, filled within a second. */
const GOAL_MS = 1000;
const SAMPLES = 7;
const CARDS = 30;
const GROUPS = 12;
const PASSWORD = 'un mot de passe de banc';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port'))));
    });
  });

function run(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((done, fail) => child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}: ${errors}`)))));
}

/**
 * Builds the apps into a folder of its own (the shared dist/ is left to the e2e runs), starts a
 * centre on it with one educator owning a dozen groups of 30 cards, then loads `/dashboard/` in a
 * fresh browser context per sample, signed in, and times navigation start → the groups table
 * filled (its first group link in the page).
 */
export async function dashboardFirstPageBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-dashboard-'));
  const appsDir = join(folder, 'apps');
  let server: ChildProcess | null = null;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: appsDir, emptyOutDir: true } });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...process.env, APPS_DIR: appsDir, DATA_DIR: join(folder, 'data'), CONTENT_DIR: resolve('content'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    await run(['src/cli/main.ts', 'educator', 'add', 'banc'], env, `${PASSWORD}\n`);
    server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: 'ignore' });
    for (let i = 0; !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) {
      if (i > 150) throw new Error('the bench centre did not start');
      await new Promise((r) => setTimeout(r, 200));
    }

    const signedIn = async () => {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 768 } });
      const { csrfToken } = (await (await context.request.get('/api/educator/session')).json()) as { csrfToken: string };
      const answer = await context.request.post('/api/educator/session', { data: { login: 'banc', password: PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
      if (!answer.ok()) throw new Error(`bench sign-in answered ${answer.status()}`);
      return { context, csrfToken: ((await answer.json()) as { csrfToken: string }).csrfToken };
    };
    const setup = await signedIn();
    for (let g = 0; g < GROUPS; g++) {
      const group = (await (await setup.context.request.post('/api/educator/groups', { data: { name: `Groupe ${g + 1}` }, headers: { 'x-csrf-token': setup.csrfToken } })).json()) as { id: string };
      await setup.context.request.post(`/api/educator/groups/${group.id}/cards`, { data: { count: CARDS }, headers: { 'x-csrf-token': setup.csrfToken } });
    }
    await setup.context.close();

    const times: number[] = [];
    const parts: { html: number; script: number; api: number }[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const { context } = await signedIn();
      const page = await context.newPage();
      await page.goto('/dashboard/');
      await page.locator('table a[href^="#/group/"]').first().waitFor();
      times.push(await page.evaluate(() => performance.now()));
      // Where the time went: the page's HTML, its scripts run (DOMContentLoaded), and the API answers.
      parts.push(
        await page.evaluate(() => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.includes('/api/educator/'));
          return { html: navigation.responseEnd, script: navigation.domContentLoadedEventEnd, api: api.reduce((sum, r) => sum + r.duration, 0) };
        }),
      );
      await context.close();
    }
    const figure = median(times);
    console.log(
      `  medians: HTML received ${median(parts.map((p) => p.html)).toFixed(0)} ms, scripts run ${median(parts.map((p) => p.script)).toFixed(0)} ms, API answers ${median(parts.map((p) => p.api)).toFixed(0)} ms in all (load average ${loadavg()[0]!.toFixed(1)})`,
    );
    console.log(`dashboard first page (groups list, ${GROUPS} groups) filled: median ${figure.toFixed(0)} ms over ${SAMPLES} fresh loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); goal ≤ ${GOAL_MS} ms — ${figure <= GOAL_MS ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    server?.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  }
}

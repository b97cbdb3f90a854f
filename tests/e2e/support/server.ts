import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../src/server/store/database';
import { installFakePads } from './fake-pads';
import { snapshot, testScreenQuery } from './screen';

/**
 * A second, real centre server in its own process, with its own data folder, for the tests that
 * stop and start a server (the config's server on E2E_PORT keeps running for the other specs).
 * It serves the test build (`dist/fixtures`, or E2E_APPS_DIR) and knows the real content packs
 * and the test fixtures, so rounds of `idle-timeout` are accepted.
 */
export interface CentreServer {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Its content folder: a pack written or installed here reaches its catalogue within seconds. */
  readonly contentDir: string;
  /** Starts the server (again), on the same port and data folder; resolves once it answers. */
  start(): Promise<void>;
  /** SIGTERM, as a supervisor stops it; resolves once the process has left. */
  stop(): Promise<void>;
  /** Rows from the server's SQLite file, read-only. */
  rows<T>(sql: string, ...params: unknown[]): T[];
  /** Stops the server and removes its folders. */
  dispose(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');
const START_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port'))));
    });
  });
}

/**
 * A content folder holding every real pack and every fixture pack: a folder per pack (the server
 * reads folders, not links to them) with a link to its pack.json.
 */
function contentFolder(folder: string): string {
  const content = join(folder, 'content');
  mkdirSync(content);
  for (const source of ['content', 'tests/fixtures/content']) {
    for (const entry of readdirSync(join(ROOT, source), { withFileTypes: true })) {
      const file = join(ROOT, source, entry.name, 'pack.json');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      mkdirSync(join(content, entry.name));
      symlinkSync(file, join(content, entry.name, 'pack.json'));
    }
  }
  return content;
}

/** `env` adds or overrides variables of the server (an LRS to forward to, say). */
export async function startCentreServer(options: { env?: Record<string, string> } = {}): Promise<CentreServer> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-e2e-centre-'));
  const dataDir = join(folder, 'data');
  const contentDir = contentFolder(folder);
  const env = {
    ...process.env,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CONTENT_DIR: contentDir,
    APPS_DIR: resolve(ROOT, process.env.E2E_APPS_DIR ?? 'dist/fixtures'),
    LOG_LEVEL: 'error',
    // The screens the tests open pair themselves over loopback (docs/operations.md, "Pairing screens").
    LUDOCITE_PAIR_LOOPBACK: '1',
    ...options.env,
  };
  const port = Number(env.PORT);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  const answers = async () => {
    try {
      return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) })).ok;
    } catch {
      return false;
    }
  };

  const server: CentreServer = {
    url,
    port,
    dataDir,
    contentDir,
    async start() {
      if (child) throw new Error('the centre server is already running');
      const started = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      output = '';
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
      started.stdout?.on('data', keep);
      started.stderr?.on('data', keep);
      started.once('exit', () => {
        if (child === started) child = null;
      });
      const until = Date.now() + START_TIMEOUT_MS;
      while (!(await answers())) {
        if (child !== started) throw new Error(`the centre server left while starting:\n${output}`);
        if (Date.now() > until) throw new Error(`the centre server did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      const running = child;
      if (!running) return;
      const left = new Promise<void>((done) => running.once('exit', () => done()));
      running.kill('SIGTERM');
      await left;
      child = null;
    },
    rows<T>(sql: string, ...params: unknown[]): T[] {
      const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async dispose() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

const withPads = new WeakSet<Page>();

/** Opens the screen that `centre` serves (so its API is the same origin), with fake pads and antialiasing off. */
export async function openCentreScreen(page: Page, centre: CentreServer, query = ''): Promise<void> {
  if (!withPads.has(page)) await installFakePads(page);
  withPads.add(page);
  await page.goto(`${centre.url}/screen/?${testScreenQuery(query)}`);
  await expect.poll(() => snapshot(page).then((s) => s.screen), { timeout: 30_000 }).not.toBe('boot');
}

/** Makes a player card through the API, as an educator's tool or another screen would. */
export async function createPlayerCard(centre: CentreServer, avatar: string): Promise<{ id: string; code: string; pseudonym: string; avatar: string }> {
  const suggestions = (await (await fetch(`${centre.url}/api/player-cards/suggestions?count=1`)).json()) as { pseudonyms: string[] };
  const response = await fetch(`${centre.url}/api/player-cards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pseudonym: suggestions.pseudonyms[0], avatar }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; code: string; pseudonym: string; avatar: string };
}

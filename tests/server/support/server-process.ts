import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { quizPack } from './test-server';

export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Bundles the server as `npm start` does (scripts/build-server.mjs), into a folder of its own two
 * levels below the project so the bundle finds package.json where dist/server/main.js does.
 */
export async function buildServerBundle(): Promise<{ main: string; remove(): void }> {
  const folder = join(ROOT, 'dist', `.server-test-${process.pid}-${Date.now()}`);
  const { buildServer } = await import('../../../scripts/build-server.mjs');
  const main = await buildServer(join(folder, 'main.js'));
  return { main, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port'))));
    });
  });
}

/** A folder with the test pack, and the data folder beside it. */
export function serverFolder(): { folder: string; dataDir: string; contentDir: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-process-'));
  const contentDir = join(folder, 'content');
  mkdirSync(join(contentDir, 'sante-sport'), { recursive: true });
  writeFileSync(join(contentDir, 'sante-sport', 'pack.json'), JSON.stringify(quizPack()));
  return { folder, dataDir: join(folder, 'data'), contentDir, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Runs `command args` with the server's environment; `ready` waits until it answers its health. */
export async function runServer(
  command: string,
  args: string[],
  options: { dataDir: string; contentDir: string; port?: number; env?: Record<string, string>; spawn?: SpawnOptions; ready?: boolean },
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      CONTENT_DIR: options.contentDir,
      APPS_DIR: join(options.dataDir, '..', 'apps'),
      LOG_LEVEL: 'warn',
      LUDOCITE_PAIR_LOOPBACK: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.spawn,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const server = { child, url: `http://127.0.0.1:${port}`, port, exited, output: () => output };
  if (options.ready !== false) await waitUntilAnswering(server);
  return server;
}

async function waitUntilAnswering(server: ServerProcess): Promise<void> {
  let gone = false;
  void server.exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server left before answering:\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server did not answer within 60 s:\n${server.output()}`);
}

/** Pairs a screen through the loopback route (LUDOCITE_PAIR_LOOPBACK=1) and returns its credential. */
export async function pairLoopbackScreen(url: string): Promise<string> {
  const response = await fetch(`${url}/api/screens/pair-loopback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (response.status !== 201) throw new Error(`loopback pairing answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { credential: string }).credential;
}

/**
 * A POST whose headers go first with `Expect: 100-continue`: once `begun` resolves, the server has
 * read the headers and routed the request (Node answers "100 Continue" then), so the request is in
 * flight on the server; `send(body)` then writes the body, and `answer` resolves with the status.
 */
export function heldPost(url: string, headers: Record<string, string>) {
  const target = new URL(url);
  let began!: () => void;
  const begun = new Promise<void>((done) => (began = done));
  const req = httpRequest({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    agent: false,
    headers: { ...headers, 'content-type': 'application/json', expect: '100-continue' },
  });
  const answer = new Promise<{ status: number; body: string }>((done, fail) => {
    req.once('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    req.once('error', fail);
  });
  req.once('continue', began);
  req.flushHeaders();
  return { begun, answer, send: (body: string) => req.end(body) };
}

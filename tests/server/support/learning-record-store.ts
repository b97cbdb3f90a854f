import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process';

/**
 * A real learning record store for the tests: `xapi-statements` (Learning Locker's xAPI statement
 * service, npm devDependency) run as a child process on a loopback port.
 *
 * It runs with its in-memory statement repository (its Mongo one would need a MongoDB server, which
 * neither Debian nor npm provides here), so a killed or restarted LRS starts empty; a stopped one
 * (SIGSTOP) keeps everything.
 *
 * It checks credentials as in a Learning Locker installation (`AUTH_REPO=fetch`): for every request
 * it asks the client registry at LL_CLIENT_INFO_ENDPOINT with the request's Authorization header,
 * and refuses the request (404 "no client") unless the registry knows the client. Learning
 * Locker's web app is that registry; here it is `clientRegistry` below, which knows one client,
 * LRS_CREDENTIALS, with every scope.
 */
export interface LearningRecordStore {
  /** The xAPI endpoint, ending in `/`: what XAPI_LRS_URL is set to. */
  endpoint: string;
  port: number;
  /** The statement stored under this id (GET statements?statementId=), or undefined. */
  statement(id: string): Promise<Record<string, unknown> | undefined>;
  /** Every statement stored, following `more` to the end. */
  statements(): Promise<Record<string, unknown>[]>;
  /** Posts statements as a client would; returns the status and body. */
  post(statements: readonly object[]): Promise<{ status: number; body: string }>;
  /** SIGSTOP: the port still takes connections, nothing is answered. */
  pause(): void;
  /** SIGCONT. */
  resume(): void;
  /** SIGKILL, at once (statements in memory are lost). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  stop(): Promise<void>;
  output(): string;
}

export const LRS_CREDENTIALS = { username: 'ludocite-test', password: 'a test password' };
const AUTHORIZATION = `Basic ${Buffer.from(`${LRS_CREDENTIALS.username}:${LRS_CREDENTIALS.password}`).toString('base64')}`;
const HEADERS = { authorization: AUTHORIZATION, 'x-experience-api-version': '1.0.3' };

const server = createRequire(import.meta.url).resolve('xapi-statements/dist/server.js');

/** The one client the LRS knows, as Learning Locker's registry describes a client. */
const CLIENT = {
  _id: '5f0c1a2b3c4d5e6f70819203',
  title: 'Ludocité tests',
  authority: { objectType: 'Agent', name: 'Ludocité tests', mbox: 'mailto:ludocite-tests@example.org' },
  isTrusted: true,
  lrs_id: '5f0c1a2b3c4d5e6f70819204',
  organisation: '5f0c1a2b3c4d5e6f70819205',
  scopes: ['all'],
};

function clientRegistry(): Promise<Server> {
  const registry = createServer((request, response) => {
    const known = request.url === '/auth' && request.headers.authorization === AUTHORIZATION;
    response.writeHead(known ? 200 : 404, { 'content-type': 'application/json' }).end(known ? JSON.stringify(CLIENT) : '{"message":"no such client"}');
  });
  return new Promise((done) => registry.listen(0, '127.0.0.1', () => done(registry)));
}

export async function startLearningRecordStore(options: { port?: number } = {}): Promise<LearningRecordStore> {
  const port = options.port ?? (await freePort());
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-lrs-'));
  const origin = `http://127.0.0.1:${port}`;
  const registry = await clientRegistry();
  let child: ChildProcess | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  let output = '';

  async function launch(): Promise<void> {
    const started = spawn(process.execPath, [server], {
      // dotenv reads `.env` from the working folder: an empty one of its own.
      cwd: folder,
      env: {
        PATH: process.env.PATH,
        EXPRESS_PORT: String(port),
        AUTH_REPO: 'fetch',
        LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${(registry.address() as AddressInfo).port}/auth`,
        EVENTS_REPO: 'test',
        MODELS_REPO: 'memory',
        STORAGE_REPO: 'local',
        FS_LOCAL_STORAGE_DIR: join(folder, 'storage'),
        EXPRESS_MORGAN_DIRECTORY: join(folder, 'access-logs'),
        WINSTON_CONSOLE_LEVEL: 'warn',
        // The AWS SDK it carries prints a notice at every start otherwise.
        AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((done) => started.once('exit', done));
    let gone = false;
    void exited.then(() => (gone = true));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (gone) throw new Error(`the LRS left before answering:\n${output}`);
      try {
        if ((await fetch(`${origin}/xAPI/about`, { signal: AbortSignal.timeout(1000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`the LRS did not answer within 30 s:\n${output}`);
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGCONT');
    child.kill(signal);
    await exited;
  }

  await launch();
  const lrs: LearningRecordStore = {
    endpoint: `${origin}/xAPI/`,
    port,
    async statement(id) {
      const response = await fetch(`${origin}/xAPI/statements?statementId=${encodeURIComponent(id)}`, { headers: HEADERS });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`the LRS answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    },
    async statements() {
      const all: Record<string, unknown>[] = [];
      let next: string | undefined = '/xAPI/statements?limit=500';
      while (next) {
        const response = await fetch(`${origin}${next}`, { headers: HEADERS });
        if (!response.ok) throw new Error(`the LRS answered ${response.status}: ${await response.text()}`);
        const page = (await response.json()) as { statements: Record<string, unknown>[]; more?: string };
        all.push(...page.statements);
        next = page.more || undefined;
      }
      return all;
    },
    async post(statements) {
      const response = await fetch(`${origin}/xAPI/statements`, {
        method: 'POST',
        headers: { ...HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify(statements),
      });
      return { status: response.status, body: await response.text() };
    },
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    kill: () => end('SIGKILL'),
    async restart() {
      await end('SIGKILL');
      await launch();
    },
    async stop() {
      await end('SIGKILL');
      registry.closeAllConnections();
      await new Promise((done) => registry.close(done));
      rmSync(folder, { recursive: true, force: true });
    },
    output: () => output,
  };
  return lrs;
}

/**
 * The two servers the rooms bench loads, each run in a child process of its own (so the load
 * generator's work is not counted in the server's): `centre` is the real centre server with
 * `screens` registered screens; `echo` is a bare `ws` server sending every frame back; `relay` is
 * a bare `ws` server passing each phone's frame to its room's screen socket, unread.
 * The child says `{ port, credentials }` on IPC once listening, and answers `sample` with its
 * CPU time so far, its heap after a full garbage collection and its resident size.
 * Run by rooms-bench.ts: node --expose-gc --import tsx bench/rooms/relay-servers.ts centre 100
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { buildServer } from '../../src/server/app';
import { hashSecret, newSecret } from '../../src/server/screens/secrets';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import { lateness, LOOP_RESOLUTION_MS } from './latency-histogram';

export interface ServerReady {
  port: number;
  credentials: string[];
}

/** What the child says of itself: memory after a full collection, CPU time spent so far, and how late its event loop ran since the last sample. */
export interface ServerSample {
  heapUsedBytes: number;
  rssBytes: number;
  cpuMicros: number;
  /** Event-loop delay since the previous sample, p99 and max in ms: a server that blocks shows here, a busy machine does not. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Garbage collections since the previous sample (the sample's own full collection not counted): minor ones, and major ones. */
  collections: { minor: GcFigures; major: GcFigures };
}

export interface GcFigures {
  count: number;
  totalMs: number;
  longestMs: number;
}

const [kind, screensArgument] = process.argv.slice(2);
const send = (message: unknown) => process.send?.(message);

const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();

const noCollections = (): GcFigures => ({ count: 0, totalMs: 0, longestMs: 0 });
let collections = { minor: noCollections(), major: noCollections() };
/** When the last sample's own full collection ran: the observer reports it later, and it is not the load's. */
const forced = { from: 0, to: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.startTime >= forced.from && entry.startTime <= forced.to) continue;
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    const figures = kind === constants.NODE_PERFORMANCE_GC_MINOR ? collections.minor : collections.major;
    figures.count++;
    figures.totalMs += entry.duration;
    figures.longestMs = Math.max(figures.longestMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

process.on('message', (message) => {
  if (message !== 'sample') return;
  const cpu = process.cpuUsage();
  const delay = { loopDelayP99Ms: lateness(loopDelay.percentile(99)), loopDelayMaxMs: lateness(loopDelay.max) };
  const since = collections;
  collections = { minor: noCollections(), major: noCollections() };
  forced.from = performance.now();
  (globalThis as { gc?: () => void }).gc?.();
  forced.to = performance.now();
  const usage = process.memoryUsage();
  loopDelay.reset();
  send({ heapUsedBytes: usage.heapUsed, rssBytes: usage.rss, cpuMicros: cpu.user + cpu.system, ...delay, collections: since } satisfies ServerSample);
});
process.on('disconnect', () => process.exit(0));

if (kind === 'relay') {
  // Phone sockets at /phone?room=i, screen sockets at /screen?room=i; a phone's frame goes, bytes
  // unchanged, to its room's screen: the rooms' topology (one-way streams) with none of their work.
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  const screens = new Map<string, WebSocket>();
  wss.on('connection', (ws, request) => {
    const url = new URL(request.url ?? '/', 'http://bench');
    const room = url.searchParams.get('room') ?? '';
    if (url.pathname === '/screen') {
      screens.set(room, ws);
      return;
    }
    ws.on('message', (data, isBinary) => screens.get(room)?.send(data, { binary: isBinary }));
  });
  wss.on('listening', () => {
    const address = wss.address();
    send({ port: typeof address === 'object' && address ? address.port : 0, credentials: [] } satisfies ServerReady);
  });
} else if (kind === 'echo') {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  wss.on('listening', () => {
    const address = wss.address();
    send({ port: typeof address === 'object' && address ? address.port : 0, credentials: [] } satisfies ServerReady);
  });
} else {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-rooms-'));
  mkdirSync(join(folder, 'content'));
  mkdirSync(join(folder, 'apps'));
  const dataDir = join(folder, 'data');
  // Screens registered straight in the store: pairing over HTTP is rate-limited per address.
  const store = openSqliteStore(dataDir);
  const credentials = Array.from({ length: Number(screensArgument) }, () => newSecret());
  for (const [i, credential] of credentials.entries()) {
    await store.addScreen({ id: `screen-bench${i}`, name: `bench ${i}`, addedAt: 0, credentialHash: hashSecret(credential), pairedAt: 0 });
  }
  store.close();
  const app = await buildServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    appsDir: join(folder, 'apps'),
    contentDir: join(folder, 'content'),
    logLevel: 'warn',
    timeZone: 'Europe/Paris',
    pairLoopbackScreens: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  send({ port: typeof address === 'object' && address ? address.port : 0, credentials } satisfies ServerReady);
}

/**
 * Rooms: the relay from phone to screen under a centre's heaviest load, 500 phones in 100 rooms
 * pressing 20 times a second, against a bare `ws` echo server loaded the same way in the same
 * run, and against a bare `ws` relay with the rooms' one-way sockets (relay-load.ts says why both).
 * Each server runs in a child process; besides latency, each says the CPU time it spent per
 * press, a figure the machine's other load does not distort as it does latency. `--soak` keeps
 * the load on for 10 minutes and prints the server's memory at its start and end, and the
 * presses lost. Run: npx tsx bench/rooms/rooms-bench.ts [--soak]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bareRelay, echoRelay, roomRelay, type LoadFigures, type LoadPlan } from './relay-load';
import { lateness, LOOP_RESOLUTION_MS } from './latency-histogram';
import type { GcFigures, ServerReady, ServerSample } from './relay-servers';

const GOAL_P99_MS = 5;
const GOAL_RATIO = 1.5;
const PLAN: LoadPlan = { phones: 500, rooms: 100, perSecond: 20, warmupMs: 3_000, measureMs: 15_000 };
const SOAK_MS = 10 * 60_000;

interface Child {
  process: ChildProcess;
  ready: ServerReady;
}

type ServerKind = 'centre' | 'echo' | 'relay';

function startServer(kind: ServerKind): Promise<Child> {
  const child = fork(fileURLToPath(new URL('./relay-servers.ts', import.meta.url)), [kind, String(PLAN.rooms)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (ready) => resolve({ process: child, ready: ready as ServerReady }));
    child.once('exit', (code) => reject(new Error(`the ${kind} server stopped (${code}) before listening`)));
  });
}

function sampleOf(child: Child): Promise<ServerSample> {
  return new Promise((resolve) => {
    child.process.once('message', (sample) => resolve(sample as ServerSample));
    child.process.send('sample');
  });
}

/**
 * Runs one load against one server, sampling the server once every client is connected and once at
 * the end. The load generator (this process) is measured too, the same way in both modes: its CPU a
 * press and its event-loop delay say whether a latency is the server's or the generator's own queue.
 */
async function measure(kind: ServerKind, run: (child: Child, onReady: () => Promise<void>) => Promise<LoadFigures>) {
  const child = await startServer(kind);
  const generatorDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  try {
    let start: ServerSample | null = null;
    let generatorStart = process.cpuUsage();
    const figures = await run(child, async () => {
      start = await sampleOf(child);
      generatorStart = process.cpuUsage();
      generatorDelay.enable();
    });
    const end = await sampleOf(child);
    generatorDelay.disable();
    const generatorCpu = process.cpuUsage(generatorStart);
    if (!start) throw new Error(`the ${kind} load never said it was ready`);
    return {
      figures,
      start: start as ServerSample,
      end,
      cpuPerPressMicros: (end.cpuMicros - (start as ServerSample).cpuMicros) / figures.received,
      generator: { cpuPerPressMicros: (generatorCpu.user + generatorCpu.system) / figures.received, loopDelayP99Ms: lateness(generatorDelay.percentile(99)) },
    };
  } finally {
    child.process.disconnect();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'goal met' : 'GOAL MISSED');

type Measured = Awaited<ReturnType<typeof measure>>;

/** The server's collections under load: many long minor pauses mean presses are kept past their turn (heap-tuning.ts). */
function gcLine({ minor, major }: ServerSample['collections']): string {
  const one = (name: string, f: GcFigures) => `${f.count} ${name} (${ms(f.totalMs)} in all, longest ${ms(f.longestMs)})`;
  return `server collections ${one('minor', minor)}, ${one('major', major)}`;
}

function line(name: string, { figures, cpuPerPressMicros: cpuMicros, end, generator }: Measured, measureMs: number): string {
  const lost = figures.sent - figures.received;
  const rate = Math.round(figures.timedSent / (measureMs / 1000));
  return (
    `${name}: ${rate} presses/s reached; p50 ${ms(figures.latency.percentile(0.5))}, p99 ${ms(figures.latency.percentile(0.99))} over ${figures.latency.count} timed presses; ` +
    `server CPU ${cpuMicros.toFixed(1)} µs a press; sent ${figures.sent}, lost ${lost}` +
    (Object.keys(figures.errors).length ? `; errors ${JSON.stringify(figures.errors)}` : '') +
    `\n    server event loop late p99 ${ms(end.loopDelayP99Ms)}, max ${ms(end.loopDelayMaxMs)}; ${gcLine(end.collections)}; ` +
    `load generator CPU ${generator.cpuPerPressMicros.toFixed(1)} µs a press, its event loop late p99 ${ms(generator.loopDelayP99Ms)}`
  );
}

export async function roomsBench(options: { soak: boolean }): Promise<void> {
  const plan: LoadPlan = options.soak
    ? {
        ...PLAN,
        measureMs: SOAK_MS,
        progress: { everyMs: 60_000, report: (elapsed, f) => console.log(`  soak ${Math.round(elapsed / 60_000)} min: sent ${f.sent}, received ${f.received}`) },
      }
    : PLAN;
  const echo = await measure('echo', (child, onReady) => echoRelay(child.ready.port, PLAN, onReady));
  const relay = await measure('relay', (child, onReady) => bareRelay(child.ready.port, PLAN, onReady));
  const rooms = await measure('centre', (child, onReady) => roomRelay(child.ready.port, child.ready.credentials, plan, onReady));
  const p99 = rooms.figures.latency.percentile(0.99);
  const ratio = p99 / echo.figures.latency.percentile(0.99);
  console.log(
    `load: ${plan.phones} phones in ${plan.rooms} rooms at ${plan.perSecond} presses/s each, ${plan.measureMs / 1000} s timed after ${plan.warmupMs / 1000} s of warm-up; servers in child processes, loopback`,
  );
  console.log(line('raw ws echo (client → server → client)', echo, PLAN.measureMs));
  console.log(line('bare ws relay (phone → server → screen, unread)', relay, PLAN.measureMs));
  console.log(line('rooms relay (phone → server → screen)', rooms, plan.measureMs));
  console.log(`planned ${plan.phones * plan.perSecond} presses/s: fewer reached means this machine could not run the load (see the load average), and latency then measures its queues`);
  console.log(`rooms relay p99 ${ms(p99)} (goal ≤ ${GOAL_P99_MS} ms): ${verdict(p99 <= GOAL_P99_MS)}`);
  console.log(`p99 ratio rooms ÷ echo ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×): ${verdict(ratio <= GOAL_RATIO)}`);
  console.log(`p50 ratio rooms ÷ echo ${(rooms.figures.latency.percentile(0.5) / echo.figures.latency.percentile(0.5)).toFixed(2)}×`);
  console.log(`server CPU a press, rooms ÷ echo: ${(rooms.cpuPerPressMicros / echo.cpuPerPressMicros).toFixed(2)}×`);
  // The traffic's shape apart (relay-load.ts says why): what the centre's own work costs.
  console.log(
    `rooms ÷ bare relay: p50 ${(rooms.figures.latency.percentile(0.5) / relay.figures.latency.percentile(0.5)).toFixed(2)}×, ` +
      `p99 ${(p99 / relay.figures.latency.percentile(0.99)).toFixed(2)}×, server CPU a press ${(rooms.cpuPerPressMicros / relay.cpuPerPressMicros).toFixed(2)}×`,
  );
  const lost = rooms.figures.sent - rooms.figures.received;
  console.log(`presses lost: ${lost} (goal 0): ${verdict(lost === 0)}`);
  console.log(
    `centre server memory after gc, phones seated → end of load: heap ${mb(rooms.start.heapUsedBytes)} → ${mb(rooms.end.heapUsedBytes)}, resident ${mb(rooms.start.rssBytes)} → ${mb(rooms.end.rssBytes)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await roomsBench({ soak: process.argv.includes('--soak') });

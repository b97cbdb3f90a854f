import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { periodStart } from '../leaderboards/period-start';
import type { PackCatalogue } from '../packs/pack-catalogue';
import { openDatabase } from '../store/database';
import type { FitWorkerData } from './fit-worker';
import { syncPackPriors, type MasteryFitReport } from './mastery-fit';
import { readPackPriors, type PackPriors } from './pack-priors';

/** The nightly fit starts at this hour of the centre's time zone, when the hall is closed. */
export const FIT_HOUR = 3;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface MasteryScheduleOptions {
  /** The store's folder: the schedule opens its own connections, apart from the request path's. */
  dataDir: string;
  packs: Pick<PackCatalogue, 'ids' | 'folder'>;
  timeZone: string;
  log: Pick<FastifyBaseLogger, 'info' | 'error'>;
  now?: () => number;
  /** Runs one fit; by default in a worker thread (fit-worker.ts). Tests may pass their own. */
  runFit?: (priors: PackPriors) => Promise<MasteryFitReport>;
}

export interface MasterySchedule {
  /** Fits now (or joins the fit already running). */
  runNow(): Promise<MasteryFitReport>;
  /** When the next nightly fit starts (ms since the epoch). */
  nextRunAt(): number;
  /** Cancels the timer and stops a fit in progress (its finished slices stay; the rest waits). */
  stop(): Promise<void>;
}

/** The next FIT_HOUR o'clock after `now` in `timeZone`. */
export function nextFitAt(now: number, timeZone: string): number {
  const today = periodStart('today', now, timeZone)! + FIT_HOUR * HOUR_MS;
  return today > now ? today : periodStart('today', now + DAY_MS, timeZone)! + FIT_HOUR * HOUR_MS;
}

/**
 * The server's mastery fits, off the request path. At start: the packs' BKT values are written
 * where the round writer reads them (and, if any changed for objectives with stored mastery, a fit
 * runs to bring it in line). Then every night at FIT_HOUR: a fit of every objective in a worker
 * thread. The worker reads the evidence and runs EM without touching the event loop; its writes go
 * in short slices
 * (recompute-mastery.ts), so a round arriving meanwhile waits a few milliseconds at most.
 */
export function scheduleMasteryFits(options: MasteryScheduleOptions): MasterySchedule {
  const now = options.now ?? Date.now;
  const stopping = new AbortController();
  const runFit = options.runFit ?? ((priors) => fitInWorker(options.dataDir, priors, stopping.signal));
  let running: Promise<MasteryFitReport> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let nextAt = nextFitAt(now(), options.timeZone);

  const runNow = (): Promise<MasteryFitReport> => {
    if (running) return running;
    const started = now();
    running = runFit(readPackPriors(options.packs))
      .then((report) => {
        const fitted = report.objectives.filter((o) => o.source === 'fitted').length;
        options.log.info({ objectives: report.objectives.length, fitted, cards: report.recompute.cards, ms: now() - started }, 'mastery fit done');
        return report;
      })
      .finally(() => (running = undefined));
    return running;
  };
  const arm = () => {
    nextAt = nextFitAt(now(), options.timeZone);
    // A timer holds at most ~24.8 days; a day is far below that.
    timer = setTimeout(() => {
      runNow().catch((error: unknown) => options.log.error({ err: error }, 'the nightly mastery fit failed'));
      arm();
    }, nextAt - now());
    timer.unref();
  };

  const db = openDatabase(options.dataDir);
  let changed: string[];
  let stale: boolean;
  try {
    changed = syncPackPriors(db, readPackPriors(options.packs), now());
    // Only mastery already stored under the old values needs recomputing (a new centre has none).
    stale = changed.length > 0 && db.prepare('SELECT 1 FROM mastery WHERE objective_id IN (SELECT value FROM json_each(?)) LIMIT 1').get(JSON.stringify(changed)) !== undefined;
  } finally {
    db.close();
  }
  if (stale) {
    options.log.info({ objectives: changed }, 'packs bring new BKT values: recomputing mastery');
    runNow().catch((error: unknown) => options.log.error({ err: error }, 'the mastery fit after new pack values failed'));
  }
  arm();

  return {
    runNow,
    nextRunAt: () => nextAt,
    stop: async () => {
      clearTimeout(timer);
      stopping.abort();
      await running?.catch(() => undefined);
    },
  };
}

/**
 * The worker is TypeScript like the rest of the server: its first lines register the tsx loader
 * in the worker's own thread (a loader given on the command line does not reach worker threads
 * under Node 20), by file path so it resolves wherever the server was started from; tsx's package
 * maps `tsx/esm/api` to this file for `import`.
 */
const TSX_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
const WORKER_FILE = new URL('./fit-worker.ts', import.meta.url).href;
const WORKER_BOOT = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE)}); })`;

/**
 * Built for production (`npm start` bundles the server into dist/server/main.js), the worker is
 * the bundle's `fit-worker.js` beside it; run from the sources (tsx, tests), it is fit-worker.ts.
 */
const BUNDLED = import.meta.url.endsWith('.js');

/** Runs fitMastery in a worker thread; `signal` ends the worker (server stopping). */
export function fitInWorker(dataDir: string, priors: PackPriors, signal?: AbortSignal): Promise<MasteryFitReport> {
  const workerData: FitWorkerData = { dataDir, priors: [...priors] };
  const worker = BUNDLED ? new Worker(new URL('./fit-worker.js', import.meta.url), { workerData }) : new Worker(WORKER_BOOT, { eval: true, workerData });
  const onAbort = () => void worker.terminate();
  signal?.addEventListener('abort', onAbort, { once: true });
  return new Promise<MasteryFitReport>((resolve, reject) => {
    worker.once('message', (message: { ok: true; report: MasteryFitReport } | { ok: false; message: string }) => {
      if (message.ok) resolve(message.report);
      else reject(new Error(`the mastery fit failed: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the mastery fit worker stopped (exit code ${code}) before it finished`)));
  }).finally(() => signal?.removeEventListener('abort', onAbort));
}

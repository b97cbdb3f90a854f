/**
 * The worker thread in which the server's nightly fit runs (mastery-schedule.ts), so EM over the
 * whole evidence never holds the server's event loop. It opens its own connection to the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/database';
import { fitMastery } from './mastery-fit';
import type { BktParameters } from '../../shared/mastery/bkt-parameters';

export interface FitWorkerData {
  dataDir: string;
  /** The packs' BKT values as entries of a PackPriors map (maps do not cross threads as such). */
  priors: [string, Partial<BktParameters>][];
}

const { dataDir, priors } = workerData as FitWorkerData;
const db = openDatabase(dataDir);
try {
  parentPort?.postMessage({ ok: true, report: fitMastery(db, new Map(priors)) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  db.close();
}

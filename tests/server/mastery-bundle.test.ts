import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { buildServerBundle } from './support/server-process';

/**
 * `npm start` runs the bundled server: its nightly mastery fit runs in a worker thread, which
 * must be a file of the bundle too (the sources' fit-worker.ts is not there in production).
 */
describe('the bundled server', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('carries the mastery fit worker beside main.js, and it runs on plain node', async () => {
    const bundle = await buildServerBundle();
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'ludocite-bundle-fit-'));
      folders.push(dataDir);
      const db = openDatabase(dataDir);
      applyMigrations(db);
      db.close();
      const worker = new Worker(pathToFileURL(join(dirname(bundle.main), 'fit-worker.js')), { workerData: { dataDir, priors: [] } });
      const message = await new Promise<{ ok: boolean; report?: unknown; message?: string }>((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
      });
      await worker.terminate();
      expect(message).toMatchObject({ ok: true });
    } finally {
      bundle.remove();
    }
  }, 60_000);
});

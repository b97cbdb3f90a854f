import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/store/database';
import { createApiClient } from '../../src/screen/net/api-client';
import type { RecordStatus } from '../../src/screen/net/events';
import { Outbox } from '../../src/screen/net/outbox';
import type { OutboxEntry, OutboxStore } from '../../src/screen/net/outbox-store';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

/** Stands in for IndexedDB: survives "reloads" because the test hands it to the next Outbox. */
class MapStore implements OutboxStore {
  readonly entries = new Map<string, OutboxEntry>();
  put = async (entry: OutboxEntry) => void this.entries.set(entry.id, structuredClone(entry));
  delete = async (id: string) => void this.entries.delete(id);
  all = async () => [...this.entries.values()];
}

const folder = mkdtempSync(join(tmpdir(), 'ludocite-outbox-'));
let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

function waitFor(outbox: Outbox, id: string, wanted: RecordStatus): Promise<void> {
  return new Promise((resolve) => {
    if (outbox.status(id) === wanted) return resolve();
    const off = outbox.on('status', (s) => {
      if (s.id === id && s.status === wanted) {
        off();
        resolve();
      }
    });
  });
}

describe('outbox and server together', () => {
  it('holds a round while the server is down and delivers it exactly once after a reload', async () => {
    // Learn a free port, then leave it closed: the server is "down".
    const probe = await startTestServer({ folder });
    const address = await probe.app.listen({ port: 0, host: '127.0.0.1' });
    await probe.dispose();

    const store = new MapStore();
    // The screen as paired with whichever server runs now (each test server pairs its own).
    const client = createApiClient({ baseUrl: address, timeoutMs: 2_000, credential: () => server?.screen.credential ?? null });
    const record = roundRecord([{ seat: guest('pad-0'), points: 50, answered: 2, correct: 1 }]);
    const firstPage = new Outbox({ store, deliver: client.deliverRound, random: () => 0 });
    const failed = new Promise<string>((resolve) => firstPage.on('status', (s) => s.attempts === 1 && resolve(s.status)));
    await firstPage.add(record);
    expect(await failed).toBe('pending');
    firstPage.stop(); // the page is reloaded

    server = await startTestServer({ folder });
    await server.app.listen({ port: Number(new URL(address).port), host: '127.0.0.1' });
    const secondPage = new Outbox({ store, deliver: client.deliverRound });
    await secondPage.start();
    await waitFor(secondPage, record.id, 'saved');
    expect(store.entries.size).toBe(0);

    // A third page that still had it (a reload mid-send) is answered "duplicate": nothing doubles.
    await store.put({ id: record.id, record, status: 'pending', attempts: 1, nextAttemptAt: 0, queuedAt: 0 });
    const thirdPage = new Outbox({ store, deliver: client.deliverRound });
    await thirdPage.start();
    await waitFor(thirdPage, record.id, 'saved');
    secondPage.stop();
    thirdPage.stop();

    const db = new Database(join(server.config.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM rounds').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 2 });
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });
});

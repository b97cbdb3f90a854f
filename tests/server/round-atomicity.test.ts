import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { DATABASE_FILE } from '../../src/server/store/database';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let db: Database.Database;
beforeEach(async () => {
  server = await startTestServer();
  db = new Database(join(server.config.dataDir, DATABASE_FILE));
});
afterEach(async () => {
  db.close();
  await server.dispose();
});

const counts = () =>
  ['screens', 'rounds', 'round_seats', 'score_lines', 'evidence'].map(
    (table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
  );

describe('a round is written whole or not at all', () => {
  it('leaves nothing behind when the last evidence insert fails, and stores the resend', async () => {
    // The disk "fails" on the last row, after the round, its seats and score lines went in.
    db.exec(`CREATE TRIGGER fail_evidence BEFORE INSERT ON evidence WHEN NEW.item = 'boom'
             BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END`);
    const record = roundRecord([{ seat: guest('pad-0'), points: 30, answered: 3, correct: 2 }, { seat: guest('pad-1'), points: 10 }]);
    record.evidence[2] = { ...record.evidence[2]!, item: 'boom' };

    const failed = await server.postRound(record);
    expect(failed.statusCode).toBe(500);
    const error = apiErrorSchema.parse(failed.json());
    expect(error.message).toMatch(/not applied/);
    expect(error.message).not.toMatch(/simulated/); // internals stay in the log
    expect(counts()).toEqual([1, 0, 0, 0, 0]); // the paired test screen, and nothing of the round

    db.exec('DROP TRIGGER fail_evidence');
    const resent = await server.postRound(record);
    expect(resent.statusCode).toBe(201);
    expect(counts()).toEqual([1, 1, 2, 2, 3]);
  });

  it('serves other requests after a failed write', async () => {
    db.exec(`CREATE TRIGGER fail_rounds BEFORE INSERT ON rounds BEGIN SELECT RAISE(ABORT, 'full'); END`);
    const record = roundRecord([{ seat: guest('pad-0'), points: 1 }]);
    expect((await server.postRound(record)).statusCode).toBe(500);
    expect((await server.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/leaderboards' })).statusCode).toBe(200);
  });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRetention, nextRetentionAt } from '../../src/server/privacy/retention';
import { DATABASE_FILE } from '../../src/server/store/database';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import { carded, guest, roundRecord } from './support/round-records';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

const DAY = 86_400_000;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe('retention (RETENTION_DAYS)', () => {
  it('deletes rounds and evidence older than the period and rebuilds the leaderboard tallies from what stays', async () => {
    server = await startTestServer();
    const card = issuedPlayerCardSchema.parse(
      (await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: 'Panda Rapide 10', avatar: '🐼' } })).json(),
    );
    const playAt = async (at: number, correct: number) => {
      server!.setNow(at);
      const record = roundRecord([{ seat: carded('pad-0', card.id, 'Bleus'), points: 10 * correct, answered: 4, correct }, { seat: guest('pad-1'), points: 0, answered: 1 }], { endedAt: at - 1000 });
      expect((await server!.postRound(record)).statusCode).toBe(201);
    };
    await playAt(TEST_NOW - 400 * DAY, 4);
    await playAt(TEST_NOW - 366 * DAY, 4);
    await playAt(TEST_NOW - 10 * DAY, 1);

    const db = new Database(join(server.config.dataDir, DATABASE_FILE));
    try {
      db.prepare('INSERT INTO access_log (at, educator_login, action) VALUES (?, ?, ?), (?, ?, ?)').run(TEST_NOW - 400 * DAY, 'old', 'view-report', TEST_NOW - DAY, 'new', 'view-report');
      const report = await applyRetention(db, { retentionDays: 365, now: TEST_NOW });
      expect(report).toMatchObject({ cutoff: TEST_NOW - 365 * DAY, rounds: 2, accessLogLines: 1 });
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(n('SELECT count(*) AS n FROM rounds')).toBe(1);
      expect(n('SELECT count(*) AS n FROM round_seats')).toBe(2);
      expect(n('SELECT count(*) AS n FROM evidence')).toBe(5);
      expect(n('SELECT count(*) AS n FROM score_lines')).toBe(2);
      // The tallies count only the round that stayed: best 10, one right of four, one round.
      expect(db.prepare('SELECT best, correct, answered, rounds FROM player_pack_tallies').all()).toEqual([{ best: 100, correct: 1, answered: 4, rounds: 1 }]);
      expect(db.prepare('SELECT correct, rounds FROM team_pack_tallies').all()).toEqual([{ correct: 1, rounds: 1 }]);
      expect(db.prepare('SELECT seats FROM pack_guest_tallies').all()).toEqual([{ seats: 1 }]);
      expect(db.prepare('SELECT educator_login FROM access_log').all()).toEqual([{ educator_login: 'new' }]);
      // A second run finds nothing more.
      expect(await applyRetention(db, { retentionDays: 365, now: TEST_NOW })).toMatchObject({ rounds: 0, accessLogLines: 0 });
    } finally {
      db.close();
    }
  });

  it('runs each day at 04:00 in the centre\'s time zone', () => {
    // 12 March 2025, noon in Paris (UTC+1): next run 13 March 04:00 Paris = 03:00 UTC.
    expect(new Date(nextRetentionAt(TEST_NOW, 'Europe/Paris')).toISOString()).toBe('2025-03-13T03:00:00.000Z');
    expect(new Date(nextRetentionAt(Date.parse('2025-03-12T02:00:00Z'), 'Europe/Paris')).toISOString()).toBe('2025-03-12T03:00:00.000Z');
  });
});

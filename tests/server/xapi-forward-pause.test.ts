import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema } from '../../src/shared/api/health';
import { forwardTo, idCounts, outboxRows, statementsOfRounds, waitFor } from './support/forwarding';
import { startLearningRecordStore, type LearningRecordStore } from './support/learning-record-store';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

// The one long test of forwarding (issue 11, "Done when"): the LRS stopped for a minute.

const PAUSE_MS = 60_000;
let lrs: LearningRecordStore;
let server: TestServer;
beforeAll(async () => {
  lrs = await startLearningRecordStore();
  // A post unanswered for 2 s counts as lost: while the LRS is stopped, the same statements are
  // posted again and again, and every one of those posts reaches it when it wakes.
  server = await startTestServer({ xapiForward: forwardTo(lrs, { batchSize: 10, timeoutMs: 2_000, retryMaxMs: 5_000 }) });
}, 60_000);
afterAll(async () => {
  await server?.dispose();
  await lrs?.stop();
});

async function storeRound(): Promise<string> {
  const record = roundRecord([
    { seat: guest('pad-0'), points: 30, answered: 4, correct: 2, unanswered: 1 },
    { seat: guest('pad-1'), points: 10, answered: 3, correct: 1 },
  ]);
  expect((await server.postRound(record)).statusCode).toBe(201);
  return record.id;
}

describe('the LRS stopped for a minute', () => {
  it('loses nothing and duplicates nothing: rounds stored before, during and after reach it once each', { timeout: 180_000 }, async () => {
    const rounds: string[] = [];
    for (let i = 0; i < 4; i++) rounds.push(await storeRound());
    await waitFor('the first rounds sent', () => outboxRows(server.config.dataDir).some((row) => row.sentAt !== null));
    lrs.pause();
    const pausedAt = Date.now();
    // Rounds keep arriving while the LRS sleeps: one every 10 s.
    while (Date.now() - pausedAt < PAUSE_MS) {
      rounds.push(await storeRound());
      await new Promise((done) => setTimeout(done, Math.min(10_000, PAUSE_MS - (Date.now() - pausedAt))));
    }
    const during = healthSchema.parse((await server.app.inject({ url: '/api/health' })).json()).xapi;
    expect(during).toMatchObject({ forwarding: 'on', lastError: { message: 'no answer within 2 s' } });
    expect(during.forwarding === 'on' && during.waitingRounds).toBeGreaterThan(0);
    lrs.resume();
    rounds.push(await storeRound());
    await waitFor('every round sent', () => outboxRows(server.config.dataDir).every((row) => row.sentAt !== null), 60_000);

    const expected = statementsOfRounds(server.config, rounds);
    const counts = idCounts(await lrs.statements());
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(counts.size).toBe(expected.length);
    for (const statement of expected) expect(counts.get(statement.id), statement.id).toBe(1);
    expect(outboxRows(server.config.dataDir).reduce((sum, row) => sum + row.refused, 0)).toBe(0);
  });
});

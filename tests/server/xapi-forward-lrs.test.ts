import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { healthSchema } from '../../src/shared/api/health';
import { startForwarder } from '../../src/server/xapi/forward/forwarder';
import { openDatabase } from '../../src/server/store/database';
import { evidenceStatementId } from '../../src/server/xapi/statements/statement-ids';
import { forwardTo, idCounts, outboxRows, refusedRows, sentPart, statementsOfRounds, waitFor } from './support/forwarding';
import { startLearningRecordStore, type LearningRecordStore } from './support/learning-record-store';
import { eraseCard } from '../../src/server/privacy/card-erase';
import { statementReader } from '../../src/server/xapi/statements';
import { forwardedStatementContext } from '../../src/server/xapi/forward/start-forwarding';
import { loadPackCatalogue } from '../../src/server/packs/pack-catalogue';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import { carded, guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

// Forwarding against a real LRS (xapi-statements, Learning Locker's statement service) on loopback.

let lrs: LearningRecordStore;
let server: TestServer | undefined;
beforeAll(async () => {
  lrs = await startLearningRecordStore();
}, 60_000);
afterAll(async () => {
  await lrs?.stop();
});
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function storeRounds(target: TestServer, count: number, answers = 6): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const record = roundRecord([
      { seat: guest('pad-0'), points: 50, answered: answers, correct: 3, unanswered: 1 },
      { seat: guest('pad-1'), points: 20, answered: answers - 2, correct: 1 },
    ]);
    const response = await target.postRound(record);
    expect(response.statusCode, response.body).toBe(201);
    ids.push(record.id);
  }
  return ids;
}

const health = async (target: TestServer) => healthSchema.parse((await target.app.inject({ url: '/api/health' })).json()).xapi;

describe('forwarding to a real LRS', { timeout: 90_000 }, () => {
  it('delivers every statement of every stored round, read back by id as it was made, each once', async () => {
    server = await startTestServer({ xapiForward: forwardTo(lrs, { batchSize: 25 }) });
    const rounds = await storeRounds(server, 6);
    const made = statementsOfRounds(server.config, rounds);
    expect(made.length).toBeGreaterThan(50);
    await waitFor('every round marked sent', () => outboxRows(server!.config.dataDir).every((row) => row.sentAt !== null));
    for (const statement of made) {
      const stored = await lrs.statement(statement.id);
      expect(stored, statement.id).toBeDefined();
      expect(sentPart(stored!, statement)).toEqual(JSON.parse(JSON.stringify(statement)));
    }
    const counts = idCounts(await lrs.statements());
    for (const statement of made) expect(counts.get(statement.id)).toBe(1);
    await waitFor('health to count them', async () => {
      const now = await health(server!);
      return now.forwarding === 'on' && now.sentStatements === made.length;
    });
    expect(await health(server)).toMatchObject({ forwarding: 'on', waitingRounds: 0, sentStatements: made.length, refusedStatements: 0, lastError: null });
  });

  it('keeps a statement the LRS refuses (409: another statement holds its id) with its reason, and delivers the rest', async () => {
    server = await startTestServer({ xapiForward: forwardTo(lrs) });
    // The server is up but has no round yet: the LRS gets a different statement under the id the
    // first evidence of the coming round will have.
    const record = roundRecord([{ seat: guest('pad-0'), points: 40, answered: 5, correct: 2 }]);
    const squatter = {
      id: evidenceStatementId(record.id, 0),
      actor: { objectType: 'Agent', account: { homePage: 'https://elsewhere.example', name: 'someone' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } },
      object: { objectType: 'Activity', id: 'https://elsewhere.example/thing' },
      timestamp: '2025-03-12T09:00:00.000Z',
    };
    expect((await lrs.post([squatter])).status).toBe(200);
    expect((await server.postRound(record)).statusCode).toBe(201);
    const made = statementsOfRounds(server.config, [record.id]);
    await waitFor('the round marked sent', () => outboxRows(server!.config.dataDir)[0]?.sentAt);
    expect(outboxRows(server.config.dataDir)[0]).toMatchObject({ sent: made.length - 1, refused: 1 });
    // The LRS's reason, with the ids in it masked (a reason may quote a card's id).
    expect(refusedRows(server.config.dataDir)).toEqual([{ statementId: squatter.id, roundId: record.id, status: 409, reason: '409 (id) is conflicting' }]);
    for (const statement of made.filter((s) => s.id !== squatter.id)) expect(await lrs.statement(statement.id), statement.id).toBeDefined();
    expect((await lrs.statement(squatter.id))?.actor).toEqual(squatter.actor);
    const state = await waitFor('health to count the refusal', async () => {
      const now = await health(server!);
      return now.forwarding === 'on' && now.refusedStatements === 1 && now;
    });
    expect(state).toMatchObject({ sentStatements: made.length - 1, waitingRounds: 0 });
  });

  it('isolates statements the LRS finds invalid (400) in a batch, keeps its reason for each, and stores the others', async () => {
    const folder = await startTestServer({});
    const db = openDatabase(folder.config.dataDir);
    const record = roundRecord([{ seat: guest('pad-0'), points: 10, answered: 1, correct: 1 }]);
    expect((await folder.postRound(record)).statusCode).toBe(201);
    const good = (n: number) => ({
      id: `6d0f2a4e-0000-4000-8000-${String(n).padStart(12, '0')}`,
      actor: { objectType: 'Agent', account: { homePage: 'https://centre.example', name: `guest-${n}` } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered' } },
      object: { objectType: 'Activity', id: `https://centre.example/xapi/items/${n}` },
      timestamp: '2025-03-12T10:00:00.000Z',
    });
    const statements = Array.from({ length: 12 }, (_, n) => good(n));
    statements[3] = { ...good(3), verb: { id: 'not an IRI', display: { en: 'answered' } } };
    statements[10] = { ...good(10), timestamp: 'yesterday' };
    const forwarder = startForwarder({ db, config: forwardTo(lrs, { batchSize: 12 }), statementsOf: () => statements, log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }, idlePollMs: 50 });
    try {
      await waitFor('the round marked sent', () => outboxRows(folder.config.dataDir)[0]?.sentAt);
      const refused = refusedRows(folder.config.dataDir);
      expect(refused.map((r) => [r.statementId, r.status])).toEqual([[statements[3]!.id, 400], [statements[10]!.id, 400]]);
      expect(refused[0]!.reason).toMatch(/^400 .*statements\.0\.verb\.id/);
      expect(refused[1]!.reason).toMatch(/^400 .*statements\.0\.timestamp/);
    } finally {
      await forwarder.stop();
      db.close();
      await folder.dispose();
    }
    expect(forwarder.health()).toMatchObject({ sentStatements: 10, refusedStatements: 2 });
    for (const [n, statement] of statements.entries()) {
      const stored = await lrs.statement(statement.id);
      if (n === 3 || n === 10) expect(stored).toBeUndefined();
      else expect(stored?.id).toBe(statement.id);
    }
  });

  it('stops at once when the server closes, leaving the rounds of an unanswered post waiting for the next start', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ludocite-forward-stop-'));
    const stopping = await startTestServer({ folder, xapiForward: forwardTo(lrs, { timeoutMs: 30_000 }) });
    lrs.pause();
    try {
      await storeRounds(stopping, 2, 3);
      // The forwarder looks every second: its post now waits on the stopped LRS.
      await new Promise((done) => setTimeout(done, 2_000));
      const closing = performance.now();
      await stopping.dispose();
      // Well under the post's 30 s timeout: the post was abandoned, not waited for.
      expect(performance.now() - closing).toBeLessThan(5_000);
      expect(outboxRows(join(folder, 'data')).map((row) => row.sentAt)).toEqual([null, null]);
    } finally {
      lrs.resume();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps statements waiting, none refused, while the LRS does not know our credentials, and delivers them once they are right', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ludocite-forward-credentials-'));
    try {
      const refused = await startTestServer({ folder, xapiForward: forwardTo(lrs, { password: 'not the password' }) });
      const rounds = await storeRounds(refused, 2, 3);
      const state = await waitFor('health to show the LRS refusing us', async () => {
        const now = await health(refused);
        return now.forwarding === 'on' && now.lastError !== null && now.waitingRounds === 2 && now;
      });
      expect(state).toMatchObject({ sentStatements: 0, refusedStatements: 0, lastError: { message: '401 Unauthorised' } });
      expect(state.nextTryAt).not.toBeNull();
      await refused.dispose();

      server = await startTestServer({ folder, xapiForward: forwardTo(lrs) });
      await waitFor('every round marked sent', () => outboxRows(join(folder, 'data')).every((row) => row.sentAt !== null));
      for (const statement of statementsOfRounds(server.config, rounds)) expect(await lrs.statement(statement.id), statement.id).toBeDefined();
    } finally {
      await server?.dispose();
      server = undefined;
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("never sends a card's statements once the card is erased, even for a round queued before", async () => {
    // Forwarding off: the round waits in the queue, as it would while the LRS is away.
    const held = await startTestServer({});
    const db = openDatabase(held.config.dataDir);
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    try {
      const created = await held.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: 'Loutre Agile', avatar: '🐼' } });
      const card = issuedPlayerCardSchema.parse(created.json());
      const record = roundRecord([
        { seat: carded('pad-0', card.id), points: 40, answered: 4, correct: 3 },
        { seat: guest('pad-1'), points: 10, answered: 4, correct: 1 },
      ]);
      expect((await held.postRound(record)).statusCode).toBe(201);
      expect(eraseCard(db, card.id)).toBeDefined();
      const reader = statementReader(db, forwardedStatementContext(held.config, loadPackCatalogue(held.config.contentDir, silent)));
      const forwarder = startForwarder({ db, config: forwardTo(lrs), statementsOf: (id) => reader.forRound(id), log: silent, idlePollMs: 50 });
      try {
        await waitFor('the round marked sent', () => outboxRows(held.config.dataDir)[0]?.sentAt);
      } finally {
        await forwarder.stop();
      }
      const sent = (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === record.id);
      // The guest seat's statements: its 4 answers and its round.
      expect(sent).toHaveLength(5);
      expect(JSON.stringify(sent)).not.toContain(card.id);
    } finally {
      db.close();
      await held.dispose();
    }
  });

  it('resends what the LRS had not acknowledged when it was killed mid-batch, to the restarted LRS, and nothing it had', async () => {
    server = await startTestServer({ xapiForward: forwardTo(lrs, { batchSize: 10 }) });
    const rounds = await storeRounds(server, 6, 4);
    await waitFor('some rounds acknowledged', () => outboxRows(server!.config.dataDir).some((row) => row.sentAt !== null));
    // Paused, the LRS takes the next post and answers nothing: it dies with the post in its hands.
    lrs.pause();
    rounds.push(...(await storeRounds(server, 6, 4)));
    await new Promise((done) => setTimeout(done, 1000));
    await lrs.kill();
    const acknowledged = new Set(outboxRows(server.config.dataDir).filter((row) => row.sentAt !== null).map((row) => row.roundId));
    await new Promise((done) => setTimeout(done, 1500));
    await lrs.restart();
    await waitFor('every round marked sent', () => outboxRows(server!.config.dataDir).every((row) => row.sentAt !== null), 30_000);
    const expected = statementsOfRounds(server.config, rounds.filter((id) => !acknowledged.has(id)));
    expect(expected.length).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(0);
    const counts = idCounts(await lrs.statements());
    expect(counts.size).toBe(expected.length);
    for (const statement of expected) expect(counts.get(statement.id), statement.id).toBe(1);
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/store/database';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import { DEFAULT_BKT, type BktParameters } from '../../src/shared/mastery/bkt-parameters';
import { traceKnown } from '../../src/shared/mastery/knowledge-trace';
import { carded, guest, roundRecord } from './support/round-records';
import { quizPack, startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function newCard(pseudonym: string): Promise<string> {
  const response = await server!.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym, avatar: '🐼' } });
  return issuedPlayerCardSchema.parse(response.json()).id;
}

function read<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(server!.config.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const masteryOf = (card: string) =>
  read<{ objective_id: string; p_known: number; answers: number; updated_at: number }>(
    'SELECT objective_id, p_known, answers, updated_at FROM mastery WHERE player_card_id = ? ORDER BY objective_id',
    card,
  );

/** roundRecord puts answers in order: `correct` right ones first, then wrong, then unanswered. */
const answers = (answered: number, correct: number) => Array.from({ length: answered }, (_, i) => i < correct);

describe('mastery as rounds are stored', () => {
  it('updates each signed-in seat from its answers, skips unanswered items and guests, and goes on from the stored value', async () => {
    server = await startTestServer();
    const panda = await newCard('Panda Rapide 10');
    const tigre = await newCard('Tigre Calme 20');
    const first = roundRecord([
      { seat: carded('pad-0', panda), points: 30, answered: 4, correct: 3, unanswered: 2 },
      { seat: carded('pad-1', tigre), points: 0, answered: 2, correct: 0 },
      { seat: guest('pad-2'), points: 10, answered: 3, correct: 1 },
    ]);
    expect((await server.postRound(first)).statusCode).toBe(201);

    const objective = 'sante-sport/hydratation';
    const pandaAfterFirst = traceKnown(answers(4, 3), DEFAULT_BKT);
    expect(masteryOf(panda)).toEqual([{ objective_id: objective, p_known: closeTo(pandaAfterFirst), answers: 4, updated_at: TEST_NOW }]);
    expect(masteryOf(tigre)).toEqual([{ objective_id: objective, p_known: closeTo(traceKnown(answers(2, 0), DEFAULT_BKT)), answers: 2, updated_at: TEST_NOW }]);
    // A guest has no card: nothing about it is kept.
    expect(read('SELECT count(*) AS n FROM mastery')).toEqual([{ n: 2 }]);

    // The same round sent again changes nothing; the next round goes on from the stored P(known).
    expect((await server.postRound(first)).statusCode).toBe(200);
    server.setNow(TEST_NOW + 60_000);
    const second = roundRecord([{ seat: carded('pad-0', panda), points: 40, answered: 4, correct: 4 }], { endedAt: TEST_NOW + 30_000 });
    expect((await server.postRound(second)).statusCode).toBe(201);
    const expected = traceKnown(answers(4, 4), DEFAULT_BKT, pandaAfterFirst);
    expect(masteryOf(panda)).toEqual([{ objective_id: objective, p_known: closeTo(expected), answers: 8, updated_at: TEST_NOW + 60_000 }]);
    expect(expected).toBeGreaterThanOrEqual(0.95); // seven right out of eight: mastered
  });

  it('is written in the round\'s transaction: when the mastery write fails, nothing of the round is stored', async () => {
    server = await startTestServer();
    const panda = await newCard('Panda Rapide 10');
    const db = new Database(join(server.config.dataDir, DATABASE_FILE));
    db.exec("CREATE TRIGGER refuse_mastery BEFORE INSERT ON mastery BEGIN SELECT RAISE(ABORT, 'mastery refused'); END");
    db.close();
    const record = roundRecord([{ seat: carded('pad-0', panda), points: 30, answered: 3, correct: 2 }]);
    expect((await server.postRound(record)).statusCode).toBe(500);
    expect(read('SELECT (SELECT count(*) FROM rounds) AS rounds, (SELECT count(*) FROM evidence) AS evidence, (SELECT count(*) FROM player_pack_tallies) AS tallies')).toEqual([
      { rounds: 0, evidence: 0, tallies: 0 },
    ]);
  });

  it('starts from the values a pack declares, moved inside the bounds', async () => {
    const declared: Partial<BktParameters> = { pInit: 0.5, pGuess: 0.45 };
    const pack = quizPack();
    pack.objectives = pack.objectives.map((o, i) => (i === 0 ? { ...o, bkt: declared } : o));
    server = await startTestServer({ packs: [pack] });
    expect(read('SELECT objective_id, p_init, p_learn, p_guess, p_slip, source FROM mastery_parameters ORDER BY objective_id')).toEqual([
      { objective_id: 'sante-sport/echauffement', ...row(DEFAULT_BKT), source: 'default' },
      { objective_id: 'sante-sport/hydratation', ...row({ ...DEFAULT_BKT, pInit: 0.5, pGuess: 0.3 }), source: 'pack' },
    ]);
    const panda = await newCard('Panda Rapide 10');
    const record = roundRecord([{ seat: carded('pad-0', panda), points: 20, answered: 3, correct: 2 }]);
    expect((await server.postRound(record)).statusCode).toBe(201);
    const parameters = { ...DEFAULT_BKT, pInit: 0.5, pGuess: 0.3 };
    expect(masteryOf(panda)[0]?.p_known).toBeCloseTo(traceKnown(answers(3, 2), parameters), 12);
  });
});

const closeTo = (value: number) => expect.closeTo(value, 12);
const row = (p: BktParameters) => ({ p_init: p.pInit, p_learn: p.pLearn, p_guess: p.pGuess, p_slip: p.pSlip });

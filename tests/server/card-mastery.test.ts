import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEAT_TOKEN_TTL_MS } from '../../src/server/rounds/seat-token-check';
import { REQUEST_LIMITS } from '../../src/server/limits/request-limits';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { cardMasterySchema, SEAT_TOKEN_HEADER } from '../../src/shared/api/card-mastery';
import { issuedPlayerCardSchema, type IssuedPlayerCard } from '../../src/shared/api/player-cards';
import type { PairedScreen } from '../../src/shared/api/screens';
import { seatTokenSchema } from '../../src/shared/api/seat-tokens';
import { DEFAULT_BKT } from '../../src/shared/mastery/bkt-parameters';
import { traceKnown } from '../../src/shared/mastery/knowledge-trace';
import { carded, guest, roundRecord } from './support/round-records';
import { quizPack, startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer;
let panda: IssuedPlayerCard;
let tigre: IssuedPlayerCard;

async function newCard(pseudonym: string): Promise<IssuedPlayerCard> {
  const response = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym, avatar: '🐼' } });
  return issuedPlayerCardSchema.parse(response.json());
}

beforeEach(async () => {
  server = await startTestServer({ packs: [quizPack(), quizPack({ id: 'paris-monuments', title: { fr: 'Monuments', en: 'Landmarks' } })] });
  panda = await newCard('Panda Rapide 10');
  tigre = await newCard('Tigre Calme 20');
});
afterEach(async () => server.dispose());

async function signIn(card: IssuedPlayerCard, seat: string, by: PairedScreen = server.screen): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url: '/api/seat-tokens', headers: { authorization: `Bearer ${by.credential}` }, payload: { code: card.code, seat } });
  expect(response.statusCode, response.body).toBe(201);
  return seatTokenSchema.parse(response.json()).token;
}

function readMastery(cardId: string, token: string | null, options: { pack?: string; by?: PairedScreen | null } = {}) {
  const by = options.by === undefined ? server.screen : options.by;
  return server.app.inject({
    method: 'GET',
    url: `/api/mastery/${cardId}${options.pack ? `?pack=${options.pack}` : ''}`,
    headers: { ...(by ? { authorization: `Bearer ${by.credential}` } : {}), ...(token ? { [SEAT_TOKEN_HEADER]: token } : {}) },
  });
}

async function masteryOk(cardId: string, token: string, pack?: string) {
  const response = await readMastery(cardId, token, pack ? { pack } : {});
  expect(response.statusCode, response.body).toBe(200);
  return cardMasterySchema.parse(response.json());
}

function expectRefused(response: Awaited<ReturnType<typeof readMastery>>, status: number, message: RegExp) {
  expect(response.statusCode, response.body).toBe(status);
  const error = apiErrorSchema.parse(response.json());
  expect(error.message).toMatch(message);
  expect(response.body).not.toMatch(/pKnown/);
}

/** roundRecord puts answers in order: `correct` right ones first, then wrong ones. */
const answers = (answered: number, correct: number) => Array.from({ length: answered }, (_, i) => i < correct);

describe('a screen reads the mastery of a card signed in on one of its seats', () => {
  it('answers every objective of the pack, unanswered ones as null, then the values the stored evidence gives', async () => {
    const token = await signIn(panda, 'pad-0');
    const before = await masteryOk(panda.id, token, 'sante-sport');
    expect(before).toEqual({
      card: panda.id,
      packs: [{ pack: 'sante-sport', objectives: [
        { objective: 'sante-sport/hydratation', pKnown: null, answers: 0 },
        { objective: 'sante-sport/echauffement', pKnown: null, answers: 0 },
      ] }],
    });

    const first = roundRecord([
      { seat: { ...carded('pad-0', panda.id), seatToken: token }, points: 30, answered: 4, correct: 3 },
      { seat: carded('pad-1', tigre.id), points: 0, answered: 5, correct: 0 },
      { seat: guest('pad-2'), points: 10, answered: 2, correct: 2 },
    ]);
    expect((await server.postRound(first)).statusCode).toBe(201);
    const afterFirst = traceKnown(answers(4, 3), DEFAULT_BKT);
    const hydratation = (m: Awaited<ReturnType<typeof masteryOk>>) => m.packs[0]!.objectives[0]!;
    const afterRound = await masteryOk(panda.id, token, 'sante-sport');
    expect(hydratation(afterRound)).toEqual({ objective: 'sante-sport/hydratation', pKnown: expect.closeTo(afterFirst, 12), answers: 4 });
    expect(afterRound.packs[0]!.objectives[1]).toEqual({ objective: 'sante-sport/echauffement', pKnown: null, answers: 0 });

    // Wrong answers bring it down, on top of the stored value.
    server.setNow(TEST_NOW + 60_000);
    const second = roundRecord([{ seat: { ...carded('pad-0', panda.id), seatToken: token }, points: 0, answered: 3, correct: 0 }], { endedAt: TEST_NOW + 30_000 });
    expect((await server.postRound(second)).statusCode).toBe(201);
    const afterSecond = hydratation(await masteryOk(panda.id, token, 'sante-sport'));
    expect(afterSecond.pKnown).toBeCloseTo(traceKnown(answers(3, 0), DEFAULT_BKT, afterFirst), 12);
    expect(afterSecond.pKnown!).toBeLessThan(afterFirst);
    expect(afterSecond.answers).toBe(7);
  });

  it('lists every pack the card played, the last played first, and none it did not', async () => {
    const token = await signIn(panda, 'pad-0');
    expect(await masteryOk(panda.id, token)).toEqual({ card: panda.id, packs: [] });
    const seat = { ...carded('pad-0', panda.id), seatToken: token };
    expect((await server.postRound(roundRecord([{ seat, points: 10, answered: 2, correct: 2 }], { endedAt: TEST_NOW - 60_000 }))).statusCode).toBe(201);
    expect((await server.postRound(roundRecord([{ seat, points: 10, answered: 1, correct: 0 }], { pack: 'paris-monuments', endedAt: TEST_NOW - 30_000 }))).statusCode).toBe(201);
    const all = await masteryOk(panda.id, token);
    expect(all.packs.map((p) => p.pack)).toEqual(['paris-monuments', 'sante-sport']);
    expect(all.packs[0]!.objectives).toEqual([
      { objective: 'paris-monuments/hydratation', pKnown: expect.closeTo(traceKnown([false], DEFAULT_BKT), 12), answers: 1 },
      { objective: 'paris-monuments/echauffement', pKnown: null, answers: 0 },
    ]);
  });

  it('never answers another card\'s data: a token of another card, another screen, or none is refused (403)', async () => {
    const pandaToken = await signIn(panda, 'pad-0');
    const tigreToken = await signIn(tigre, 'pad-1');
    expect((await server.postRound(roundRecord([{ seat: carded('pad-1', tigre.id), points: 10, answered: 3, correct: 3 }]))).statusCode).toBe(201);
    expectRefused(await readMastery(tigre.id, pandaToken), 403, /does not sign this card in on this screen/);
    expectRefused(await readMastery(tigre.id, null), 403, new RegExp(SEAT_TOKEN_HEADER));
    expectRefused(await readMastery(tigre.id, 'f'.repeat(43)), 403, /does not sign this card in/);
    // An unknown card: the same refusal, which says nothing about which cards exist.
    expectRefused(await readMastery('9b1f0b5e-0000-4000-8000-000000000000', tigreToken), 403, /does not sign this card in/);
    const other = await server.pairScreen('hall B');
    expectRefused(await readMastery(tigre.id, tigreToken, { by: other }), 403, /does not sign this card in on this screen/);
    expect((await readMastery(tigre.id, tigreToken)).statusCode).toBe(200);
  });

  it('refuses a caller that is no registered screen (401), an expired sign-in (403) and an unknown pack (404)', async () => {
    const token = await signIn(panda, 'pad-0');
    const anonymous = await readMastery(panda.id, token, { by: null });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toMatch(/pKnown/);
    expectRefused(await readMastery(panda.id, token, { pack: 'nulle-part' }), 404, /no pack "nulle-part"/);
    server.setNow(TEST_NOW + SEAT_TOKEN_TTL_MS + 1);
    expectRefused(await readMastery(panda.id, token), 403, /expired/);
  });

  it('limits how often one address may ask (429 past the limit)', async () => {
    const token = await signIn(panda, 'pad-0');
    const statuses: number[] = [];
    for (let i = 0; i <= REQUEST_LIMITS.masteryRead.max; i++) statuses.push((await readMastery(panda.id, token)).statusCode);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

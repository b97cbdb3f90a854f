import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTBOX_GRACE_MS, SEAT_TOKEN_TTL_MS } from '../../src/server/rounds/seat-token-check';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { issuedPlayerCardSchema, type IssuedPlayerCard } from '../../src/shared/api/player-cards';
import type { PairedScreen } from '../../src/shared/api/screens';
import { seatTokenSchema } from '../../src/shared/api/seat-tokens';
import { carded, guest, roundRecord } from './support/round-records';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer;
let card: IssuedPlayerCard;
beforeEach(async () => {
  server = await startTestServer();
  const created = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: 'Panda Rapide 10', avatar: '🐼' } });
  card = issuedPlayerCardSchema.parse(created.json());
});
afterEach(async () => {
  await server.dispose();
});

async function signIn(seat: string, by: PairedScreen = server.screen, code = card.code) {
  const response = await server.app.inject({ method: 'POST', url: '/api/seat-tokens', headers: { authorization: `Bearer ${by.credential}` }, payload: { code, seat } });
  expect(response.statusCode, response.body).toBe(201);
  return seatTokenSchema.parse(response.json()).token;
}

/** Posts exactly this record as the test screen, seat tokens as given (none added). */
const postAsIs = (record: unknown, by: PairedScreen = server.screen) =>
  server.app.inject({ method: 'POST', url: '/api/rounds', headers: { authorization: `Bearer ${by.credential}` }, payload: record as object });

const withCard = (seatToken?: string, seat = 'pad-0') =>
  roundRecord([{ seat: { ...carded(seat, card.id), ...(seatToken ? { seatToken } : {}) }, points: 100, answered: 8, correct: 8 }]);

function expectForbidden(response: Awaited<ReturnType<typeof postAsIs>>, message: RegExp) {
  expect(response.statusCode, response.body).toBe(403);
  const error = apiErrorSchema.parse(response.json());
  expect(error.error).toBe('forbidden');
  expect(error.issues).toEqual([{ path: 'seats[0].seatToken', message: expect.stringMatching(message) }]);
}

describe('signing in proves holding the card', () => {
  it('answers a seat token bound to the screen, with the card, when the code is typed at a registered screen', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/seat-tokens', headers: { authorization: `Bearer ${server.screen.credential}` }, payload: { code: card.code.toLowerCase(), seat: 'pad-0' } });
    expect(response.statusCode).toBe(201);
    const token = seatTokenSchema.parse(response.json());
    expect(token.card).toEqual({ id: card.id, pseudonym: 'Panda Rapide 10', avatar: '🐼' });
    expect(Date.parse(token.expiresAt)).toBe(TEST_NOW + SEAT_TOKEN_TTL_MS);
    expect((await postAsIs(withCard(token.token))).statusCode).toBe(201);
  });

  it('refuses sign-ins from anything but a registered screen (401)', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/seat-tokens', payload: { code: card.code, seat: 'pad-0' } });
    expect(response.statusCode).toBe(401);
  });

  it('refuses a forged round naming a card not signed in on that screen (403)', async () => {
    // The attack of issue 9: the card's id is known (a leaderboard, a lookup), its code is not.
    expectForbidden(await postAsIs(withCard()), /not signed in on this screen/);
    expectForbidden(await postAsIs(withCard('f'.repeat(43))), /unknown/);
    // Signed in on another screen: that screen's token is no good here.
    const other = await server.pairScreen('other screen');
    expectForbidden(await postAsIs(withCard(await signIn('pad-0', other))), /another screen/);
    // Signed in on this screen, for another seat.
    expectForbidden(await postAsIs(withCard(await signIn('pad-1'))), /for seat "pad-1"/);
    // Another card's token.
    const created = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: 'Tigre Calme 20', avatar: '🐯' } });
    const tigre = issuedPlayerCardSchema.parse(created.json());
    expectForbidden(await postAsIs(withCard(await signIn('pad-0', server.screen, tigre.code))), /another card/);
  });

  it('refuses a round played after the token expired, yet takes a round played in time that arrives late', async () => {
    const token = await signIn('pad-0');
    const played = roundRecord([{ seat: { ...carded('pad-0', card.id), seatToken: token }, points: 10 }], { endedAt: TEST_NOW + SEAT_TOKEN_TTL_MS - 60_000 });
    const tooLate = roundRecord([{ seat: { ...carded('pad-0', card.id), seatToken: token }, points: 10 }], { endedAt: TEST_NOW + SEAT_TOKEN_TTL_MS + 3_600_000 });
    server.setNow(TEST_NOW + SEAT_TOKEN_TTL_MS + 2 * 3_600_000);
    expectForbidden(await postAsIs(tooLate), /expired when the round ended/);
    expect((await postAsIs(played)).statusCode).toBe(201);
    server.setNow(TEST_NOW + SEAT_TOKEN_TTL_MS + OUTBOX_GRACE_MS + 60_000);
    const stale = roundRecord([{ seat: { ...carded('pad-0', card.id), seatToken: token }, points: 10 }], { endedAt: TEST_NOW + 60_000 });
    expectForbidden(await postAsIs(stale), /more than 7 days/);
  });

  it('refuses a card on two seats of one round (422), even with a token for each', async () => {
    const record = roundRecord([
      { seat: { ...carded('pad-0', card.id), seatToken: await signIn('pad-0') }, points: 50 },
      { seat: { ...carded('pad-1', card.id), seatToken: await signIn('pad-1') }, points: 50 },
    ]);
    const response = await postAsIs(record);
    expect(response.statusCode).toBe(422);
    expect(apiErrorSchema.parse(response.json()).issues).toEqual([
      { path: 'seats[1].playerCard', message: expect.stringMatching(/already on seat "pad-0"/) },
    ]);
  });

  it('drops a revoked screen’s tokens with it', async () => {
    const other = await server.pairScreen('revoked later');
    const token = await signIn('pad-0', other);
    const lines: string[] = [];
    const { screenRevoke } = await import('../../src/cli/commands/screen-revoke');
    expect(await screenRevoke([other.id], { environment: { DATA_DIR: server.config.dataDir }, print: (l) => lines.push(l) })).toBe(0);
    expect((await postAsIs(withCard(token), other)).statusCode).toBe(401);
  });

  it('keeps guests as they were: a round of guests needs no token', async () => {
    expect((await postAsIs(roundRecord([{ seat: guest('pad-0'), points: 10 }]))).statusCode).toBe(201);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_LIMITS } from '../../src/server/limits/code-guard';
import { REQUEST_LIMITS } from '../../src/server/limits/request-limits';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { issuedPlayerCardSchema, type IssuedPlayerCard } from '../../src/shared/api/player-cards';
import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH } from '../../src/shared/player-card/card-code';
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

/** The n-th code that is not the card's: a guess. */
const guess = (n: number): string => {
  let code = '';
  for (let i = 0, rest = n; i < CARD_CODE_LENGTH; i++, rest = Math.floor(rest / 20)) code += CARD_CODE_ALPHABET[rest % 20];
  return code === card.code ? guess(n + 1_000_000) : code;
};
const lookUp = (code: string, remoteAddress = '192.168.1.50') => server.app.inject({ url: `/api/player-cards/${code}`, remoteAddress });
const signIn = (code: string) =>
  server.app.inject({ method: 'POST', url: '/api/seat-tokens', headers: { authorization: `Bearer ${server.screen.credential}` }, payload: { code, seat: 'pad-0' } });

describe('a flood of card code guesses', () => {
  it('is answered 429 with Retry-After once an address made its wrong tries, the right code included', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 40; n++) statuses.push((await lookUp(guess(n))).statusCode);
    // The request limit (30 a minute) and the wrong-code back-off (10, then one per 6 minutes) both bite.
    expect(statuses.slice(0, CODE_LIMITS.address.capacity)).toEqual(Array(CODE_LIMITS.address.capacity).fill(404));
    expect(new Set(statuses.slice(CODE_LIMITS.address.capacity))).toEqual(new Set([429]));
    const refused = await lookUp(card.code);
    expect(refused.statusCode).toBe(429);
    expect(apiErrorSchema.parse(refused.json()).error).toBe('too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back by this one.
    expect((await lookUp(card.code, '192.168.1.51')).statusCode).toBe(200);
  });

  it('backs off one wrong try at a time: a try again after each refill, no more', async () => {
    for (let n = 0; n < CODE_LIMITS.address.capacity; n++) expect((await lookUp(guess(n))).statusCode).toBe(404);
    expect((await lookUp(guess(100))).statusCode).toBe(429);
    server.setNow(TEST_NOW + CODE_LIMITS.address.refillMs);
    expect((await lookUp(card.code)).statusCode).toBe(200);
    expect((await lookUp(guess(101))).statusCode).toBe(404);
    expect((await lookUp(guess(102))).statusCode).toBe(429);
  });

  it('caps wrong codes from all addresses together, so many phones guess no faster than one centre-wide budget', async () => {
    for (let n = 0; n < CODE_LIMITS.anonymous.capacity; n++) {
      // A new address every few guesses, staying under each address's own limits.
      expect((await lookUp(guess(n), `10.0.${Math.floor(n / 5)}.1`)).statusCode).toBe(404);
    }
    expect((await lookUp(guess(999), '10.9.9.9')).statusCode).toBe(429);
    // Screens keep their own allowance: players still sign in.
    expect((await signIn(card.code)).statusCode).toBe(201);
  });

  it('backs a screen off after its wrong codes too, and limits how often one card signs in', async () => {
    for (let n = 0; n < CODE_LIMITS.screen.capacity; n++) expect((await signIn(guess(n))).statusCode).toBe(404);
    expect((await signIn(card.code)).statusCode).toBe(429);
    server.setNow(TEST_NOW + 24 * 3_600_000);
    const statuses: number[] = [];
    for (let n = 0; n < CODE_LIMITS.card.capacity + 1; n++) statuses.push((await signIn(card.code)).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
  });

  it('limits card creation per address', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < REQUEST_LIMITS.cardCreation.max + 1; n++) {
      const response = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: `Lynx Agile ${10 + n}`, avatar: '🦊' }, remoteAddress: '192.168.1.77' });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(REQUEST_LIMITS.cardCreation.max);
    expect(statuses.at(-1)).toBe(429);
  });
});

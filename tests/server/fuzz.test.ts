import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH } from '../../src/shared/player-card/card-code';
import { AVATARS } from '../../src/shared/seat-style';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

const RUNS = { numRuns: 150 };
/** Room for a loaded CI machine: each property makes a few hundred requests. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** Every answer is a known status; every refusal is a JSON error with a sentence; never a 500. */
function expectClearAnswer(response: LightMyRequestResponse): void {
  expect(response.statusCode, response.body).not.toBe(500);
  // 401: no screen credential; 403: a card with no seat token; 429: a limit (card codes, card creation).
  expect([200, 201, 302, 400, 401, 403, 404, 409, 413, 415, 422, 429]).toContain(response.statusCode);
  if (response.statusCode >= 400) {
    const error = apiErrorSchema.parse(response.json());
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** As the paired test screen, so round bodies are read rather than refused at the door (401). */
const postJson = (url: string, text: string) =>
  server.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${server.screen.credential}`, 'content-type': 'application/json' }, payload: text });

/** A valid value most of the time, any JSON value sometimes: malformed in one field at a time. */
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.jsonValue() });

const seatName = fc.constantFrom('pad-0', 'pad-1', 'kb-left', 'phone-3f2a');
const evidence = fc.record({
  seat: maybe(seatName),
  objective: maybe(fc.constantFrom('sante-sport/hydratation', 'sante-sport/echauffement', 'sante-sport/autre', 'x/y')),
  item: maybe(fc.string({ minLength: 1, maxLength: 10 })),
  outcome: maybe(fc.constantFrom('correct', 'wrong', 'unanswered')),
  responseMs: maybe(fc.integer({ min: 0, max: 60_000 })),
  attempt: maybe(fc.integer({ min: 1, max: 3 })),
  atMs: maybe(fc.integer({ min: 0, max: 600_000 })),
});
const nearlyValidRound = fc.record(
  {
    id: maybe(fc.uuid({ version: 4 })),
    pack: maybe(fc.record({ id: fc.constantFrom('sante-sport', 'other-pack'), version: fc.constant('1.0.0') })),
    game: maybe(fc.record({ id: fc.constantFrom('quiz', 'map-quest'), version: fc.constant('1.0.0') })),
    sdk: maybe(fc.integer({ min: 1, max: 2 })),
    seed: maybe(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
    screen: maybe(fc.constant('screen-1')),
    startedAt: maybe(fc.constant('2025-03-12T09:58:00.000Z')),
    endedAt: maybe(fc.constantFrom('2025-03-12T10:00:00.000Z', '2025-03-12T09:00:00.000Z')),
    endReason: maybe(fc.constantFrom('complete', 'quit')),
    seats: maybe(fc.uniqueArray(fc.record({ seat: seatName, input: fc.constantFrom('pad', 'keyboard', 'phone') }), { minLength: 1, maxLength: 5, selector: (s) => s.seat })),
    scoreLines: maybe(fc.array(fc.record({ seat: seatName, points: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), reason: fc.constant('x'), atMs: fc.nat() }), { maxLength: 4 })),
    evidence: maybe(fc.array(evidence, { maxLength: 4 })),
  },
  { requiredKeys: [] },
);

describe('no input crashes the server (property-based)', () => {
  it('POST /api/rounds with nearly valid records', async () => {
    await fc.assert(
      fc.asyncProperty(nearlyValidRound, async (body) => {
        expectClearAnswer(await postJson('/api/rounds', JSON.stringify(body)));
      }),
      RUNS,
    );
    expectClearAnswer(await server.app.inject({ url: '/api/leaderboards?period=all' }));
  }, PROPERTY_TIMEOUT_MS);

  it('POST routes with any JSON value or any text as the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/rounds', '/api/player-cards'), fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'), fc.string()), async (url, text) => {
        expectClearAnswer(await postJson(url, text));
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('POST /api/player-cards with any pseudonym and avatar', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue()), maybe(fc.constantFrom(...AVATARS)), async (pseudonym, avatar) => {
        expectClearAnswer(await postJson('/api/player-cards', JSON.stringify({ pseudonym, avatar })));
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('GET routes with any path segment and query string', async () => {
    const queryValue = fc.oneof(fc.constantFrom('today', 'week', 'all', 'player', 'team', 'sante-sport', '5', '0', '-1', '1e9'), fc.string({ maxLength: 12 }));
    const query = fc.dictionary(fc.constantFrom('period', 'pack', 'by', 'limit', 'count', 'playerCard', 'other'), fc.oneof(queryValue, fc.array(queryValue, { maxLength: 2 })));
    const code = fc.oneof(fc.string({ unit: fc.constantFrom(...CARD_CODE_ALPHABET), minLength: CARD_CODE_LENGTH, maxLength: CARD_CODE_LENGTH }), fc.string({ maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/leaderboards', '/api/player-cards/suggestions', '/api/player-cards/'), code, query, async (route, segment, params) => {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
        const url = `${route.endsWith('/') ? route + encodeURIComponent(segment) : route}?${search}`;
        expectClearAnswer(await server.app.inject({ url }));
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('any method on any /api path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'), fc.webPath(), async (method, path) => {
        const response = await server.app.inject({ method, url: `/api${path}` });
        if (method === 'HEAD') expect(response.statusCode).not.toBe(500);
        else expectClearAnswer(response);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it('rounds with extreme but well-formed points are stored or refused, never half-stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { minLength: 1, maxLength: 4 }), async (points) => {
        const record = roundRecord(points.map((p, i) => ({ seat: guest(`pad-${i}`), points: p, answered: 1 })));
        const response = await server.postRound(record);
        expectClearAnswer(response);
        expect(response.statusCode).toBe(Math.max(...points) > 100 ? 422 : 201);
      }),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

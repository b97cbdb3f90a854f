import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { DATABASE_FILE } from '../../src/server/store/database';
import { carded, guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

const post = (body: unknown) => server.postRound(body);
const asScreen = () => ({ authorization: `Bearer ${server.screen.credential}` });

function countRows(table: string): number {
  const db = new Database(join(server.config.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('POST /api/rounds', () => {
  it('stores a new round with its seats, score lines and evidence', async () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 60, answered: 5, correct: 3 }, { seat: guest('pad-1'), points: 20, answered: 2 }]);
    const response = await post(record);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: record.id, stored: true, duplicate: false });
    expect([countRows('rounds'), countRows('round_seats'), countRows('score_lines'), countRows('evidence')]).toEqual([1, 2, 2, 7]);
  });

  it('answers a resent record as a duplicate and stores nothing twice', async () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 10, answered: 1, correct: 1 }]);
    expect((await post(record)).statusCode).toBe(201);
    // Key order differs on the wire; it is the same record.
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    const again = await post(reordered);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: record.id, stored: false, duplicate: true });
    expect(countRows('rounds')).toBe(1);
    expect(countRows('evidence')).toBe(1);
  });

  it('refuses a different round under an existing id with 409', async () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 10 }]);
    await post(record);
    const other = { ...record, seed: record.seed + 1 };
    const response = await post(other);
    expect(response.statusCode).toBe(409);
    expect(apiErrorSchema.parse(response.json()).error).toBe('conflict');
    expect(countRows('rounds')).toBe(1);
  });

  it('names each wrong field of a malformed record with 400', async () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 10, answered: 1 }]);
    const broken = {
      ...record,
      seed: -1,
      seats: [{ seat: 'pad-0', input: 'joystick' }],
      evidence: [{ ...record.evidence[0], outcome: 'maybe' }],
    };
    const response = await post(broken);
    expect(response.statusCode).toBe(400);
    const error = apiErrorSchema.parse(response.json());
    expect(error.error).toBe('bad_request');
    expect(error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['seed', 'seats[0].input', 'evidence[0].outcome']));
    expect(countRows('rounds')).toBe(0);
  });

  it('refuses a seat with more points than the pack allows with 422', async () => {
    const response = await post(roundRecord([{ seat: guest('pad-0'), points: 101 }]));
    expect(response.statusCode).toBe(422);
    const error = apiErrorSchema.parse(response.json());
    expect(error.message).toMatch(/101 points.*at most 100/);
    expect(error.issues?.[0]?.path).toBe('seats[0]');
  });

  it('refuses a round of an unknown pack with 422', async () => {
    const response = await post(roundRecord([{ seat: guest('pad-0'), points: 1 }], { pack: 'not-installed' }));
    expect(response.statusCode).toBe(422);
    expect(response.json().message).toMatch(/no content pack "not-installed"/);
  });

  it('refuses evidence for an objective the pack does not declare with 422', async () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 1, answered: 2 }]);
    record.evidence[1] = { ...record.evidence[1]!, objective: 'sante-sport/sommeil' };
    const response = await post(record);
    expect(response.statusCode).toBe(422);
    const error = apiErrorSchema.parse(response.json());
    expect(error.issues).toEqual([{ path: 'evidence[1].objective', message: 'pack "sante-sport" does not declare objective "sante-sport/sommeil"' }]);
    expect(countRows('evidence')).toBe(0);
  });

  it('refuses a round naming another mini-game or too many seats with 422', async () => {
    const record = roundRecord(['pad-0', 'pad-1', 'pad-2', 'pad-3', 'pad-4'].map((s) => ({ seat: guest(s), points: 1 })));
    const response = await post({ ...record, game: { id: 'map-quest', version: '1.0.0' } });
    expect(response.statusCode).toBe(422);
    expect(apiErrorSchema.parse(response.json()).issues?.map((i) => i.path)).toEqual(['game.id', 'seats']);
  });

  it('refuses a seat with a card the server does not know with 403: no seat token can be held for it', async () => {
    const response = await post(roundRecord([{ seat: carded('pad-0', 'no-such-card'), points: 1 }]));
    expect(response.statusCode).toBe(403);
    expect(apiErrorSchema.parse(response.json()).issues?.map((i) => i.path)).toEqual(['seats[0].seatToken']);
    expect(countRows('rounds')).toBe(0);
  });

  it('answers bad JSON, a wrong content type and an oversized body with JSON errors', async () => {
    const badJson = await server.app.inject({ method: 'POST', url: '/api/rounds', headers: { ...asScreen(), 'content-type': 'application/json' }, payload: '{"id":' });
    expect(badJson.statusCode).toBe(400);
    expect(apiErrorSchema.parse(badJson.json()).error).toBe('bad_request');

    const xml = await server.app.inject({ method: 'POST', url: '/api/rounds', headers: { ...asScreen(), 'content-type': 'application/xml' }, payload: '<round/>' });
    expect(xml.statusCode).toBe(415);
    expect(apiErrorSchema.parse(xml.json()).error).toBe('unsupported_media_type');

    const text = await server.app.inject({ method: 'POST', url: '/api/rounds', headers: { ...asScreen(), 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(415);
    expect(apiErrorSchema.parse(text.json()).message).toMatch(/application\/json/);

    const huge = await server.app.inject({
      method: 'POST',
      url: '/api/rounds',
      headers: { ...asScreen(), 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(5 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(apiErrorSchema.parse(huge.json()).error).toBe('payload_too_large');
  });
});

import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../../shared/round/round-record';
import { ApiClientError, createApiClient } from './api-client';

/** A fetch that answers from a table of (status, JSON body) by path, and records what it was asked. */
function fakeFetch(answer: (path: string, init?: RequestInit) => Response | Promise<Response>) {
  const asked: { path: string; init?: RequestInit | undefined }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    asked.push({ path, init });
    return answer(path, init);
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const round = { id: '6f1c1a3e-1b2c-4d3e-8f4a-5b6c7d8e9f00' } as RoundRecord;

describe('deliverRound', () => {
  it('tells acknowledged, duplicate, refused and retryable answers apart', async () => {
    const cases: [Response | Error, unknown][] = [
      [json(201, { id: round.id, stored: true, duplicate: false }), { outcome: 'acknowledged', duplicate: false }],
      [json(200, { id: round.id, stored: false, duplicate: true }), { outcome: 'acknowledged', duplicate: true }],
      [json(422, { error: 'unprocessable', message: 'no content pack "x"' }), { outcome: 'refused', status: 422, reason: 'no content pack "x"' }],
      [json(409, { error: 'conflict', message: 'another round' }), { outcome: 'refused', status: 409, reason: 'another round' }],
      [json(503, { error: 'internal', message: 'busy' }), { outcome: 'retry', reason: 'busy' }],
      [new Response('<html>Bad gateway</html>', { status: 502 }), { outcome: 'retry', reason: 'the server answered 502' }],
      [json(429, { error: 'too_many_requests', message: 'slow down' }), { outcome: 'retry', reason: 'slow down' }],
      // Not paired yet, or revoked: the record waits for the operator to pair the screen.
      [json(401, { error: 'unauthorized', message: 'pair it first' }), { outcome: 'retry', reason: 'pair it first' }],
      [json(403, { error: 'forbidden', message: 'no seat token' }), { outcome: 'refused', status: 403, reason: 'no seat token' }],
      [new TypeError('fetch failed'), { outcome: 'retry', reason: 'fetch failed' }],
    ];
    for (const [answer, expected] of cases) {
      const { fetch, asked } = fakeFetch(() => {
        if (answer instanceof Error) throw answer;
        return answer;
      });
      expect(await createApiClient({ baseUrl: 'http://centre', fetch }).deliverRound(round)).toEqual(expected);
      expect(asked[0]?.path).toBe('http://centre/api/rounds');
      expect(asked[0]?.init?.method).toBe('POST');
      expect(JSON.parse(String(asked[0]?.init?.body))).toEqual(round);
    }
  });
});

describe('the API client', () => {
  it('sends the screen credential with rounds and sign-ins once paired, and never before', async () => {
    let credential: string | null = null;
    const { fetch, asked } = fakeFetch((path) =>
      path.endsWith('/api/seat-tokens')
        ? json(201, { card: { id: 'c1', pseudonym: 'Panda Rapide 42', avatar: '🐼' }, token: 't'.repeat(43), expiresAt: '2025-03-12T14:00:00.000Z' })
        : json(201, { id: round.id, stored: true, duplicate: false }),
    );
    const client = createApiClient({ fetch, credential: () => credential });
    await client.deliverRound(round);
    credential = 'c'.repeat(43);
    await client.deliverRound(round);
    expect(await client.signIn('HX7MA349', 'pad-0')).toMatchObject({ card: { id: 'c1' }, token: 't'.repeat(43) });
    const authorization = asked.map((a) => new Headers(a.init?.headers).get('authorization'));
    expect(authorization).toEqual([null, `Bearer ${'c'.repeat(43)}`, `Bearer ${'c'.repeat(43)}`]);
    expect(JSON.parse(String(asked[2]?.init?.body))).toEqual({ code: 'HX7MA349', seat: 'pad-0' });
  });

  it('finds a card by code, or null when the code is unknown', async () => {
    const { fetch } = fakeFetch((path) =>
      path.endsWith('/HX7MA') ? json(200, { id: 'c1', pseudonym: 'Panda Rapide 42', avatar: '🐼' }) : json(404, { error: 'not_found', message: 'no card' }),
    );
    const client = createApiClient({ fetch });
    expect(await client.findPlayerCard('HX7MA')).toEqual({ id: 'c1', pseudonym: 'Panda Rapide 42', avatar: '🐼' });
    expect(await client.findPlayerCard('AAAAA')).toBeNull();
  });

  it('passes leaderboard parameters and throws the server’s error with its fields', async () => {
    const { fetch, asked } = fakeFetch(() => json(400, { error: 'bad_request', message: 'the query has 1 wrong field', issues: [{ path: 'period', message: 'bad' }] }));
    const client = createApiClient({ fetch });
    const failure = await client.leaderboard({ period: 'today', pack: 'sante-sport', by: undefined }).catch((e: unknown) => e);
    expect(asked[0]?.path).toBe('/api/leaderboards?period=today&pack=sante-sport');
    expect(failure).toBeInstanceOf(ApiClientError);
    expect((failure as ApiClientError).problem?.issues).toEqual([{ path: 'period', message: 'bad' }]);
  });
});

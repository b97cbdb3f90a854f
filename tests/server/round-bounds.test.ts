import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app';
import { DEFAULT_EVIDENCE_PER_SEAT, SCORE_LINES_PER_EVIDENCE } from '../../src/server/rounds/round-bounds';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { guest, roundRecord } from './support/round-records';
import { quizPack, startTestServer, type TestServer } from './support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const issuesOf = (response: { json(): unknown }) => apiErrorSchema.parse(response.json()).issues ?? [];

describe('a round is bounded by what its pack can produce', () => {
  it('refuses more evidence per seat than the pack declares (evidencePerSeat), and takes a full real round', async () => {
    server = await startTestServer({ packs: [quizPack({ evidencePerSeat: 8, players: { min: 1, max: 4 } })] });
    const full = roundRecord(['pad-0', 'pad-1', 'pad-2', 'pad-3'].map((s) => ({ seat: guest(s), points: 80, answered: 8, correct: 5 })));
    expect((await server.postRound(full)).statusCode).toBe(201);
    const flood = roundRecord([{ seat: guest('pad-0'), points: 10, answered: 9, correct: 9 }]);
    const response = await server.postRound(flood);
    expect(response.statusCode).toBe(422);
    expect(issuesOf(response)).toEqual([{ path: 'seats[0]', message: 'seat "pad-0" gave 9 evidence; a round of pack "sante-sport" gives at most 8 per seat' }]);
  });

  it('takes a whole group of phone seats up to the pack’s maxWithPhones, and no more seats without phones', async () => {
    server = await startTestServer({ packs: [quizPack({ players: { min: 1, max: 6, maxWithPhones: 30 } })] });
    const phone = (i: number) => ({ seat: { seat: `phone-${i}`, input: 'phone' as const }, points: 0, answered: 1, correct: 0 });
    expect((await server.postRound(roundRecord(Array.from({ length: 30 }, (_, i) => phone(i))))).statusCode).toBe(201);
    const pads = await server.postRound(roundRecord(Array.from({ length: 7 }, (_, i) => ({ seat: guest(`pad-${i}`), points: 0 }))));
    expect(pads.statusCode).toBe(422);
    expect(issuesOf(pads)).toEqual([{ path: 'seats', message: 'pack "sante-sport" is for at most 6 players; the round has 7 seats' }]);
  });

  it('caps evidence and score lines per seat by default when the pack does not say', async () => {
    server = await startTestServer();
    // The attack of issue 9: 10,000 wrong answers to sink a card's accuracy.
    const sunk = roundRecord([{ seat: guest('pad-0'), points: 0, answered: 10_000, correct: 0 }]);
    const response = await server.postRound(sunk);
    expect(response.statusCode).toBe(422);
    expect(issuesOf(response)[0]?.message).toMatch(`at most ${DEFAULT_EVIDENCE_PER_SEAT} per seat`);

    const lines = roundRecord([{ seat: guest('pad-0'), points: 0 }]);
    lines.scoreLines = Array.from({ length: DEFAULT_EVIDENCE_PER_SEAT * SCORE_LINES_PER_EVIDENCE + 1 }, (_, i) => ({ seat: 'pad-0', points: 0, reason: 'x', atMs: i }));
    const tooMany = await server.postRound(lines);
    expect(tooMany.statusCode).toBe(422);
    expect(issuesOf(tooMany)[0]?.message).toMatch(/score lines/);
  });

  it('refuses a pack envelope with a number of evidence per seat that is not a positive whole number', async () => {
    server = await startTestServer({ packs: [quizPack(), quizPack({ id: 'broken', evidencePerSeat: 0 })] });
    const response = await server.postRound(roundRecord([{ seat: guest('pad-0'), points: 1 }], { pack: 'broken' }));
    expect(response.statusCode).toBe(422);
    expect(apiErrorSchema.parse(response.json()).message).toMatch(/no content pack "broken"/);
  });
});

describe('request timeouts', () => {
  it('closes a socket whose body trickles in slower than the request timeout', async () => {
    const probe = await startTestServer();
    const app = await buildServer({ ...probe.config, dataDir: `${probe.folder}/data-timeout` }, { requestTimeoutMs: 1_000 });
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = new URL(address);
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /api/player-cards HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
          // One more byte now and then, as a slow-body attack does.
          const drip = setInterval(() => socket.write(' '), 200);
          socket.on('close', () => {
            clearInterval(drip);
            resolve(Date.now() - started);
          });
        });
        socket.on('error', () => undefined);
        setTimeout(() => reject(new Error('the socket was still open after 15 s')), 15_000);
      });
      expect(closedAfter).toBeLessThan(4_000);
    } finally {
      await app.close();
      await probe.dispose();
    }
  }, 20_000);
});

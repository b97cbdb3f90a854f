import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { leaderboardSchema, type Leaderboard } from '../../src/shared/api/leaderboards';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import { carded, guest, roundRecord, type SeatPlay } from './support/round-records';
import { quizPack, startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer;
const cards: Record<string, string> = {};

beforeEach(async () => {
  server = await startTestServer({ packs: [quizPack(), quizPack({ id: 'code-route', maxPointsPerSeat: 50 })] });
  for (const [name, avatar] of [['Panda Rapide 10', '🐼'], ['Tigre Calme 20', '🐯'], ['Lynx Agile 30', '🦊']] as const) {
    const response = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym: name, avatar } });
    cards[name] = issuedPlayerCardSchema.parse(response.json()).id;
  }
});
afterEach(async () => {
  await server.dispose();
});

async function play(plays: SeatPlay[], options: { pack?: string; endedAt?: string } = {}): Promise<void> {
  const record = roundRecord(plays, {
    ...(options.pack ? { pack: options.pack } : {}),
    endedAt: Date.parse(options.endedAt ?? '2025-03-12T10:00:00Z'),
  });
  const response = await server.postRound(record);
  expect(response.statusCode, response.body).toBe(201);
}

async function board(query: string): Promise<Leaderboard> {
  const response = await server.app.inject({ url: `/api/leaderboards?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return leaderboardSchema.parse(response.json());
}

const panda = () => carded('pad-0', cards['Panda Rapide 10']!);
const tigre = () => carded('pad-1', cards['Tigre Calme 20']!);
const lynx = () => carded('pad-2', cards['Lynx Agile 30']!);

describe('GET /api/leaderboards', () => {
  it('ranks a pack by each player’s best centre score, accuracy beside it, guests counted not listed', async () => {
    await play([{ seat: panda(), points: 40, answered: 4, correct: 1 }, { seat: tigre(), points: 70, answered: 4, correct: 4 }, { seat: guest('kb-left'), points: 100 }]);
    await play([{ seat: panda(), points: 90, answered: 4, correct: 3 }]);
    const result = await board('period=all&pack=sante-sport');
    expect(result.by).toBe('player');
    expect(result.entries).toEqual([
      { rank: 1, pseudonym: 'Panda Rapide 10', avatar: '🐼', centreScore: 900, accuracy: 0.5, rounds: 2 },
      { rank: 2, pseudonym: 'Tigre Calme 20', avatar: '🐯', centreScore: 700, accuracy: 1, rounds: 1 },
    ]);
    expect(result.guests).toBe(1);
    expect(result.ranked).toBe(2);
    expect(JSON.stringify(result)).not.toContain(cards['Panda Rapide 10']);
  });

  it('adds the best of each pack centre-wide, so packs with different maxima weigh the same', async () => {
    await play([{ seat: panda(), points: 100 }, { seat: tigre(), points: 50 }]);
    await play([{ seat: tigre(), points: 50 }], { pack: 'code-route' });
    const result = await board('period=all');
    expect(result.entries.map((e) => ['pseudonym' in e ? e.pseudonym : e.team, e.centreScore])).toEqual([
      ['Tigre Calme 20', 1500],
      ['Panda Rapide 10', 1000],
    ]);
  });

  it('counts today since midnight in Paris and this week since Monday', async () => {
    await play([{ seat: panda(), points: 10 }], { endedAt: '2025-03-11T23:30:00Z' }); // 00:30 Wednesday in Paris
    await play([{ seat: tigre(), points: 20 }], { endedAt: '2025-03-11T22:30:00Z' }); // 23:30 Tuesday
    await play([{ seat: lynx(), points: 30 }], { endedAt: '2025-03-09T12:00:00Z' }); // the Sunday before
    const names = async (period: string) => (await board(`period=${period}`)).entries.map((e) => ('pseudonym' in e ? e.pseudonym : e.team));
    expect(await names('today')).toEqual(['Panda Rapide 10']);
    expect(await names('week')).toEqual(['Tigre Calme 20', 'Panda Rapide 10']);
    expect(await names('all')).toEqual(['Lynx Agile 30', 'Tigre Calme 20', 'Panda Rapide 10']);
    const today = await board('period=today');
    expect(today.since).toBe('2025-03-11T23:00:00.000Z');
  });

  it('keeps a round from a screen whose clock runs ahead on the day it arrived', async () => {
    await play([{ seat: panda(), points: 10 }], { endedAt: '2025-03-20T10:00:00Z' });
    server.setNow(TEST_NOW + 2 * 86_400_000);
    expect((await board('period=today')).entries).toEqual([]);
  });

  it('gives equal scores the same rank and returns the asked card’s own line beyond the limit', async () => {
    await play([{ seat: panda(), points: 80 }, { seat: tigre(), points: 80 }, { seat: lynx(), points: 10 }]);
    const result = await board(`period=all&limit=2&playerCard=${cards['Lynx Agile 30']}`);
    if (result.by !== 'player') throw new Error('expected a player board');
    expect(result.entries.map((e) => e.rank)).toEqual([1, 1]);
    expect(result.you).toMatchObject({ rank: 3, pseudonym: 'Lynx Agile 30', centreScore: 100 });
  });

  it('ranks teams by the mean centre score of their seats in a round', async () => {
    await play([
      { seat: carded('pad-0', cards['Panda Rapide 10']!, 'orange'), points: 100 },
      { seat: { ...guest('pad-1'), team: 'orange' }, points: 0 },
      { seat: carded('pad-2', cards['Tigre Calme 20']!, 'sky'), points: 60 },
    ]);
    const result = await board('by=team&period=all&pack=sante-sport');
    expect(result.entries).toEqual([
      { rank: 1, team: 'sky', centreScore: 600, accuracy: null, rounds: 1 },
      { rank: 2, team: 'orange', centreScore: 500, accuracy: null, rounds: 1 },
    ]);
  });

  it('refuses bad parameters with 400 and an unknown pack with 404', async () => {
    const bad = await server.app.inject({ url: '/api/leaderboards?period=month&by=school&limit=0' });
    expect(bad.statusCode).toBe(400);
    expect(apiErrorSchema.parse(bad.json()).issues?.map((i) => i.path).sort()).toEqual(['by', 'limit', 'period']);
    const unknown = await server.app.inject({ url: '/api/leaderboards?pack=nope' });
    expect(unknown.statusCode).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import type { Leaderboard, LeaderboardQueryParams } from '../../shared/api/leaderboards';
import { BOARD_LINES, boardAt, findBoard } from './leaderboard-rotation';

const board = (entries: number, query: LeaderboardQueryParams): Leaderboard => ({
  period: query.period ?? 'all',
  since: null,
  pack: query.pack ?? null,
  ranked: entries,
  guests: 0,
  by: 'player',
  entries: Array.from({ length: entries }, (_, i) => ({ rank: i + 1, pseudonym: `P${i}`, avatar: '🦊', centreScore: 500, accuracy: 0.5, rounds: 1 })),
  you: null,
});

describe('boardAt', () => {
  it('goes through today, this week and all time, each with the centre, a pack and the teams', () => {
    const turns = Array.from({ length: 9 }, (_, i) => boardAt(i, ['a', 'b']));
    expect(turns.map((c) => `${c.period}/${c.pack ?? '-'}/${c.by}`)).toEqual([
      'today/-/player', 'today/a/player', 'today/-/team',
      'week/-/player', 'week/a/player', 'week/-/team',
      'all/-/player', 'all/a/player', 'all/-/team',
    ]);
    expect(boardAt(10, ['a', 'b'])).toEqual({ period: 'today', pack: 'b', by: 'player' });
  });

  it('has no pack boards when the screen has no pack', () => {
    expect([0, 1, 2].map((i) => boardAt(i, []))).toEqual([
      { period: 'today', by: 'player' },
      { period: 'today', by: 'team' },
      { period: 'week', by: 'player' },
    ]);
  });
});

describe('findBoard', () => {
  it('skips empty boards and packs the server does not know, and says where to go on', async () => {
    const asked: LeaderboardQueryParams[] = [];
    const found = await findBoard(async (query) => {
      asked.push(query);
      if (query.pack) throw Object.assign(new Error('no content pack'), { status: 404 });
      return board(query.by === 'team' ? 3 : 0, query);
    }, ['a'], 0);
    expect(asked.map((q) => `${q.period}/${q.pack ?? '-'}/${q.by}/${q.limit}`)).toEqual([
      `today/-/player/${BOARD_LINES}`, `today/a/player/${BOARD_LINES}`, `today/-/team/${BOARD_LINES}`,
    ]);
    expect(found.board?.entries).toHaveLength(3);
    expect(found.next).toBe(3);
  });

  it('gives up quietly when the server cannot be reached, or after a few empty boards', async () => {
    const down = await findBoard(async () => Promise.reject(new TypeError('fetch failed')), ['a'], 4);
    expect(down).toEqual({ board: null, next: 4 });
    let calls = 0;
    const empty = await findBoard(async (query) => (calls++, board(0, query)), ['a'], 0);
    expect(empty.board).toBeNull();
    expect(calls).toBe(4);
    expect(empty.next).toBe(4);
  });
});

import { LEADERBOARD_PERIODS, type Leaderboard, type LeaderboardPeriod, type LeaderboardQueryParams } from '../../shared/api/leaderboards';

/** One board of the rotation the attract loop shows. */
export interface BoardChoice {
  period: LeaderboardPeriod;
  /** One pack's board; absent for the whole centre. */
  pack?: string;
  by: 'player' | 'team';
}

/** Lines a board shows on the big screen: eight rows stay readable from across the hall. */
export const BOARD_LINES = 8;
/** Boards asked for in one visit before giving up until the next loop (empty ones are skipped). */
const TRIES_PER_VISIT = 4;

/**
 * The board of turn `turn`. Periods take turns (today, this week, all time); within a period come
 * the whole centre's players, one pack's players, then teams. Packs take turns from one round of
 * periods to the next, so every pack of the catalogue comes up in time.
 */
export function boardAt(turn: number, packs: readonly string[]): BoardChoice {
  const kinds = packs.length ? (['centre', 'pack', 'teams'] as const) : (['centre', 'teams'] as const);
  const period = LEADERBOARD_PERIODS[Math.floor(turn / kinds.length) % LEADERBOARD_PERIODS.length]!;
  const kind = kinds[turn % kinds.length]!;
  if (kind === 'teams') return { period, by: 'team' };
  if (kind === 'centre') return { period, by: 'player' };
  const pack = packs[Math.floor(turn / (kinds.length * LEADERBOARD_PERIODS.length)) % packs.length]!;
  return { period, pack, by: 'player' };
}

/**
 * Asks for boards from `turn` on until one has lines (a board nobody is on, or teams when no team
 * played, is skipped). Null when none has, or when the server cannot be reached: the attract loop
 * then goes on without a leaderboard. `next` is the turn to start from next time.
 */
export async function findBoard(
  fetchBoard: (query: LeaderboardQueryParams) => Promise<Leaderboard>,
  packs: readonly string[],
  turn: number,
): Promise<{ board: Leaderboard; next: number } | { board: null; next: number }> {
  for (let i = 0; i < TRIES_PER_VISIT; i++) {
    const choice = boardAt(turn + i, packs);
    let board: Leaderboard;
    try {
      board = await fetchBoard({ ...choice, limit: BOARD_LINES });
    } catch (error) {
      // A pack the server does not know answers 404: skip that board. Anything else: no server now.
      if (error && typeof error === 'object' && 'status' in error && error.status === 404) continue;
      return { board: null, next: turn + i };
    }
    if (board.entries.length) return { board, next: turn + i + 1 };
  }
  return { board: null, next: turn + TRIES_PER_VISIT };
}

import type { LeaderboardBy } from './store';

/** Which board: players or teams, one pack or the whole centre, a period or all time. */
export interface BoardShape {
  by: LeaderboardBy;
  onePack: boolean;
  /** A period (today, this week) reads round_seats from `@since`; all time reads the tallies. */
  period: boolean;
}

/**
 * How a leaderboard value is made (also in docs/operations.md, "Leaderboards"):
 * - a seat's round gives a centre score 0–1000; a team's round gives the mean of its seats'
 *   centre scores (see `teamResults`);
 * - per pack, a player's (or team's) value is their BEST centre score in that pack in the period,
 *   so a bad round never costs anything and practice is never punished;
 * - centre-wide, the value is the SUM over packs of those bests: trying another pack adds to it,
 *   replaying a pack only helps by beating the old best;
 * - accuracy beside it is correct / answered evidence over all the rounds counted, never mixed in.
 */
function perPackSql({ by, onePack, period }: BoardShape): string {
  const pack = onePack ? 'AND pack_id = @pack' : '';
  if (!period) {
    return by === 'player'
      ? `SELECT player_card_id AS key, best, correct, answered, rounds FROM player_pack_tallies WHERE 1 = 1 ${pack}`
      : `SELECT team AS key, best, correct, answered, rounds FROM team_pack_tallies WHERE 1 = 1 ${pack}`;
  }
  // INDEXED BY pins the plan: without statistics SQLite may pick the card index and read all history.
  if (by === 'player') {
    return `SELECT player_card_id AS key, max(centre_score) AS best, sum(correct) AS correct,
                   sum(answered) AS answered, count(*) AS rounds
            FROM round_seats INDEXED BY ${onePack ? 'round_seats_by_pack_time' : 'round_seats_by_time'}
            WHERE player_card_id IS NOT NULL AND played_at >= @since ${pack}
            GROUP BY player_card_id, pack_id`;
  }
  return `SELECT key, max(score) AS best, sum(correct) AS correct, sum(answered) AS answered, count(*) AS rounds
          FROM (
            SELECT team AS key, pack_id, CAST(round(avg(centre_score)) AS INTEGER) AS score,
                   sum(correct) AS correct, sum(answered) AS answered
            FROM round_seats INDEXED BY round_seats_by_team_time
            WHERE team IS NOT NULL AND played_at >= @since ${pack}
            GROUP BY team, round_id
          )
          GROUP BY key, pack_id`;
}

/** The ranked board: the top `@limit` lines, plus the line of `@own` wherever it stands. */
export function boardSql(shape: BoardShape): string {
  const names = shape.by === 'player' ? 'p.pseudonym AS name, p.avatar AS avatar' : 'ranked.key AS name, NULL AS avatar';
  return `
    WITH per_pack AS (${perPackSql(shape)}),
    board AS (
      SELECT key, sum(best) AS centre_score, sum(correct) AS correct, sum(answered) AS answered, sum(rounds) AS rounds
      FROM per_pack GROUP BY key
    ),
    ranked AS (
      SELECT key, centre_score, correct, answered, rounds,
             rank() OVER (ORDER BY centre_score DESC) AS rank,
             row_number() OVER (ORDER BY centre_score DESC, key) AS position,
             count(*) OVER () AS ranked
      FROM board
    )
    SELECT ranked.*, ${names}
    FROM ranked ${shape.by === 'player' ? 'JOIN player_cards p ON p.id = ranked.key' : ''}
    WHERE position <= @limit OR ranked.key = @own
    ORDER BY position`;
}

/** Guest seats in the same period and pack: counted, never listed. */
export function guestsSql({ onePack, period }: Pick<BoardShape, 'onePack' | 'period'>): string {
  if (!period) return `SELECT coalesce(sum(seats), 0) AS guests FROM pack_guest_tallies ${onePack ? 'WHERE pack_id = @pack' : ''}`;
  return `SELECT count(*) AS guests
          FROM round_seats INDEXED BY ${onePack ? 'round_seats_by_pack_time' : 'round_seats_by_time'}
          WHERE player_card_id IS NULL AND played_at >= @since ${onePack ? 'AND pack_id = @pack' : ''}`;
}

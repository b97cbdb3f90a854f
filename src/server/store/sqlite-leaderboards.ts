import type { SqliteDatabase } from './database';
import type { LeaderboardLine, LeaderboardQuery, LeaderboardRows } from './store';

/** Stands for "all time" in `played_at >= ?`: earlier than any date a record can carry. */
const BEGINNING_OF_TIME = -8_640_000_000_000_000;

/**
 * How a leaderboard value is made (also in docs/operations.md, "Leaderboards"):
 * - a seat's round gives a centre score 0–1000; a team's round gives the mean of its seats'
 *   centre scores, so a team of four does not beat a team of two by headcount;
 * - per pack, a player's (or team's) value is their BEST centre score in that pack in the period,
 *   so one bad round never costs anything and practice is never punished;
 * - centre-wide, the value is the SUM over packs of those bests: trying another pack adds to it,
 *   replaying the same pack only helps if it beats the old best.
 * Accuracy beside it is correct / answered evidence over all the rounds counted, never mixed in.
 */
function boardSql(by: LeaderboardQuery['by'], onePack: boolean): string {
  const packFilter = onePack ? 'AND pack_id = @pack' : '';
  const rounds =
    by === 'player'
      ? `SELECT player_card_id AS key, pack_id, centre_score AS score, correct, answered
         FROM round_seats
         WHERE player_card_id IS NOT NULL AND played_at >= @since ${packFilter}`
      : `SELECT team AS key, pack_id, CAST(round(avg(centre_score)) AS INTEGER) AS score,
                sum(correct) AS correct, sum(answered) AS answered
         FROM round_seats
         WHERE team IS NOT NULL AND played_at >= @since ${packFilter}
         GROUP BY round_id, team`;
  return `
    WITH counted AS (${rounds}),
    per_pack AS (
      SELECT key, max(score) AS best, sum(correct) AS correct, sum(answered) AS answered, count(*) AS rounds
      FROM counted GROUP BY key, pack_id
    ),
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
    SELECT ranked.*, ${by === 'player' ? 'p.pseudonym AS name, p.avatar AS avatar' : 'ranked.key AS name, NULL AS avatar'}
    FROM ranked ${by === 'player' ? 'JOIN player_cards p ON p.id = ranked.key' : ''}
    WHERE position <= @limit OR ranked.key = @own
    ORDER BY position`;
}

interface BoardRow {
  key: string;
  name: string;
  avatar: string | null;
  centre_score: number;
  correct: number;
  answered: number;
  rounds: number;
  rank: number;
  position: number;
  ranked: number;
}

export function createLeaderboardQueries(db: SqliteDatabase): (query: LeaderboardQuery) => LeaderboardRows {
  const boards = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  const board = (by: LeaderboardQuery['by'], onePack: boolean) => {
    const name = `${by}:${onePack}`;
    let statement = boards.get(name);
    if (!statement) {
      statement = db.prepare(boardSql(by, onePack));
      boards.set(name, statement);
    }
    return statement;
  };
  const guestsAll = db.prepare<{ since: number }, { guests: number }>(
    'SELECT count(*) AS guests FROM round_seats WHERE player_card_id IS NULL AND played_at >= @since',
  );
  const guestsOfPack = db.prepare<{ since: number; pack: string }, { guests: number }>(
    'SELECT count(*) AS guests FROM round_seats WHERE player_card_id IS NULL AND pack_id = @pack AND played_at >= @since',
  );

  // One snapshot for the board and the guest count, so they agree with each other.
  return db.transaction((query: LeaderboardQuery): LeaderboardRows => {
    const since = query.since ?? BEGINNING_OF_TIME;
    const params = { since, limit: query.limit, own: query.playerCard ?? null, ...(query.pack ? { pack: query.pack } : {}) };
    const rows = board(query.by, query.pack !== null).all(params) as BoardRow[];
    const toLine = (row: BoardRow): LeaderboardLine => ({
      rank: row.rank,
      key: row.key,
      name: row.name,
      avatar: row.avatar,
      centreScore: row.centre_score,
      correct: row.correct,
      answered: row.answered,
      rounds: row.rounds,
    });
    const guests = query.pack ? guestsOfPack.get({ since, pack: query.pack }) : guestsAll.get({ since });
    const ownRow = query.playerCard && query.by === 'player' ? rows.find((row) => row.key === query.playerCard) : undefined;
    return {
      lines: rows.filter((row) => row.position <= query.limit).map(toLine),
      ranked: rows[0]?.ranked ?? 0,
      guestSeats: guests?.guests ?? 0,
      own: ownRow ? toLine(ownRow) : null,
    };
  });
}

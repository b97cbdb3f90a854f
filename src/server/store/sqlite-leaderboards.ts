import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './database';
import { boardSql, guestsSql, type BoardShape } from './sqlite-leaderboard-sql';
import type { LeaderboardLine, LeaderboardQuery, LeaderboardRows } from './store';

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

/** The leaderboard reader; the SQL and how values are made are in sqlite-leaderboard-sql.ts. */
export function createLeaderboardQueries(db: SqliteDatabase): (query: LeaderboardQuery) => LeaderboardRows {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  // One read transaction, so the board and the guest count see the same rounds.
  return db.transaction((query: LeaderboardQuery): LeaderboardRows => {
    const shape: BoardShape = { by: query.by, onePack: query.pack !== null, period: query.since !== null };
    const filters = { ...(query.pack !== null ? { pack: query.pack } : {}), ...(query.since !== null ? { since: query.since } : {}) };
    const rows = prepared(boardSql(shape)).all({ ...filters, limit: query.limit, own: query.playerCard ?? null }) as BoardRow[];
    const guests = prepared(guestsSql(shape)).get(filters) as { guests: number };
    const own = query.playerCard && query.by === 'player' ? rows.find((row) => row.key === query.playerCard) : undefined;
    return {
      lines: rows.filter((row) => row.position <= query.limit).map(toLine),
      ranked: rows[0]?.ranked ?? 0,
      guestSeats: guests.guests,
      own: own ? toLine(own) : null,
    };
  });
}

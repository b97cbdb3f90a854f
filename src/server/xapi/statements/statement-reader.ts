import type { SqliteDatabase } from '../../store/database';
import { roundStatements, seatStatements, type StatementContext } from './round-statements';
import type { StoredEvidence, StoredRound, StoredSeat } from './stored-round';
import type { XapiStatement } from './xapi-statement';

/**
 * Which statements to read. Times are milliseconds since the epoch and select rounds by when they
 * were played (`played_at` = the round's end, or its arrival if the screen's clock ran ahead), as
 * the reports and the retention do.
 */
export interface StatementQuery {
  /** Rounds played at or after this instant. */
  since?: number;
  /** Rounds played before this instant. */
  until?: number;
  packId?: string;
  /**
   * Only the seats of cards in these groups (an educator's groups, or the one asked for); null for
   * every seat, guests included (an admin's export, the forwarder).
   */
  groups: readonly string[] | null;
}

/** Where a page stopped: the seat it was in and how many of that seat's statements it already gave. */
export interface StatementCursor {
  playedAt: number;
  roundId: string;
  seat: string;
  given: number;
}

export interface StatementPage {
  statements: XapiStatement[];
  /** Null when nothing follows. */
  next: StatementCursor | null;
}

interface SeatKey {
  roundId: string;
  seat: string;
  playedAt: number;
}

/** Seats read from the store per query while a page fills. */
const SEAT_BATCH = 256;

/**
 * Reads stored rounds as statements. Make it once per connection: its SQL is prepared once. Rows
 * are read as they are when asked: an erased card has no seat left, so it has no statement.
 */
export function statementReader(db: SqliteDatabase, context: StatementContext) {
  const roundRow = db.prepare<[string], Omit<StoredRound, 'seats' | 'evidence'>>(
    `SELECT id, pack_id AS packId, pack_version AS packVersion, game_id AS gameId, game_version AS gameVersion,
            started_at AS startedAt, ended_at AS endedAt, end_reason AS endReason, max_points_per_seat AS maxPointsPerSeat
     FROM rounds WHERE id = ?`,
  );
  const seatRows = db.prepare<[string], StoredSeat>(
    `SELECT seat, input, player_card_id AS playerCardId, points, correct, answered, centre_score AS centreScore
     FROM round_seats WHERE round_id = ? ORDER BY seat`,
  );
  const evidenceRows = db.prepare<[string], StoredEvidence>(
    `SELECT line_no AS lineNo, seat, objective_id AS objectiveId, item, outcome, response, response_ms AS responseMs, attempt, at_ms AS atMs
     FROM evidence WHERE round_id = ? ORDER BY line_no`,
  );
  const seatQueries = new Map<string, ReturnType<typeof db.prepare<unknown[], SeatKey>>>();

  function readRound(roundId: string): StoredRound | undefined {
    const round = roundRow.get(roundId);
    if (!round) return undefined;
    return { ...round, seats: seatRows.all(roundId), evidence: evidenceRows.all(roundId) };
  }

  /** The seats a query selects after `after` (inclusive when `inclusive`), in (played_at, round, seat) order. */
  function seatsAfter(query: StatementQuery, after: StatementCursor | undefined, inclusive: boolean, limit: number): SeatKey[] {
    const where = ['rs.played_at >= ?', 'rs.played_at < ?'];
    const params: (string | number)[] = [query.since ?? 0, query.until ?? Number.MAX_SAFE_INTEGER];
    if (query.packId !== undefined) {
      where.push('rs.pack_id = ?');
      params.push(query.packId);
    }
    if (query.groups !== null) {
      where.push(`rs.player_card_id IN (SELECT player_card_id FROM group_cards WHERE group_id IN (${query.groups.map(() => '?').join(',') || 'NULL'}))`);
      params.push(...query.groups);
    }
    if (after) {
      where.push(`(rs.played_at, rs.round_id, rs.seat) ${inclusive ? '>=' : '>'} (?, ?, ?)`);
      params.push(after.playedAt, after.roundId, after.seat);
    }
    const sql = `SELECT rs.round_id AS roundId, rs.seat, rs.played_at AS playedAt FROM round_seats rs
      WHERE ${where.join(' AND ')} ORDER BY rs.played_at, rs.round_id, rs.seat LIMIT ?`;
    let prepared = seatQueries.get(sql);
    if (!prepared) seatQueries.set(sql, (prepared = db.prepare<unknown[], SeatKey>(sql)));
    return prepared.all(...params, limit);
  }

  return {
    /** A stored round, as rows; undefined when there is no such round (never stored, removed, erased or past retention). */
    readRound,

    /** Every statement of one stored round (all its seats, guests included); [] when it is not stored. */
    forRound(roundId: string): XapiStatement[] {
      const round = readRound(roundId);
      return round ? roundStatements(round, context) : [];
    },

    /** Up to `limit` statements the query selects, from `after` on (the cursor a previous page gave). */
    page(query: StatementQuery, limit: number, after?: StatementCursor): StatementPage {
      const statements: XapiStatement[] = [];
      let cursor = after;
      let skip = after?.given ?? 0;
      let inclusive = after !== undefined;
      let round: StoredRound | undefined;
      for (;;) {
        const seats = seatsAfter(query, cursor, inclusive, SEAT_BATCH);
        for (const key of seats) {
          if (round?.id !== key.roundId) round = readRound(key.roundId);
          const seat = round?.seats.find((s) => s.seat === key.seat);
          const made = round && seat ? seatStatements(round, seat, context) : [];
          const room = limit - statements.length;
          const taken = made.slice(skip, skip + room);
          statements.push(...taken);
          if (skip + taken.length < made.length) return { statements, next: { ...key, given: skip + taken.length } };
          skip = 0;
          if (statements.length === limit) {
            // The page is full at a seat's end: a next page exists only if another seat follows.
            const following = seatsAfter(query, { ...key, given: 0 }, false, 1);
            return { statements, next: following.length ? { ...following[0]!, given: 0 } : null };
          }
        }
        if (seats.length < SEAT_BATCH) return { statements, next: null };
        cursor = { ...seats[seats.length - 1]!, given: 0 };
        inclusive = false;
      }
    },

    /** Every statement the query selects, page by page, without holding them all. */
    *all(query: StatementQuery, pageSize = 1000): Generator<XapiStatement> {
      let after: StatementCursor | undefined;
      for (;;) {
        const page = this.page(query, pageSize, after);
        yield* page.statements;
        if (!page.next) return;
        after = page.next;
      }
    },
  };
}

export type StatementReader = ReturnType<typeof statementReader>;

/**
 * Every statement of one stored round, for the forwarder to queue once the round is stored.
 * Prefer `statementReader(db, context).forRound` when reading many rounds.
 * @example
 * const statements = statementsForRound(db, record.id, xapiContext);
 */
export function statementsForRound(db: SqliteDatabase, roundId: string, context: StatementContext): XapiStatement[] {
  return statementReader(db, context).forRound(roundId);
}

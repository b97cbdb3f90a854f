import type { SqliteDatabase } from '../../store/database';
import type { Refusal } from './deliver-statements';

/** One round's statements, delivered: how many the LRS stored and which it refused. */
export interface DeliveredRound {
  roundId: string;
  stored: number;
  refusals: Refusal[];
}

/** The forwarding totals operators see (`GET /api/health`, `ludocite xapi status`). */
export interface OutboxTotals {
  /** Rounds stored and not yet delivered. */
  waitingRounds: number;
  /** Statements the LRS has stored (and acknowledged), over the rounds still kept. */
  sentStatements: number;
  /** Statements the LRS refused, kept with their reason until re-sent. */
  refusedStatements: number;
}

export interface RefusedStatement {
  statementId: string;
  roundId: string;
  status: number;
  reason: string;
  refusedAt: number;
}

/** The queue of migration 7 (src/server/store/migrations/007-xapi-outbox.ts). */
export function xapiOutbox(db: SqliteDatabase) {
  const waiting = db.prepare<[number], { round_id: string }>(
    'SELECT round_id FROM xapi_outbox WHERE sent_at IS NULL ORDER BY queued_at, round_id LIMIT ?',
  );
  const markSent = db.prepare('UPDATE xapi_outbox SET sent_at = ?, sent_statements = ?, refused_statements = ? WHERE round_id = ?');
  // A round erased while its statements were on their way has left the queue (CASCADE): its
  // refusals are not kept either.
  const keepRefusal = db.prepare(
    `INSERT OR REPLACE INTO xapi_refused (statement_id, round_id, status, reason, refused_at)
     SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM rounds WHERE id = ?)`,
  );
  const totals = db.prepare<[], { waiting: number; sent: number | null; refused: number }>(
    `SELECT (SELECT count(*) FROM xapi_outbox WHERE sent_at IS NULL) AS waiting,
            (SELECT sum(sent_statements) FROM xapi_outbox WHERE sent_at IS NOT NULL) AS sent,
            (SELECT count(*) FROM xapi_refused) AS refused`,
  );
  const refused = db.prepare<[], { statement_id: string; round_id: string; status: number; reason: string; refused_at: number }>(
    'SELECT statement_id, round_id, status, reason, refused_at FROM xapi_refused ORDER BY refused_at, statement_id',
  );
  const requeueRefused = db.prepare('UPDATE xapi_outbox SET sent_at = NULL WHERE round_id IN (SELECT round_id FROM xapi_refused)');
  const forgetRefused = db.prepare('DELETE FROM xapi_refused');

  return {
    /** The oldest rounds waiting, in the order they were stored. */
    waitingRounds: (limit: number): string[] => waiting.all(limit).map((row) => row.round_id),

    /** Marks rounds delivered and keeps their refusals, in one transaction. */
    markDelivered: db.transaction((rounds: readonly DeliveredRound[], now: number) => {
      for (const round of rounds) {
        markSent.run(now, round.stored, round.refusals.length, round.roundId);
        for (const r of round.refusals) keepRefusal.run(r.statementId, round.roundId, r.status, r.reason, now, round.roundId);
      }
    }),

    totals: (): OutboxTotals => {
      const row = totals.get()!;
      return { waitingRounds: row.waiting, sentStatements: row.sent ?? 0, refusedStatements: row.refused };
    },

    refused: (): RefusedStatement[] =>
      refused.all().map((row) => ({ statementId: row.statement_id, roundId: row.round_id, status: row.status, reason: row.reason, refusedAt: row.refused_at })),

    /**
     * An operator's decision (after fixing what the LRS refused): the rounds of refused statements
     * wait again, whole. Their stored statements go again too, which the LRS answers as the
     * identical resends they are. Returns how many rounds wait again.
     */
    requeueRefused: db.transaction((): number => {
      const rounds = requeueRefused.run().changes;
      forgetRefused.run();
      return rounds;
    }),
  };
}
export type XapiOutbox = ReturnType<typeof xapiOutbox>;

import { createMasteryWriter } from '../mastery/mastery-writer';
import type { SqliteDatabase } from './database';
import { createTallyWriter } from './sqlite-tallies';
import type { AdmittedRound, SaveRoundOutcome } from './store';

/**
 * Prepares the statements once and returns the writer of admitted rounds. The whole round goes in
 * one IMMEDIATE transaction: the duplicate check, the player-card check, every insert, the tallies
 * and the signed-in seats' mastery see the same state, and a failure anywhere rolls everything back.
 */
export function createRoundWriter(db: SqliteDatabase): (round: AdmittedRound) => SaveRoundOutcome {
  const existingHash = db.prepare<[string], { record_hash: string }>('SELECT record_hash FROM rounds WHERE id = ?');
  const cardExists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM player_cards WHERE id = ?');
  const touchScreen = db.prepare('UPDATE screens SET last_seen_at = max(last_seen_at, ?) WHERE id = ?');
  const insertRound = db.prepare(
    `INSERT INTO rounds (id, pack_id, pack_version, game_id, game_version, sdk, seed, screen_id, started_at, ended_at,
       end_reason, max_points_per_seat, record_hash, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSeat = db.prepare(
    `INSERT INTO round_seats (round_id, seat, input, player_card_id, team, pack_id, played_at, points, centre_score, correct, answered)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertScoreLine = db.prepare(
    'INSERT INTO score_lines (round_id, line_no, seat, points, reason, at_ms) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertEvidence = db.prepare(
    `INSERT INTO evidence (round_id, line_no, seat, objective_id, item, outcome, response, response_ms, attempt, at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The learning record store's queue (migration 7): queued here, so only a stored round is sent.
  const queueForLrs = db.prepare('INSERT INTO xapi_outbox (round_id, queued_at) VALUES (?, ?)');

  const tally = createTallyWriter(db);
  const mastery = createMasteryWriter(db);

  const write = db.transaction((round: AdmittedRound): SaveRoundOutcome => {
    const { record } = round;
    const existing = existingHash.get(record.id);
    if (existing) return { outcome: existing.record_hash === round.recordHash ? 'duplicate' : 'conflict' };

    const cards = [...new Set(record.seats.flatMap((s) => (s.playerCard ? [s.playerCard] : [])))];
    const unknown = cards.filter((id) => !cardExists.get(id));
    if (unknown.length > 0) return { outcome: 'unknown-player-cards', playerCards: unknown };

    const startedAt = Date.parse(record.startedAt);
    const endedAt = Date.parse(record.endedAt);
    const playedAt = Math.min(endedAt, round.receivedAt);
    touchScreen.run(round.receivedAt, round.screenId);
    insertRound.run(
      record.id, record.pack.id, record.pack.version, record.game.id, record.game.version, record.sdk, record.seed,
      round.screenId, startedAt, endedAt, record.endReason, round.maxPointsPerSeat, round.recordHash, round.receivedAt,
    );
    const results = new Map(round.seatResults.map((r) => [r.seat, r]));
    for (const seat of record.seats) {
      const result = results.get(seat.seat);
      if (!result) throw new Error(`no result was derived for seat "${seat.seat}"`);
      insertSeat.run(
        record.id, seat.seat, seat.input, seat.playerCard ?? null, seat.team ?? null, record.pack.id, playedAt,
        result.points, result.centreScore, result.correct, result.answered,
      );
    }
    record.scoreLines.forEach((line, i) => {
      insertScoreLine.run(record.id, i, line.seat, line.points, line.reason, line.atMs);
    });
    record.evidence.forEach((e, i) => {
      insertEvidence.run(record.id, i, e.seat, e.objective, e.item, e.outcome, 'response' in e ? (e.response ?? null) : null, e.responseMs ?? null, e.attempt, e.atMs);
    });
    tally(round);
    mastery(round);
    queueForLrs.run(record.id, round.receivedAt);
    return { outcome: 'stored' };
  });

  return (round) => write.immediate(round);
}

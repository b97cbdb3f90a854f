import { observationOf } from '../../shared/mastery/observation';
import type { Outcome } from '../../shared/round/round-record';
import type { SqliteDatabase } from '../store/database';

/**
 * One card's answers per objective, oldest first: rounds in the order they were played, evidence
 * in the order it was recorded. Only what observationOf keeps (answered, first attempt).
 */
export type CardAnswers = Map<string, boolean[]>;

/** Prepares the per-card query once; guest seats (no card) never appear. */
export function cardAnswerReader(db: SqliteDatabase): (card: string) => CardAnswers {
  const evidence = db.prepare<[string], { objective_id: string; outcome: Outcome; attempt: number }>(
    `SELECT e.objective_id, e.outcome, e.attempt
     FROM round_seats rs
     JOIN rounds r ON r.id = rs.round_id
     JOIN evidence e ON e.round_id = rs.round_id AND e.seat = rs.seat
     WHERE rs.player_card_id = ?
     ORDER BY r.started_at, rs.round_id, e.line_no`,
  );
  return (card) => {
    const byObjective: CardAnswers = new Map();
    for (const row of evidence.iterate(card)) {
      const correct = observationOf(row);
      if (correct === undefined) continue;
      const answers = byObjective.get(row.objective_id);
      if (answers) answers.push(correct);
      else byObjective.set(row.objective_id, [correct]);
    }
    return byObjective;
  };
}

/** Every card that has seats or mastery rows (a card whose evidence is gone still has rows to clear). */
export function cardsWithMastery(db: SqliteDatabase): string[] {
  return db
    .prepare<[], { id: string }>(
      `SELECT player_card_id AS id FROM round_seats WHERE player_card_id IS NOT NULL
       UNION SELECT player_card_id FROM mastery`,
    )
    .all()
    .map((row) => row.id);
}

import { observationOf } from '../../shared/mastery/observation';
import { updateKnown } from '../../shared/mastery/knowledge-trace';
import type { SqliteDatabase } from '../store/database';
import type { AdmittedRound } from '../store/store';
import { parameterLookup } from './parameter-table';

/**
 * Updates the mastery of every signed-in seat of a round, one answer at a time in the order the
 * round recorded them. Called inside the round's transaction (sqlite-rounds.ts), so mastery never
 * counts a round that was not stored. Guest seats have no card and are skipped; so is evidence
 * that is no observation (unanswered, or a later attempt).
 */
export function createMasteryWriter(db: SqliteDatabase): (round: Pick<AdmittedRound, 'record' | 'receivedAt'>) => void {
  const parametersOf = parameterLookup(db);
  const current = db.prepare<[string, string], { p_known: number; answers: number }>(
    'SELECT p_known, answers FROM mastery WHERE player_card_id = ? AND objective_id = ?',
  );
  const save = db.prepare(
    `INSERT INTO mastery (player_card_id, objective_id, p_known, answers, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (player_card_id, objective_id) DO UPDATE SET
       p_known = excluded.p_known, answers = excluded.answers, updated_at = excluded.updated_at`,
  );

  return ({ record, receivedAt }) => {
    const cards = new Map(record.seats.flatMap((s) => (s.playerCard ? [[s.seat, s.playerCard] as const] : [])));
    if (cards.size === 0) return;
    // card → objective → answers, in record order.
    const answers = new Map<string, Map<string, boolean[]>>();
    for (const evidence of record.evidence) {
      const card = cards.get(evidence.seat);
      const correct = card === undefined ? undefined : observationOf(evidence);
      if (card === undefined || correct === undefined) continue;
      const byObjective = answers.get(card) ?? new Map<string, boolean[]>();
      answers.set(card, byObjective);
      const list = byObjective.get(evidence.objective);
      if (list) list.push(correct);
      else byObjective.set(evidence.objective, [correct]);
    }
    for (const [card, byObjective] of answers) {
      for (const [objective, list] of byObjective) {
        const parameters = parametersOf(objective);
        const before = current.get(card, objective);
        let pKnown = before?.p_known ?? parameters.pInit;
        for (const correct of list) pKnown = updateKnown(pKnown, correct, parameters);
        save.run(card, objective, pKnown, (before?.answers ?? 0) + list.length, receivedAt);
      }
    }
  };
}

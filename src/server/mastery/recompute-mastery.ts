import { traceKnown } from '../../shared/mastery/knowledge-trace';
import type { SqliteDatabase } from '../store/database';
import { cardAnswerReader, cardsWithMastery } from './card-answers';
import { parameterLookup } from './parameter-table';

/**
 * Cards recomputed per transaction. Each slice holds the write lock for a few milliseconds, so a
 * round arriving meanwhile waits at most that long, and a round stored between two slices is
 * counted either way (its card's slice reads the evidence inside its own transaction).
 */
export const CARDS_PER_SLICE = 20;

export interface RecomputeReport {
  cards: number;
  rows: number;
}

/**
 * Derives every card's mastery again from its evidence with the parameters now in force: after a
 * fit, and when the tables are created. Each card's rows are replaced whole, so an objective the
 * card no longer has evidence for loses its row.
 */
export function recomputeMastery(db: SqliteDatabase, options: { now: number; cardsPerSlice?: number }): RecomputeReport {
  const parametersOf = parameterLookup(db);
  const answersOf = cardAnswerReader(db);
  const clear = db.prepare('DELETE FROM mastery WHERE player_card_id = ?');
  const insert = db.prepare('INSERT INTO mastery (player_card_id, objective_id, p_known, answers, updated_at) VALUES (?, ?, ?, ?, ?)');
  const slice = db.transaction((cards: readonly string[]) => {
    let rows = 0;
    for (const card of cards) {
      clear.run(card);
      for (const [objective, answers] of answersOf(card)) {
        insert.run(card, objective, traceKnown(answers, parametersOf(objective)), answers.length, options.now);
        rows++;
      }
    }
    return rows;
  });
  const cards = cardsWithMastery(db);
  const size = options.cardsPerSlice ?? CARDS_PER_SLICE;
  let rows = 0;
  // Inside a migration the caller's transaction is open already: run the slices as part of it.
  const run = (part: readonly string[]) => (db.inTransaction ? slice(part) : slice.immediate(part));
  for (let i = 0; i < cards.length; i += size) rows += run(cards.slice(i, i + size));
  return { cards: cards.length, rows };
}

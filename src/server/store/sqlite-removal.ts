import { traceKnown } from '../../shared/mastery/knowledge-trace';
import { normaliseCardCode } from '../../shared/player-card/card-code';
import { cardAnswerReader } from '../mastery/card-answers';
import { parameterLookup } from '../mastery/parameter-table';
import type { SqliteDatabase } from './database';
import { rebuildTallies } from './sqlite-tallies';

export interface RemovedRound {
  id: string;
  packId: string;
  screenId: string;
  receivedAt: number;
  seats: number;
  evidence: number;
  /** Cards that had a seat in it: their tallies and mastery were derived again. */
  cards: string[];
}

export interface RemovedCard {
  id: string;
  code: string;
  pseudonym: string;
  /** Seats the card held, now guest seats. */
  seats: number;
}

/**
 * Takes a round off the leaderboards for good (a forged one): its seats, score lines and evidence
 * go with it (the schema cascades), the all-time tallies are rebuilt from what stays, and the
 * mastery of its cards is derived again from their remaining evidence. One transaction: a failure
 * leaves the round and every count as they were.
 */
export function removeRound(db: SqliteDatabase, id: string, now: number): RemovedRound | undefined {
  return db.transaction(() => {
    const round = db
      .prepare<[string], { id: string; packId: string; screenId: string; receivedAt: number }>(
        'SELECT id, pack_id AS packId, screen_id AS screenId, received_at AS receivedAt FROM rounds WHERE id = ?',
      )
      .get(id);
    if (!round) return undefined;
    const count = (table: string) => db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE round_id = ?`).get(id)!.n;
    const seats = count('round_seats');
    const evidence = count('evidence');
    const cards = db
      .prepare<[string], { card: string }>('SELECT DISTINCT player_card_id AS card FROM round_seats WHERE round_id = ? AND player_card_id IS NOT NULL')
      .all(id)
      .map((row) => row.card);
    db.prepare('DELETE FROM rounds WHERE id = ?').run(id);
    rebuildTallies(db);
    deriveMasteryAgain(db, cards, now);
    return { ...round, seats, evidence, cards };
  }).immediate();
}

/**
 * Erases a player card (a forged or abusive one), found by its id or its code as typed: the card,
 * its tallies, mastery and seat tokens go (the schema cascades), its seats stay as guest seats, and
 * the tallies are rebuilt so those seats count among guests.
 */
export function removeCard(db: SqliteDatabase, codeOrId: string): RemovedCard | undefined {
  return db.transaction(() => {
    const card = db
      .prepare<[string, string], { id: string; code: string; pseudonym: string }>('SELECT id, code, pseudonym FROM player_cards WHERE id = ? OR code = ?')
      .get(codeOrId, normaliseCardCode(codeOrId));
    if (!card) return undefined;
    const seats = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM round_seats WHERE player_card_id = ?').get(card.id)!.n;
    db.prepare('DELETE FROM player_cards WHERE id = ?').run(card.id);
    rebuildTallies(db);
    return { ...card, seats };
  }).immediate();
}

/** Each card's mastery rows replaced by what its evidence now gives (as recompute-mastery.ts does). */
function deriveMasteryAgain(db: SqliteDatabase, cards: readonly string[], now: number): void {
  if (cards.length === 0) return;
  const parametersOf = parameterLookup(db);
  const answersOf = cardAnswerReader(db);
  const clear = db.prepare('DELETE FROM mastery WHERE player_card_id = ?');
  const insert = db.prepare('INSERT INTO mastery (player_card_id, objective_id, p_known, answers, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (const card of cards) {
    clear.run(card);
    for (const [objective, answers] of answersOf(card)) insert.run(card, objective, traceKnown(answers, parametersOf(objective)), answers.length, now);
  }
}

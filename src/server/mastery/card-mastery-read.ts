import type { SqliteDatabase } from '../store/database';

/** One stored mastery row of a card: P(known) after `answers` answers. */
export interface StoredObjectiveMastery {
  objective: string;
  pKnown: number;
  answers: number;
}

/** What a card's own progress page needs: its mastery rows, and the packs it played, last played first. */
export interface StoredCardMastery {
  rows: StoredObjectiveMastery[];
  packsPlayed: string[];
}

/**
 * Reads one card's mastery and the packs it has played. Both queries go through the card's own
 * key (the mastery primary key, `round_seats_by_card`), so no other card's row is ever read.
 */
export function createCardMasteryRead(db: SqliteDatabase): (cardId: string) => StoredCardMastery {
  const rows = db.prepare<[string], StoredObjectiveMastery>(
    'SELECT objective_id AS objective, p_known AS pKnown, answers FROM mastery WHERE player_card_id = ? ORDER BY objective_id',
  );
  const packs = db.prepare<[string], { pack: string }>(
    'SELECT pack_id AS pack FROM round_seats WHERE player_card_id = ? GROUP BY pack_id ORDER BY MAX(played_at) DESC, pack_id',
  );
  return (cardId) => ({ rows: rows.all(cardId), packsPlayed: packs.all(cardId).map((p) => p.pack) });
}

import type { CardErasure } from '../../shared/api/educator-privacy';
import type { SqliteDatabase } from '../store/database';
import { rebuildTallies } from '../store/sqlite-tallies';

/**
 * Erases one card and everything of it, in one transaction: its evidence, score lines and seats
 * (a round left with no seat goes too), then the card itself — which takes its tallies, mastery,
 * seat tokens and group memberships with it (ON DELETE CASCADE) and clears its id from the access
 * log (SET NULL). The leaderboard tallies are rebuilt, since team tallies counted its seats.
 * Undefined when no such card exists.
 */
export function eraseCard(db: SqliteDatabase, cardId: string): CardErasure | undefined {
  return db.transaction((): CardErasure | undefined => {
    if (!db.prepare('SELECT 1 FROM player_cards WHERE id = ?').get(cardId)) return undefined;
    const seats = 'SELECT round_id, seat FROM round_seats WHERE player_card_id = ?';
    const rounds = db.prepare<[string], { round_id: string }>('SELECT DISTINCT round_id FROM round_seats WHERE player_card_id = ?').all(cardId);
    const evidence = db.prepare(`DELETE FROM evidence WHERE (round_id, seat) IN (${seats})`).run(cardId).changes;
    const scoreLines = db.prepare(`DELETE FROM score_lines WHERE (round_id, seat) IN (${seats})`).run(cardId).changes;
    const seatRows = db.prepare('DELETE FROM round_seats WHERE player_card_id = ?').run(cardId).changes;
    const emptyRound = db.prepare('DELETE FROM rounds WHERE id = ? AND NOT EXISTS (SELECT 1 FROM round_seats WHERE round_id = ?)');
    let removedRounds = 0;
    for (const { round_id } of rounds) removedRounds += emptyRound.run(round_id, round_id).changes;
    db.prepare('DELETE FROM player_cards WHERE id = ?').run(cardId);
    rebuildTallies(db);
    return { cardId, rounds: removedRounds, seats: seatRows, evidence, scoreLines };
  }).immediate();
}

import type { CardExport } from '../../shared/api/educator-privacy';
import type { SqliteDatabase } from '../store/database';

/**
 * Every row the store keeps about one card, table by table. Rounds are shared with other seats:
 * the export holds the card's own seat, score lines and evidence, and of the round only what
 * describes it (pack, times), never the other seats. Seat tokens are listed without their hash.
 * tests/server/privacy-card.test.ts proves that every table naming the card appears here.
 */
export function exportCard(db: SqliteDatabase, cardId: string, now: number): CardExport | undefined {
  const card = db
    .prepare<[string], CardExport['card']>('SELECT id, code, pseudonym, avatar, created_at AS createdAt FROM player_cards WHERE id = ?')
    .get(cardId);
  if (!card) return undefined;
  const rows = (sql: string) => db.prepare<[string], Record<string, unknown>>(sql).all(cardId);
  const seats = `SELECT round_id, seat FROM round_seats WHERE player_card_id = ?`;
  return {
    exportedAt: new Date(now).toISOString(),
    card,
    tables: {
      rounds: rows(
        `SELECT r.id, r.pack_id, r.pack_version, r.game_id, r.game_version, r.started_at, r.ended_at, r.end_reason, r.max_points_per_seat
         FROM rounds r WHERE r.id IN (SELECT round_id FROM round_seats WHERE player_card_id = ?) ORDER BY r.started_at`,
      ),
      round_seats: rows('SELECT * FROM round_seats WHERE player_card_id = ? ORDER BY played_at'),
      score_lines: rows(`SELECT s.* FROM score_lines s JOIN (${seats}) m ON m.round_id = s.round_id AND m.seat = s.seat ORDER BY s.round_id, s.line_no`),
      evidence: rows(`SELECT e.* FROM evidence e JOIN (${seats}) m ON m.round_id = e.round_id AND m.seat = e.seat ORDER BY e.round_id, e.line_no`),
      player_pack_tallies: rows('SELECT * FROM player_pack_tallies WHERE player_card_id = ?'),
      mastery: rows('SELECT * FROM mastery WHERE player_card_id = ?'),
      seat_tokens: rows('SELECT screen_id, seat, issued_at, expires_at FROM seat_tokens WHERE player_card_id = ?'),
      group_cards: rows('SELECT gc.group_id, g.name AS group_name, gc.added_at FROM group_cards gc JOIN educator_groups g ON g.id = gc.group_id WHERE gc.player_card_id = ?'),
      access_log: rows('SELECT id, at, educator_login, action, group_id, detail FROM access_log WHERE player_card_id = ? ORDER BY id'),
    },
  };
}

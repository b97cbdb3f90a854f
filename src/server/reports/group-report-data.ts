import type { Avatar } from '../../shared/seat-style';
import type { SqliteDatabase } from '../store/database';
import type { PeriodRange } from './report-period';

/** Whether migration 5's mastery table is there: reports read it when it is, and say null when not. */
export function hasMasteryTables(db: SqliteDatabase): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mastery'").get();
}

export interface CardRef {
  cardId: string;
  pseudonym: string;
  /** As the store keeps it: one of AVATARS (the card schema refused any other). */
  avatar: Avatar;
}

export function groupCards(db: SqliteDatabase, groupId: string): CardRef[] {
  return db
    .prepare<[string], CardRef>(
      `SELECT p.id AS cardId, p.pseudonym, p.avatar FROM group_cards gc JOIN player_cards p ON p.id = gc.player_card_id
       WHERE gc.group_id = ? ORDER BY p.pseudonym, p.id`,
    )
    .all(groupId);
}

/** One piece of evidence of a group card's seat in the period. */
export interface GroupEvidence {
  card: string;
  roundId: string;
  packId: string;
  objectiveId: string;
  item: string;
  outcome: 'correct' | 'wrong' | 'unanswered';
  response: string | null;
  attempt: number;
}

/**
 * The group's evidence in the period, seat by seat: from the group's cards, through their seats
 * played in the period (round_seats_by_card_time), to the evidence of each seat (its key prefix).
 */
export function groupEvidence(db: SqliteDatabase, groupId: string, period: PeriodRange): GroupEvidence[] {
  return db
    .prepare<[string, number, number], GroupEvidence>(
      `SELECT rs.player_card_id AS card, rs.round_id AS roundId, rs.pack_id AS packId, e.objective_id AS objectiveId, e.item,
              e.outcome, e.response, e.attempt
       FROM group_cards gc
       JOIN round_seats rs ON rs.player_card_id = gc.player_card_id
       JOIN evidence e ON e.round_id = rs.round_id AND e.seat = rs.seat
       WHERE gc.group_id = ? AND rs.played_at >= ? AND rs.played_at < ?`,
    )
    .all(groupId, period.start, period.end);
}

import type { Help } from '../../shared/api/educator-reports';
import type { SqliteDatabase } from '../store/database';
import { groupCards, hasMasteryTables } from './group-report-data';

/** Low mastery: P(known) below this… */
export const HELP_BELOW = 0.4;
/** …after at least this many answers (fewer says more about the prior than about the child). */
export const HELP_MIN_ANSWERS = 5;

/** Cards of the group with a low mastery after enough answers, on which objectives; weakest first. */
export function helpReport(db: SqliteDatabase, groupId: string): Help {
  const threshold = { pKnownBelow: HELP_BELOW, minAnswers: HELP_MIN_ANSWERS };
  if (!hasMasteryTables(db)) return { groupId, threshold, cards: [] };
  const rows = db
    .prepare<[string, number, number], { card: string; objectiveId: string; pKnown: number; answers: number }>(
      `SELECT m.player_card_id AS card, m.objective_id AS objectiveId, m.p_known AS pKnown, m.answers
       FROM group_cards gc JOIN mastery m ON m.player_card_id = gc.player_card_id
       WHERE gc.group_id = ? AND m.p_known < ? AND m.answers >= ?
       ORDER BY m.p_known, m.objective_id`,
    )
    .all(groupId, HELP_BELOW, HELP_MIN_ANSWERS);
  const byCard = new Map(groupCards(db, groupId).map((card) => [card.cardId, card]));
  const help = new Map<string, Help['cards'][number]>();
  for (const row of rows) {
    const card = byCard.get(row.card)!;
    const line = help.get(row.card) ?? { ...card, objectives: [] };
    line.objectives.push({ objectiveId: row.objectiveId, pKnown: row.pKnown, answers: row.answers });
    help.set(row.card, line);
  }
  return { groupId, threshold, cards: [...help.values()] };
}

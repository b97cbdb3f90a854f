import type { Help } from '../../shared/api/educator-reports';
import type { SqliteDatabase } from '../store/database';
import { groupCards, hasMasteryTables } from './group-report-data';
import { objectiveTitles, type TitleOf } from './objective-titles';

/**
 * When a card "needs help" on an objective (docs/educator-guide.md, "who needs help"): its mastery
 * P(known) is below `pKnownBelow` after at least `minAnswers` answers. Under 5 answers P(known)
 * says more about the starting values and one bad round than about the child; below 0.4 the
 * answers themselves point to not knowing yet (with the default values one right answer alone
 * lifts 0.3 to about 0.7). The report sends these values, so the dashboard states the rule applied.
 */
export const HELP_THRESHOLD = { pKnownBelow: 0.4, minAnswers: 5 } as const;

/** Cards of the group with a low mastery after enough answers, on which objectives; weakest first. */
export function helpReport(db: SqliteDatabase, groupId: string, titleOf: TitleOf): Help {
  const threshold = { ...HELP_THRESHOLD };
  if (!hasMasteryTables(db)) return { groupId, threshold, cards: [], objectiveTitles: {} };
  const rows = db
    .prepare<[string, number, number], { card: string; objectiveId: string; pKnown: number; answers: number }>(
      `SELECT m.player_card_id AS card, m.objective_id AS objectiveId, m.p_known AS pKnown, m.answers
       FROM group_cards gc JOIN mastery m ON m.player_card_id = gc.player_card_id
       WHERE gc.group_id = ? AND m.p_known < ? AND m.answers >= ?
       ORDER BY m.p_known, m.objective_id`,
    )
    .all(groupId, threshold.pKnownBelow, threshold.minAnswers);
  const byCard = new Map(groupCards(db, groupId).map((card) => [card.cardId, card]));
  const help = new Map<string, Help['cards'][number]>();
  for (const row of rows) {
    const card = byCard.get(row.card)!;
    const line = help.get(row.card) ?? { ...card, objectives: [] };
    line.objectives.push({ objectiveId: row.objectiveId, pKnown: row.pKnown, answers: row.answers });
    help.set(row.card, line);
  }
  return { groupId, threshold, cards: [...help.values()], objectiveTitles: objectiveTitles(rows.map((row) => row.objectiveId), titleOf) };
}

import type { Heatmap } from '../../shared/api/educator-reports';
import type { SqliteDatabase } from '../store/database';
import { hasMasteryTables, type CardRef } from './group-report-data';

/**
 * Cards × objectives of one group: each cell is the card's mastery of the objective now and how
 * many answers it rests on. It reads the mastery table (kept up to date as rounds are stored, and
 * derived from the evidence), one row per cell, rather than the evidence behind the cells; cards
 * come in id order so the rows arrive already in matrix order (both tables' keys are sorted).
 */
export function heatmapReport(db: SqliteDatabase, groupId: string): Heatmap {
  const cards = db
    .prepare<[string], CardRef>(
      `SELECT p.id AS cardId, p.pseudonym, p.avatar FROM group_cards gc JOIN player_cards p ON p.id = gc.player_card_id
       WHERE gc.group_id = ? ORDER BY gc.player_card_id`,
    )
    .all(groupId);
  if (!hasMasteryTables(db)) return { groupId, objectives: [], cards, pKnown: cards.map(() => []), answers: cards.map(() => []) };
  const rows = db
    .prepare<[string], [string, string, number, number]>(
      `SELECT m.player_card_id, m.objective_id, m.p_known, m.answers
       FROM group_cards gc JOIN mastery m ON m.player_card_id = gc.player_card_id
       WHERE gc.group_id = ? ORDER BY gc.player_card_id, m.objective_id`,
    )
    .raw()
    .all(groupId);
  const objectiveSet = new Set<string>();
  for (const row of rows) objectiveSet.add(row[1]);
  const objectives = [...objectiveSet].sort();
  const objectiveIndex = new Map(objectives.map((id, i) => [id, i]));
  const pKnown = cards.map(() => new Array<number | null>(objectives.length).fill(null));
  const answers = cards.map(() => new Array<number>(objectives.length).fill(0));
  let c = -1;
  let current = '';
  for (const [card, objective, p, n] of rows) {
    if (card !== current) {
      current = card;
      // Same order on both sides: move to the card's row.
      while (cards[++c]!.cardId !== card);
    }
    const o = objectiveIndex.get(objective)!;
    pKnown[c]![o] = Math.round(p * 1000) / 1000;
    answers[c]![o] = n;
  }
  return { groupId, objectives, cards, pKnown, answers };
}

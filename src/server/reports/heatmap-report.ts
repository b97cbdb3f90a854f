import type { Heatmap } from '../../shared/api/educator-reports';
import type { SqliteDatabase } from '../store/database';
import { groupCards, hasMasteryTables } from './group-report-data';

/**
 * Cards × objectives of one group: each cell is the card's mastery of the objective now and how
 * many answers it rests on (the mastery table, kept up to date as rounds are stored, so the map
 * reads one row per cell rather than the evidence behind it). Objectives are those any card of the
 * group has a mastery of, in id order.
 */
export function heatmapReport(db: SqliteDatabase, groupId: string): Heatmap {
  const cards = groupCards(db, groupId);
  if (!hasMasteryTables(db)) return { groupId, objectives: [], cards, cells: [] };
  const rows = db
    .prepare<[string], [string, string, number, number]>(
      `SELECT m.player_card_id, m.objective_id, m.p_known, m.answers
       FROM group_cards gc JOIN mastery m ON m.player_card_id = gc.player_card_id WHERE gc.group_id = ?`,
    )
    .raw()
    .all(groupId);
  const objectives = [...new Set(rows.map((row) => row[1]))].sort();
  const objectiveIndex = new Map(objectives.map((id, i) => [id, i]));
  const cardIndex = new Map(cards.map((card, i) => [card.cardId, i]));
  const cells = rows.map(([card, objective, pKnown, answers]): [number, number, number, number] => [cardIndex.get(card)!, objectiveIndex.get(objective)!, pKnown, answers]);
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { groupId, objectives, cards, cells };
}

import type { Heatmap } from '../../shared/api/educator-reports';
import type { SqliteDatabase } from '../store/database';
import { hasMasteryTables, type CardRef } from './group-report-data';
import { objectiveTitles, type TitleOf } from './objective-titles';

/** Between the values group_concat joins: a control character no objective id holds. */
const SEPARATOR = '\u001f';

/**
 * Cards × objectives of one group: each cell is the card's mastery of the objective now and how
 * many answers it rests on. It reads the mastery table (kept up to date as rounds are stored, and
 * derived from the evidence), not the evidence behind the cells. SQLite joins each card's cells
 * into one row (group_concat): a thousand rows of three strings cost a third of what fifty thousand
 * rows of four values do in better-sqlite3.
 */
export function heatmapReport(db: SqliteDatabase, groupId: string, titleOf: TitleOf): Heatmap {
  const cards = db
    .prepare<[string], CardRef>(
      `SELECT p.id AS cardId, p.pseudonym, p.avatar FROM group_cards gc JOIN player_cards p ON p.id = gc.player_card_id
       WHERE gc.group_id = ? ORDER BY gc.player_card_id`,
    )
    .all(groupId);
  if (!hasMasteryTables(db)) return { groupId, objectives: [], cards, pKnown: cards.map(() => []), answers: cards.map(() => []), objectiveTitles: {} };
  const rows = db
    .prepare<[string, string, string, string], [string, string, string, string]>(
      `SELECT gc.player_card_id, group_concat(m.objective_id, ?), group_concat(round(m.p_known, 3), ?), group_concat(m.answers, ?)
       FROM group_cards gc JOIN mastery m ON m.player_card_id = gc.player_card_id
       WHERE gc.group_id = ? GROUP BY gc.player_card_id ORDER BY gc.player_card_id`,
    )
    .raw()
    .all(SEPARATOR, SEPARATOR, SEPARATOR, groupId)
    .map(([card, objectives, pKnown, answers]) => ({ card, objectives: objectives.split(SEPARATOR), pKnown: pKnown.split(SEPARATOR), answers: answers.split(SEPARATOR) }));
  const objectiveSet = new Set<string>();
  for (const row of rows) for (const objective of row.objectives) objectiveSet.add(objective);
  const objectives = [...objectiveSet].sort();
  const objectiveIndex = new Map(objectives.map((id, i) => [id, i]));
  const pKnown = cards.map(() => new Array<number | null>(objectives.length).fill(null));
  const answers = cards.map(() => new Array<number>(objectives.length).fill(0));
  let c = -1;
  for (const row of rows) {
    // Cards and rows come in the same (key) order: move to the row's card.
    while (cards[++c]!.cardId !== row.card);
    row.objectives.forEach((objective, k) => {
      const o = objectiveIndex.get(objective)!;
      pKnown[c]![o] = Number(row.pKnown[k]);
      answers[c]![o] = Number(row.answers[k]);
    });
  }
  return { groupId, objectives, cards, pKnown, answers, objectiveTitles: objectiveTitles(objectives, titleOf) };
}

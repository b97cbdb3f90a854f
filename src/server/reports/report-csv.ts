import type { CardProgress, Heatmap, Help, Overview, Questions } from '../../shared/api/educator-reports';
import type { Language } from '../../shared/languages';
import { toCsv } from './csv';
import { titleIn } from './objective-titles';

/**
 * The CSV of each report: the columns docs/educator-guide.md ("CSV columns") describes, in that
 * order. `objective_title` is in the language the CSV was asked in (`lang`, French by default),
 * beside the id that stays the same in every language.
 */

export const overviewCsv = (r: Overview, lang: Language) =>
  toCsv(
    ['objective_id', 'objective_title', 'pack_id', 'cards', 'mastered', 'mean_p_known'],
    (r.masteryByObjective ?? []).map((o) => [o.objectiveId, titleIn(r.objectiveTitles, o.objectiveId, lang), o.packId, o.cards, o.mastered, round(o.meanPKnown)]),
  );

export const heatmapCsv = (r: Heatmap, lang: Language) =>
  toCsv(
    ['card_id', 'pseudonym', 'objective_id', 'objective_title', 'p_known', 'answers'],
    r.cards.flatMap((card, c) =>
      r.objectives.flatMap((objective, o) =>
        r.pKnown[c]![o] === null ? [] : [[card.cardId, card.pseudonym, objective, titleIn(r.objectiveTitles, objective, lang), r.pKnown[c]![o]!, r.answers[c]![o]!]],
      ),
    ),
  );

export const questionsCsv = (r: Questions, lang: Language) =>
  toCsv(
    ['pack_id', 'item', 'objective_id', 'objective_title', 'answered', 'correct', 'unanswered', 'share_correct', 'discrimination', 'top_wrong_response', 'top_wrong_count', 'to_check', 'flags'],
    r.items.map((q) => [
      q.packId, q.item, q.objectiveId, titleIn(r.objectiveTitles, q.objectiveId, lang), q.answered, q.correct, q.unanswered, round(q.shareCorrect), round(q.discrimination),
      q.topWrongResponse?.response, q.topWrongResponse?.count, q.toCheck, q.flags.join(' '),
    ]),
  );

export const helpCsv = (r: Help, lang: Language) =>
  toCsv(
    ['card_id', 'pseudonym', 'objective_id', 'objective_title', 'p_known', 'answers'],
    r.cards.flatMap((c) => c.objectives.map((o) => [c.cardId, c.pseudonym, o.objectiveId, titleIn(r.objectiveTitles, o.objectiveId, lang), round(o.pKnown), o.answers])),
  );

export const cardProgressCsv = (r: CardProgress) =>
  toCsv(
    ['round_id', 'pack_id', 'played_at', 'points', 'centre_score', 'correct', 'answered', 'items', 'accuracy'],
    r.lastRounds.map((x) => [x.roundId, x.packId, x.playedAt, x.points, x.centreScore, x.correct, x.answered, x.items, round(x.accuracy)]),
  );

/** Four decimals: enough for a share or a probability, short in a spreadsheet. */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

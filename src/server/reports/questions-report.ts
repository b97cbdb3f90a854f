import type { QuestionLine, Questions } from '../../shared/api/educator-reports';
import type { SqliteDatabase } from '../store/database';
import { groupEvidence } from './group-report-data';
import { MIN_PLAYERS, pointBiserial } from './item-discrimination';
import { objectiveTitles, type TitleOf } from './objective-titles';
import { periodView, type PeriodRange } from './report-period';

/** Below this share right, almost nobody knows the answer (or the key is wrong). */
export const ALMOST_NOBODY = 0.2;

interface ItemTally {
  packId: string;
  item: string;
  objectiveId: string;
  unanswered: number;
  /** card → right on its first attempt (its first answer to the item in the period). */
  firstAnswers: Map<string, boolean>;
  wrongResponses: Map<string, number>;
}

/**
 * Per item (pack and item id): answers of the group's cards in the period (a card's first answer
 * to the item counts once, as for mastery), share right, discrimination, and the wrong answer most
 * chosen. Flagged "to check" when almost nobody is right, everybody is right, or the
 * discrimination is negative — each only once MIN_PLAYERS cards answered it.
 */
export function questionsReport(db: SqliteDatabase, groupId: string, period: PeriodRange, titleOf: TitleOf): Questions {
  const items = new Map<string, ItemTally>();
  // card → pack → [right, answered] over first answers, for the rest scores.
  const cardPack = new Map<string, [number, number]>();
  for (const e of groupEvidence(db, groupId, period)) {
    const key = `${e.packId}\u0000${e.item}`;
    let tally = items.get(key);
    if (!tally) {
      tally = { packId: e.packId, item: e.item, objectiveId: e.objectiveId, unanswered: 0, firstAnswers: new Map(), wrongResponses: new Map() };
      items.set(key, tally);
    }
    if (e.outcome === 'unanswered') {
      tally.unanswered += 1;
      continue;
    }
    if (e.outcome === 'wrong' && e.response !== null) tally.wrongResponses.set(e.response, (tally.wrongResponses.get(e.response) ?? 0) + 1);
    if (e.attempt !== 1 || tally.firstAnswers.has(e.card)) continue;
    const right = e.outcome === 'correct';
    tally.firstAnswers.set(e.card, right);
    const packKey = `${e.card}\u0000${e.packId}`;
    const score = cardPack.get(packKey) ?? [0, 0];
    score[0] += right ? 1 : 0;
    score[1] += 1;
    cardPack.set(packKey, score);
  }

  const lines = [...items.values()].map((tally): QuestionLine => {
    const answers = [...tally.firstAnswers];
    const correct = answers.filter(([, right]) => right).length;
    const shareCorrect = answers.length > 0 ? correct / answers.length : null;
    const pairs = answers.flatMap(([card, right]) => {
      const [packRight, packAnswered] = cardPack.get(`${card}\u0000${tally.packId}`)!;
      const others = packAnswered - 1;
      return others > 0 ? [{ right, rest: (packRight - (right ? 1 : 0)) / others }] : [];
    });
    const discrimination = pointBiserial(pairs);
    const top = [...tally.wrongResponses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const flags: QuestionLine['flags'] = [];
    if (answers.length >= MIN_PLAYERS && shareCorrect !== null) {
      if (shareCorrect < ALMOST_NOBODY) flags.push('almost-nobody-right');
      if (shareCorrect === 1) flags.push('everybody-right');
    }
    if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
    return {
      packId: tally.packId,
      item: tally.item,
      objectiveId: tally.objectiveId,
      answered: answers.length,
      correct,
      unanswered: tally.unanswered,
      shareCorrect,
      discrimination,
      topWrongResponse: top ? { response: top[0], count: top[1] } : null,
      flags,
      toCheck: flags.length > 0,
    };
  });
  lines.sort((a, b) => (a.shareCorrect ?? 2) - (b.shareCorrect ?? 2) || a.packId.localeCompare(b.packId) || a.item.localeCompare(b.item));
  return { groupId, period: periodView(period), items: lines, objectiveTitles: objectiveTitles(lines.map((line) => line.objectiveId), titleOf) };
}

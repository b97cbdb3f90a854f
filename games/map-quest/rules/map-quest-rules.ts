import { itemRound, type ItemRoundState, type Mark, type SeatDraft } from '../../../src/sdk';
import type { MapQuestContent } from '../content-schema';
import { boardOf, lonLatAt } from './board';
import { isMarkerQuestion, roundItems, type MapItem } from './items';
import { arrondissementAt, choiceOutcome, markerOutcome } from './scoring';
import { seatAnswer, type SeatAnswer } from './seat-answer';

/** The rules' state, as scenes draw it and bots read it. */
export type MapQuestState = ItemRoundState<MapItem, SeatAnswer>;

const round1 = (n: number) => Math.round(n * 10) / 10;
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Marks one seat's answer when the question closes.
 *
 * Evidence: a seat that neither moved its marker nor locked it (or pressed no offered button) gave
 * no answer: `unanswered`, never wrong. A marker moved but not locked when the time ran out is the
 * seat's answer where it stands, as if locked at the last moment (its response time is the whole
 * answer time): the seat did aim, the lock only says "done" so the question can close early.
 */
export function markAnswer(item: MapItem, draft: SeatDraft<SeatAnswer>, content: MapQuestContent): Mark {
  const { answer } = draft;
  const question = item.question;
  if (isMarkerQuestion(question)) {
    if (!draft.locked && !answer.moved) return { outcome: 'unanswered', points: 0 };
    const board = boardOf(content);
    const at = lonLatAt(answer, board);
    const outcome = markerOutcome(question, at, content, board.map);
    // For reports: where the marker stood (lon,lat), or which arrondissement it chose.
    const response = question.kind === 'locate' ? `${at[0].toFixed(5)},${at[1].toFixed(5)}` : String(arrondissementAt(at, board.map) ?? 'outside');
    return {
      outcome: outcome.correct ? 'correct' : 'wrong',
      points: outcome.points,
      response,
      detail: {
        distanceM: Math.round(outcome.distanceM ?? 0),
        ...(outcome.inArrondissement !== undefined ? { inArrondissement: outcome.inArrondissement } : {}),
        at: [round6(at[0]), round6(at[1])],
      },
    };
  }
  const chosen = item.choices.find((c) => c.button === answer.choice)?.value ?? null;
  if (chosen === null) return { outcome: 'unanswered', points: 0 };
  const outcome = choiceOutcome(chosen, question.answer, content.scoring);
  return { outcome: outcome.correct ? 'correct' : 'wrong', points: outcome.points, response: chosen };
}

/**
 * The rules of map-quest, on the item-round block: each drawn question opens for the pack's
 * answer time (closing early once every seat has locked), is marked, and stays revealed for the
 * pack's reveal time; the round ends after the last reveal (the shell shows the standings).
 */
export const rules = itemRound<MapQuestContent, MapItem, SeatAnswer>({
  items: ({ content, random }) => roundItems(content, random),
  timing: (content) => ({ answerMs: content.round.answerSeconds * 1000, revealMs: content.round.revealSeconds * 1000, finalMs: 0 }),
  answer: seatAnswer,
  mark: (item, draft, { content }) => markAnswer(item, draft, content),
  itemView: (item, phase) => ({
    kind: item.question.kind,
    ...(item.choices.length ? { choices: item.choices } : {}),
    ...(phase === 'reveal' ? { truth: truthOf(item) } : {}),
  }),
  // Every marker is on the big screen while seats aim: its board position is part of the view.
  answerView: (answer, item) => (item.target ? { x: round1(answer.x), y: round1(answer.y), moved: answer.moved } : null),
});

/** The true answer, once revealed: the place or arrondissement on the map, or the right choice. */
function truthOf(item: MapItem): Record<string, unknown> {
  const question = item.question;
  if ('answer' in question) return { answer: question.answer };
  return item.target ? { at: item.target.at, point: { x: round1(item.target.point.x), y: round1(item.target.point.y) } } : {};
}

import type { ChoiceIndex, Random } from '../../../src/sdk';
import type { Direction, MapQuestContent, Question } from '../content-schema';
import type { LonLat, XY } from '../geo';
import { boardOf, boardPoint, lonLatAt, startPoint, type Board } from './board';
import { MOTION } from './marker-motion';
import { fullMarks, markerOutcome, pickQuestions, spotPoint } from './scoring';

/** The face button that answers each direction: Y on top is north, A below is south, X left is west, B right is east. */
export const DIRECTION_BUTTON: Record<Direction, ChoiceIndex> = { north: 3, east: 1, south: 0, west: 2 };

/** One answer a face button gives: a direction, or a place's id. */
export interface Choice {
  button: ChoiceIndex;
  value: string;
}

/** One question of a round, with what the rules work out once for it. */
export interface MapItem {
  id: string;
  objective: string;
  question: Question;
  /** Where the true answer is (a place, or an arrondissement's label point), on the map and on the board, on a marker question; null on a button question. */
  target: { at: LonLat; point: XY } | null;
  /** The answers a button question offers; none on a marker question. */
  choices: readonly Choice[];
  /** What the best play does: the grid point (reachable by d-pad steps from every start) worth the most, or the right button. */
  best: { aim: XY } | { button: ChoiceIndex };
}

/** Whether seats answer this question with their marker (rather than the face buttons). */
export function isMarkerQuestion(question: Question): question is Extract<Question, { kind: 'locate' | 'arrondissement' }> {
  return question.kind === 'locate' || question.kind === 'arrondissement';
}

/** The questions of one round, in the order they are asked. */
export function roundItems(content: MapQuestContent, random: Random): MapItem[] {
  return pickQuestions(content.questions, content.round.questions, random).map((question) => itemOf(question, content));
}

export function itemOf(question: Question, content: MapQuestContent): MapItem {
  const base = { id: question.id, objective: question.objective, question };
  if (isMarkerQuestion(question)) {
    const board = boardOf(content);
    const at = question.kind === 'locate' ? spotPoint({ place: question.place }, content.places, board.map) : spotPoint({ arrondissement: question.number }, [], board.map);
    return { ...base, target: { at, point: boardPoint(at, board) }, choices: [], best: { aim: bestAim(question, at, content, board) } };
  }
  const choices = choicesOf(question);
  const right = choices.find((c) => c.value === question.answer);
  if (!right) throw new Error(`map-quest: question "${question.id}" does not offer its own answer "${question.answer}"`);
  return { ...base, target: null, choices, best: { button: right.button } };
}

function choicesOf(question: Extract<Question, { kind: 'direction' | 'closer' }>): Choice[] {
  if (question.kind === 'direction') return question.choices.map((d) => ({ button: DIRECTION_BUTTON[d], value: d }));
  return question.options.map((id, i) => ({ button: i as ChoiceIndex, value: id }));
}

/** How far around the target, in d-pad steps, the best play looks for the point worth the most. */
const SEARCH_STEPS = 8;

const aims = new WeakMap<Question, XY>();

/**
 * The point of the step grid (the grid every starting marker lies on) nearest the target among
 * those worth full marks and right: a place near an arrondissement boundary may need a step to
 * the right side. Worked out once per question.
 */
function bestAim(question: Extract<Question, { kind: 'locate' | 'arrondissement' }>, target: LonLat, content: MapQuestContent, board: Board): XY {
  const known = aims.get(question);
  if (known) return known;
  const step = MOTION.stepPx;
  const origin = startPoint(0);
  const t = boardPoint(target, board);
  const ci = Math.round((t.x - origin.x) / step);
  const cj = Math.round((t.y - origin.y) / step);
  const candidates: XY[] = [];
  for (let i = ci - SEARCH_STEPS; i <= ci + SEARCH_STEPS; i++) {
    for (let j = cj - SEARCH_STEPS; j <= cj + SEARCH_STEPS; j++) candidates.push({ x: origin.x + i * step, y: origin.y + j * step });
  }
  const off = (p: XY) => Math.hypot(p.x - t.x, p.y - t.y);
  candidates.sort((a, b) => off(a) - off(b));
  const full = fullMarks(content.scoring);
  // None worth full marks (a pack the checker would flag): the nearest, and the kit reports the maximum out of reach.
  const aim = candidates.find((p) => {
    const outcome = markerOutcome(question, lonLatAt(p, board), content, board.map);
    return outcome.correct && outcome.points === full;
  }) ?? candidates[0]!;
  aims.set(question, aim);
  return aim;
}

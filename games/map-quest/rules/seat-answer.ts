import type { AnswerRules, ChoiceIndex, SeatAction } from '../../../src/sdk';
import type { XY } from '../geo';
import { BOARD, startPoint } from './board';
import type { MapItem } from './items';
import { MOTION, moveMarker, stepMarker, type MarkerState } from './marker-motion';

/**
 * A seat's answer to one question: its marker on the board (design pixels) and whether it has
 * moved it, or the face button it pressed.
 */
export interface SeatAnswer extends MarkerState {
  moved: boolean;
  choice: ChoiceIndex | null;
}

/**
 * How a seat answers. On a marker question, the stick (what the seat holds, every tick) and the
 * d-pad (steps) move its marker, confirm locks it, back unlocks it to move it again. On a button
 * question, the first offered face button is the answer, locked.
 */
export const seatAnswer: AnswerRules<MapItem, SeatAnswer> = {
  start: (_item, _seat, seatIndex) => ({ ...startPoint(seatIndex), heldMs: 0, moved: false, choice: null }),

  input(answer, action, item, { locked }) {
    if (item.target) {
      if (action.type === 'confirm' && !locked) return { lock: true };
      // The stick's ease-in starts again after an unlock: the seat is aiming anew.
      if (action.type === 'back' && locked) return { unlock: true, answer: { ...answer, heldMs: 0 } };
      if (action.type === 'step' && !locked) return moved(answer, stepMarker(answer, action, BOARD));
      return;
    }
    if (locked || action.type !== 'choice' || !item.choices.some((c) => c.button === action.choice)) return;
    return { answer: { ...answer, choice: action.choice }, lock: true };
  },

  tick(answer, held, item, { tickMs }) {
    if (!item.target) return;
    const next = moveMarker(answer, held.move, tickMs, BOARD);
    if (next.x === answer.x && next.y === answer.y && next.heldMs === answer.heldMs) return;
    return moved(answer, next);
  },

  best(answer, item) {
    if ('button' in item.best) return [{ type: 'choice', choice: item.best.button }];
    return [...stepsTo(answer, item.best.aim), { type: 'confirm' }];
  },
};

function moved(answer: SeatAnswer, next: MarkerState): { answer: SeatAnswer } {
  return { answer: { ...answer, ...next, moved: answer.moved || next.x !== answer.x || next.y !== answer.y } };
}

/** The d-pad steps (diagonal while both axes are off) from a marker to a point of its step grid. */
export function stepsTo(from: XY, to: XY): SeatAction[] {
  const steps: SeatAction[] = [];
  let dx = Math.round((to.x - from.x) / MOTION.stepPx);
  let dy = Math.round((to.y - from.y) / MOTION.stepPx);
  while (dx !== 0 || dy !== 0) {
    const x = Math.sign(dx) as -1 | 0 | 1;
    const y = Math.sign(dy) as -1 | 0 | 1;
    steps.push({ type: 'step', x, y });
    dx -= x;
    dy -= y;
  }
  return steps;
}

import type { ChoiceIndex } from '../rules/rules';

/** A rectangle on the 1920×1080 design screen, by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the answers sit: `diamond` like the pad's face buttons (Y top, X left, B right, A bottom), `list` as A, B, X, Y rows. */
export type AnswerLayout = 'diamond' | 'list';

/** Room between two answer boxes. */
export const ANSWER_GAP = 20;

/**
 * Where each offered answer's box goes inside `area`. In a diamond each button keeps its place on
 * the pad whatever is offered; in a list the offered buttons stack in A B X Y order.
 */
export function answerBoxes(layout: AnswerLayout, area: Box, offered: readonly ChoiceIndex[]): Partial<Record<ChoiceIndex, Box>> {
  if (offered.length === 0) throw new Error('answerBoxes: no answer is offered');
  const boxes: Partial<Record<ChoiceIndex, Box>> = {};
  if (layout === 'diamond') {
    const width = (area.width - ANSWER_GAP) / 2;
    const height = (area.height - 2 * ANSWER_GAP) / 3;
    const row = (n: number) => area.y + n * (height + ANSWER_GAP);
    const centre = area.x + (area.width - width) / 2;
    const places: Record<ChoiceIndex, { x: number; y: number }> = {
      3: { x: centre, y: row(0) },
      2: { x: area.x, y: row(1) },
      1: { x: area.x + area.width - width, y: row(1) },
      0: { x: centre, y: row(2) },
    };
    for (const choice of offered) boxes[choice] = { ...places[choice], width, height };
    return boxes;
  }
  const sorted = [...offered].sort((a, b) => a - b);
  const height = (area.height - (sorted.length - 1) * ANSWER_GAP) / sorted.length;
  sorted.forEach((choice, i) => (boxes[choice] = { x: area.x, y: area.y + i * (height + ANSWER_GAP), width: area.width, height }));
  return boxes;
}

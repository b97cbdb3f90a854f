import { describe, expect, it } from 'vitest';
import { ANSWER_GAP, answerBoxes } from './answer-panel-layout';
import { choiceKeyLabels, seatChoiceKey } from './choice-keys';

const AREA = { x: 96, y: 480, width: 1728, height: 490 };

describe('answerBoxes', () => {
  it('puts the diamond like the pad: Y on top, X left, B right, A below, none overlapping', () => {
    const boxes = answerBoxes('diamond', AREA, [0, 1, 2, 3]);
    expect(boxes[3]!.y).toBe(AREA.y);
    expect(boxes[2]!.x).toBe(AREA.x);
    expect(boxes[1]!.x + boxes[1]!.width).toBe(AREA.x + AREA.width);
    expect(boxes[0]!.y + boxes[0]!.height).toBeCloseTo(AREA.y + AREA.height);
    expect(boxes[2]!.y).toBe(boxes[1]!.y);
    expect(boxes[3]!.x).toBe(boxes[0]!.x);
    expect(boxes[1]!.x - (boxes[2]!.x + boxes[2]!.width)).toBe(ANSWER_GAP);
  });

  it('keeps each button in its place when only some are offered', () => {
    const boxes = answerBoxes('diamond', AREA, [1, 3]);
    expect(Object.keys(boxes)).toEqual(['1', '3']);
    expect(boxes[3]!.y).toBe(AREA.y);
  });

  it('stacks a list in A B X Y order over the whole area', () => {
    const boxes = answerBoxes('list', AREA, [3, 0, 1]);
    expect([boxes[0]!.y, boxes[1]!.y, boxes[3]!.y]).toEqual([...[boxes[0]!.y, boxes[1]!.y, boxes[3]!.y]].sort((a, b) => a - b));
    expect(boxes[0]!.y).toBe(AREA.y);
    expect(boxes[3]!.y + boxes[3]!.height).toBeCloseTo(AREA.y + AREA.height);
  });

  it('refuses an empty offer', () => {
    expect(() => answerBoxes('list', AREA, [])).toThrow(/no answer is offered/);
  });
});

describe('choice keys', () => {
  it('prints each keyboard seat’s key for each button, nothing for pads', () => {
    expect(choiceKeyLabels([{ id: 'pad-0' }, { id: 'kb-left' }, { id: 'kb-right' }])).toEqual(['1 · 7', '2 · 8', '3 · 9', '4 · 0']);
    expect(choiceKeyLabels([{ id: 'kb-right' }])).toEqual(['7', '8', '9', '0']);
    expect(choiceKeyLabels([{ id: 'pad-0' }])).toEqual(['', '', '', '']);
    expect(seatChoiceKey('kb-left', 3)).toBe('4');
    expect(seatChoiceKey('pad-1', 0)).toBeUndefined();
  });
});

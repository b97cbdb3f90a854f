import { THEME } from '../../../src/sdk/scene';

const { safe } = THEME;

/** Vertical bands of the question screen, in design pixels: header, timer, seats, question, answers. */
export const QUESTION_BANDS = {
  header: safe.y + 28,
  timerBar: { y: 120, height: 28 },
  seatStrip: 214,
  prompt: { top: 276, height: 190 },
  answers: { x: safe.x, y: 482, width: safe.width, height: 510 },
} as const;

/** Vertical bands of the reveal screen: header, question, answers as rows, seats, the fact. */
export const REVEAL_BANDS = {
  header: safe.y + 28,
  prompt: { top: 110, height: 90 },
  answers: { x: safe.x, y: 214, width: safe.width, height: 420 },
  seatStrip: 690,
  explanation: { top: 752, height: safe.y + safe.height - 752 },
} as const;

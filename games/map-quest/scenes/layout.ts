import { THEME } from '../../../src/sdk/scene';
import { BOARD } from '../rules/board';

const { safe } = THEME;

/** Where things sit on the 1920×1080 design screen. */
export const LAYOUT = {
  /** The question band at the top: progress, timer, question, hint. */
  header: { x: safe.x, y: safe.y, width: safe.width, height: 170 },
  /** The map: the board the rules move the markers on. */
  map: BOARD,
  /** The middle of the seat strip, along the bottom under the map. */
  stripY: safe.y + safe.height - 44,
} as const;

/** What draws over what: the answer panel, the reveal's lines and target, the markers over them, then numbers and names at the reveal, the header on top. */
export const DEPTH = {
  numbersUnderMarkers: 1,
  choicePanel: 10,
  reveal: 20,
  markers: 24,
  numbersAtReveal: 27,
  revealLabels: 28,
  header: 30,
} as const;

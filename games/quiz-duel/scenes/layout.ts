import type Phaser from 'phaser';
import type { ChoiceIndex } from '../../../src/sdk';
import { THEME } from '../../../src/sdk/scene';

const { safe } = THEME;
const centreX = THEME.width / 2;

/** The answer boxes of a question, laid out like the pad's face buttons: Y on top, X left, B right, A below. */
export const ANSWER_BOX = { width: 820, height: 150 } as const;
const ROW_Y = [555, 725, 895] as const;
const sideX = safe.x + ANSWER_BOX.width / 2;
export const DIAMOND: Record<ChoiceIndex, { x: number; y: number }> = {
  0: { x: centreX, y: ROW_Y[2] },
  1: { x: THEME.width - sideX, y: ROW_Y[1] },
  2: { x: sideX, y: ROW_Y[1] },
  3: { x: centreX, y: ROW_Y[0] },
};

/** Vertical bands of the question screen, in design pixels. */
export const QUESTION_BANDS = {
  header: safe.y + 28,
  timerBar: { y: 134, height: 32 },
  seatStrip: 204,
  prompt: { top: 250, height: 215 },
} as const;

/** Vertical bands of the reveal screen. */
export const REVEAL_BANDS = {
  header: safe.y + 26,
  prompt: { top: 104, height: 150 },
  rows: { top: 266, height: 92, gap: 10 },
  seatStrip: 730,
  explanation: { top: 782, height: safe.y + safe.height - 782 },
} as const;

/**
 * Shrinks a wrapped text until it fits `maxHeight`, never below `minSize` (the body size): long
 * French lines get smaller type instead of running off their box.
 */
export function fitText(text: Phaser.GameObjects.Text, maxHeight: number, minSize: number = THEME.size.body): Phaser.GameObjects.Text {
  let size = parseInt(String(text.style.fontSize), 10);
  while (text.height > maxHeight && size > minSize) {
    size = Math.max(minSize, size - 2);
    text.setFontSize(size);
  }
  return text;
}

/** A tick mark drawn with lines, so it shows whatever fonts the screen has. */
export function drawTick(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, colour: number): void {
  g.lineStyle(Math.max(6, size / 6), colour, 1);
  g.beginPath();
  g.moveTo(x - size * 0.45, y);
  g.lineTo(x - size * 0.12, y + size * 0.32);
  g.lineTo(x + size * 0.45, y - size * 0.35);
  g.strokePath();
}

/** Cuts a one-line text (a seat name) with "…" until it is no wider than `maxWidth`. */
export function fitWidth(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  const full = text.text;
  for (let length = full.length - 1; text.width > maxWidth && length > 0; length--) {
    text.setText(`${full.slice(0, length).trimEnd()}…`);
  }
  return text;
}

/** `#rrggbb` from a 0xRRGGBB colour, for text styles. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

export function colourNumber(css: string): number {
  return parseInt(css.slice(1), 16);
}

import type Phaser from 'phaser';
import type { ChoiceIndex } from '../../../src/sdk';
import { THEME } from '../../../src/sdk/scene';
import type { Direction } from '../content-schema';

const { safe } = THEME;

/** Where things sit on the 1920×1080 design screen. */
export const LAYOUT = {
  /** The question band at the top. */
  header: { x: safe.x, y: safe.y, width: safe.width, height: 170 },
  /** The map. */
  map: { x: safe.x, y: safe.y + 180, width: 1440, height: safe.height - 180 },
  /** The seats column on the right. */
  seats: { x: safe.x + 1460, y: safe.y + 180, width: safe.width - 1460, height: safe.height - 180 },
} as const;

/** The face button that answers each direction: Y on top is north, A below is south, X left is west, B right is east. */
export const DIRECTION_BUTTON: Record<Direction, ChoiceIndex> = { north: 3, east: 1, south: 0, west: 2 };

/** Shrinks a wrapped text until it fits `maxHeight`, never below `minSize`. */
export function fitText(text: Phaser.GameObjects.Text, maxHeight: number, minSize: number = THEME.size.small): Phaser.GameObjects.Text {
  let size = parseInt(String(text.style.fontSize), 10);
  while (text.height > maxHeight && size > minSize) {
    size = Math.max(minSize, size - 2);
    text.setFontSize(size);
  }
  return text;
}

/** Cuts a one-line text with "…" until it is no wider than `maxWidth`. */
export function fitWidth(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  const full = text.text;
  for (let length = full.length - 1; text.width > maxWidth && length > 0; length--) text.setText(`${full.slice(0, length).trimEnd()}…`);
  return text;
}

/** `#rrggbb` from 0xRRGGBB. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

import { THEME } from './theme';

/** What fitting needs of a text; a `Phaser.GameObjects.Text` has all of it. */
export interface FittableText {
  text: string;
  readonly width: number;
  readonly height: number;
  readonly style: { fontSize: string | number };
  setFontSize(size: number): unknown;
  setText(value: string): unknown;
  setWordWrapWidth(width: number | null, useAdvancedWrap?: boolean): unknown;
}

/** Type shrinks by this many pixels a step: fine enough to fill a box, few enough steps to be cheap. */
const STEP = 2;

/**
 * Fits a text in a box: wraps it at the box's width, shrinks its type until it fits, never under
 * `minSize` (THEME.size.small at the least, readable from ten metres); a text still too long at
 * that size loses its last words to "…" rather than spill out of its box.
 * @example
 * fitText(scene.add.text(x, y, prompt, textStyle(THEME.size.large)), { width: 1200, height: 200 });
 */
export function fitText<T extends FittableText>(text: T, box: { width: number; height: number }, options: { minSize?: number; wrap?: boolean } = {}): T {
  const minSize = options.minSize ?? THEME.size.small;
  if (minSize < THEME.size.small) throw new Error(`fitText: minSize ${minSize} is under THEME.size.small (${THEME.size.small}), unreadable from the back of the hall`);
  if (!(box.width > 0 && box.height > 0)) throw new Error(`fitText: the box ${box.width}×${box.height} has no room for "${text.text}"`);
  if (options.wrap !== false) text.setWordWrapWidth(box.width, true);
  const fits = () => text.width <= box.width && text.height <= box.height;
  let size = fontSizeOf(text);
  while (!fits() && size > minSize) {
    size = Math.max(minSize, size - STEP);
    text.setFontSize(size);
  }
  if (fits()) return text;
  const words = text.text.split(/\s+/);
  for (let count = words.length - 1; count > 0 && !fits(); count--) text.setText(`${words.slice(0, count).join(' ')}…`);
  if (!fits()) fitLine(text, box.width);
  return text;
}

/** Cuts a one-line text (a seat name) with "…" until it is no wider than `maxWidth`. */
export function fitLine<T extends FittableText>(text: T, maxWidth: number): T {
  const full = text.text.replace(/…$/, '');
  for (let length = full.length - 1; text.width > maxWidth && length > 0; length--) text.setText(`${full.slice(0, length).trimEnd()}…`);
  return text;
}

function fontSizeOf(text: FittableText): number {
  const size = typeof text.style.fontSize === 'number' ? text.style.fontSize : parseInt(text.style.fontSize, 10);
  if (!Number.isFinite(size)) throw new Error(`fitText: the text "${text.text}" has no pixel font size (${String(text.style.fontSize)})`);
  return size;
}

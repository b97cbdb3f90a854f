/** Every colour of the big screen as a 0xRRGGBB number: fills, strokes and (through `cssColour`) text. */
const PALETTE = {
  background: 0x0b1d33,
  panel: 0x16314f,
  panelLight: 0x23486f,
  text: 0xffffff,
  textDim: 0xc9d6e3,
  accent: 0xffd23f,
  good: 0x4fd18b,
  bad: 0xff7a7a,
} as const;

/** `#rrggbb` from a 0xRRGGBB colour: Phaser text styles want CSS strings. */
export function cssColour(colour: number): string {
  if (!Number.isInteger(colour) || colour < 0 || colour > 0xffffff) throw new Error(`cssColour: ${colour} is not a 0xRRGGBB colour`);
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/**
 * The big-screen look every scene shares: a 1920×1080 design size, a 5 % safe area, a legible
 * font, and type sizes readable from ten metres. Body text never goes below `size.body`.
 */
export const THEME = {
  width: 1920,
  height: 1080,
  /** 5 % of each side is kept free: televisions crop their edges. */
  safe: { x: 96, y: 54, width: 1728, height: 972 },
  font: '"Atkinson Hyperlegible", sans-serif',
  size: { small: 32, body: 40, large: 56, title: 80, huge: 128 },
  /** Every colour as a 0xRRGGBB number, for fills, strokes and (through `textStyle` or `cssColour`) text. */
  palette: PALETTE,
  /** Xbox face-button colours, always drawn with their letter so colour is never the only cue. */
  faceButtons: [
    { letter: 'A', colour: 0x2e9e44 },
    { letter: 'B', colour: 0xd8343a },
    { letter: 'X', colour: 0x2f6fd6 },
    { letter: 'Y', colour: 0xe2b400 },
  ],
  /** Keys that stand for the face buttons on each keyboard seat, in A B X Y order. */
  choiceKeys: { 'kb-left': ['1', '2', '3', '4'], 'kb-right': ['7', '8', '9', '0'] } as Record<string, readonly string[]>,
} as const;

/** Phaser text style for a given size and colour (a palette number, or a CSS string), in the shared font. */
export function textStyle(size: number, colour: number | string = THEME.palette.text, extra: Record<string, unknown> = {}) {
  return { fontFamily: THEME.font, fontSize: `${size}px`, color: typeof colour === 'number' ? cssColour(colour) : colour, ...extra };
}

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
  colour: {
    background: 0x0b1d33,
    panel: 0x16314f,
    panelLight: 0x23486f,
    text: '#ffffff',
    textDim: '#c9d6e3',
    accent: '#ffd23f',
    good: '#4fd18b',
    bad: '#ff7a7a',
  },
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

/** Phaser text style for a given size and colour, in the shared font. */
export function textStyle(size: number, colour: string = THEME.colour.text, extra: Record<string, unknown> = {}) {
  return { fontFamily: THEME.font, fontSize: `${size}px`, color: colour, ...extra };
}

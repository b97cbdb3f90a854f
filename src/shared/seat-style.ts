/**
 * Each seat is told apart by a colour *and* a shape, so players with a colour vision deficiency
 * never rely on colour alone. Colours are from the Okabe–Ito palette, chosen to stay distinct
 * under the common deficiencies, and bright enough on the dark big-screen background.
 */
export const SEAT_STYLES = [
  { colour: 0xe69f00, colourName: 'orange', shape: 'circle' },
  { colour: 0x56b4e9, colourName: 'sky', shape: 'square' },
  { colour: 0x009e73, colourName: 'green', shape: 'triangle' },
  { colour: 0xf0e442, colourName: 'yellow', shape: 'diamond' },
  { colour: 0xcc79a7, colourName: 'pink', shape: 'star' },
  { colour: 0xd55e00, colourName: 'vermilion', shape: 'hexagon' },
] as const;

export type SeatShape = (typeof SEAT_STYLES)[number]['shape'];
export type SeatStyle = (typeof SEAT_STYLES)[number];

/**
 * The style of a palette index, as a room names it to a phone (`style` in `joined`): the six
 * styles, then round again. A group of thirty shares them, and a seat's name tells it apart.
 */
export function seatStyleAt(index: number): SeatStyle {
  return SEAT_STYLES[((index % SEAT_STYLES.length) + SEAT_STYLES.length) % SEAT_STYLES.length]!;
}

/** Avatars a player picks from in the lobby; drawn with the screen's colour emoji font (see docs/operations.md). */
export const AVATARS = ['🦊', '🐼', '🦁', '🐸', '🐙', '🦉', '🐯', '🐨', '🦄', '🐧', '🐢', '🚀'] as const;
export type Avatar = (typeof AVATARS)[number];

import type { DeviceState } from './device-state';
import { normalise } from './pad-mapping';

/** The two keyboard seats. Key names are `KeyboardEvent.code` values. */
export const KEYBOARD_SEATS = {
  'kb-left': {
    up: ['KeyW'],
    down: ['KeyS'],
    left: ['KeyA'],
    right: ['KeyD'],
    confirm: ['Space'],
    back: ['KeyQ'],
    choices: ['Digit1', 'Digit2', 'Digit3', 'Digit4'],
  },
  'kb-right': {
    up: ['ArrowUp'],
    down: ['ArrowDown'],
    left: ['ArrowLeft'],
    right: ['ArrowRight'],
    confirm: ['Enter', 'NumpadEnter'],
    back: ['Backspace'],
    choices: ['Digit7', 'Digit8', 'Digit9', 'Digit0'],
  },
} as const;

export type KeyboardSeat = keyof typeof KEYBOARD_SEATS;

/**
 * Escape pauses: the one key everybody knows. It belongs to the keyboard as a whole, so it is
 * read once, through the left seat, and the round host accepts it whichever keyboard seat plays.
 */
export const PAUSE_KEYS = ['Escape'] as const;

/** Maps the keys held now (by `code`) to one keyboard seat's actions. */
export function keyboardState(seat: KeyboardSeat, held: ReadonlySet<string>): DeviceState {
  const keys = KEYBOARD_SEATS[seat];
  const any = (codes: readonly string[]) => codes.some((code) => held.has(code));
  const up = any(keys.up);
  const down = any(keys.down);
  const left = any(keys.left);
  const right = any(keys.right);
  const choice = (i: number) => held.has(keys.choices[i] as string);
  return {
    move: normalise((right ? 1 : 0) - (left ? 1 : 0), (down ? 1 : 0) - (up ? 1 : 0)),
    confirm: any(keys.confirm),
    back: any(keys.back),
    choices: [choice(0), choice(1), choice(2), choice(3)],
    pause: seat === 'kb-left' && any(PAUSE_KEYS),
    up,
    down,
    left,
    right,
  };
}

/** Every key code the screen listens to, so the browser's defaults (scrolling, back) stay off. */
export const CAPTURED_KEYS: readonly string[] = [
  ...Object.values(KEYBOARD_SEATS).flatMap((k) => [...k.up, ...k.down, ...k.left, ...k.right, ...k.confirm, ...k.back, ...k.choices]),
  ...PAUSE_KEYS,
];

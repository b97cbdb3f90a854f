import type { ChoiceIndex, SeatId } from '../rules/rules';
import { THEME } from './theme';

const CHOICES: readonly ChoiceIndex[] = [0, 1, 2, 3];

/** The key a keyboard seat presses for a face button (`'1'` for A on kb-left), or undefined for a pad. */
export function seatChoiceKey(seat: SeatId, choice: ChoiceIndex): string | undefined {
  return THEME.choiceKeys[seat]?.[choice];
}

/**
 * What to print beside each face button for the keyboard seats of this round, in A B X Y order:
 * `"1 · 7"` for A when both keyboard seats play, `""` when only pads do.
 */
export function choiceKeyLabels(seats: readonly { id: SeatId }[]): [string, string, string, string] {
  const [a, b, x, y] = CHOICES.map((choice) => seats.flatMap((seat) => seatChoiceKey(seat.id, choice) ?? []).join(' · '));
  return [a!, b!, x!, y!];
}

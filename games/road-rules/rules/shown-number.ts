/**
 * A number as the screen writes it in the round's language: French uses a decimal comma
 * ("4,5 m", "0,23 s"), English a point. Every distance and time the game shows goes through here,
 * so the two never disagree on one screen. No thousands grouping: the figures stay short.
 */
export function shownNumber(value: number, locale: string, digits: { min?: number; max: number } = { max: 1 }): string {
  if (!Number.isFinite(value)) throw new Error(`shownNumber: ${value} is not a finite number`);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits.min ?? 0, maximumFractionDigits: digits.max, useGrouping: false }).format(value);
}

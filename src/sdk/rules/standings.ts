import type { SeatId } from './rules';

/** One line of the final standings. */
export interface Standing {
  seat: SeatId;
  points: number;
  correct: number;
  answered: number;
  /** 1 for the most points; seats with equal points share a rank. */
  rank: number;
}

/** Final standings, most points first; ties keep seat order and share a rank. */
export function standings(lines: readonly Omit<Standing, 'rank'>[]): Standing[] {
  const sorted = [...lines].sort((a, b) => b.points - a.points);
  return sorted.map((line) => ({ ...line, rank: 1 + sorted.filter((other) => other.points > line.points).length }));
}

import type { Evidence, ScoreLine } from './round-record';

/** Points and accuracy of one seat. Both are shown; they are never folded into one number. */
export interface SeatTotals {
  points: number;
  correct: number;
  answered: number;
  /** Share of correct evidence, 0–1, or null when the seat gave no evidence. */
  accuracy: number | null;
}

export function seatTotals(seat: string, scoreLines: readonly ScoreLine[], evidence: readonly Evidence[]): SeatTotals {
  const points = scoreLines.filter((l) => l.seat === seat).reduce((sum, l) => sum + l.points, 0);
  const own = evidence.filter((e) => e.seat === seat);
  const correct = own.filter((e) => e.correct).length;
  return { points, correct, answered: own.length, accuracy: own.length ? correct / own.length : null };
}

/** The centre score, 0–1000, that makes leaderboards fair across mini-games. */
export function centreScore(points: number, maxPointsPerSeat: number): number {
  if (maxPointsPerSeat <= 0) return 0;
  return Math.max(0, Math.min(1000, Math.round((1000 * points) / maxPointsPerSeat)));
}

import type { Evidence, ScoreLine } from './round-record';

/**
 * Points and accuracy of one seat. Both are shown; they are never folded into one number.
 * Accuracy is correct ÷ answered, shown with "answered n / m": an unanswered item never counts
 * as wrong.
 */
export interface SeatTotals {
  points: number;
  correct: number;
  /** Items answered, right or wrong. */
  answered: number;
  /** Items put to the seat: answered or not. */
  items: number;
  /** correct ÷ answered, 0–1, or null when the seat answered nothing. */
  accuracy: number | null;
}

export function seatTotals(seat: string, scoreLines: readonly ScoreLine[], evidence: readonly Evidence[]): SeatTotals {
  const points = scoreLines.filter((l) => l.seat === seat).reduce((sum, l) => sum + l.points, 0);
  const own = evidence.filter((e) => e.seat === seat);
  const correct = own.filter((e) => e.outcome === 'correct').length;
  const answered = own.filter((e) => e.outcome !== 'unanswered').length;
  return { points, correct, answered, items: own.length, accuracy: answered ? correct / answered : null };
}

/** The centre score, 0–1000, that makes leaderboards fair across mini-games. */
export function centreScore(points: number, maxPointsPerSeat: number): number {
  if (maxPointsPerSeat <= 0) return 0;
  return Math.max(0, Math.min(1000, Math.round((1000 * points) / maxPointsPerSeat)));
}

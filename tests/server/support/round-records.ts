import { randomUUID } from 'node:crypto';
import type { RoundRecord, RoundSeat } from '../../../src/shared/round/round-record';

export interface SeatPlay {
  seat: RoundSeat;
  points: number;
  /** How many answers, and how many of them right. */
  answered?: number;
  correct?: number;
  /** Items put to the seat that it left unanswered. */
  unanswered?: number;
}

/** A valid round record of pack `sante-sport` ending at `endedAt`, with the given seats' play. */
export function roundRecord(plays: SeatPlay[], options: { pack?: string; endedAt?: number; id?: string } = {}): RoundRecord {
  const pack = options.pack ?? 'sante-sport';
  const endedAt = options.endedAt ?? Date.parse('2025-03-12T10:00:00Z');
  return {
    id: options.id ?? randomUUID(),
    pack: { id: pack, version: '1.0.0' },
    game: { id: 'quiz', version: '1.0.0' },
    sdk: 2,
    seed: 42,
    screen: 'screen-hall-a',
    startedAt: new Date(endedAt - 120_000).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    endReason: 'complete',
    seats: plays.map((p) => p.seat),
    scoreLines: plays.map((p, i) => ({ seat: p.seat.seat, points: p.points, reason: 'answers', atMs: 1000 + i })),
    evidence: plays.flatMap((p) =>
      Array.from({ length: (p.answered ?? 0) + (p.unanswered ?? 0) }, (_, i) => ({
        seat: p.seat.seat,
        objective: `${pack}/hydratation`,
        item: `q${i}`,
        ...(i < (p.answered ?? 0)
          ? { outcome: i < (p.correct ?? 0) ? ('correct' as const) : ('wrong' as const), response: '0', responseMs: 1500 }
          : { outcome: 'unanswered' as const }),
        attempt: 1,
        atMs: 2000 + i,
      })),
    ),
  };
}

export const guest = (seat: string): RoundSeat => ({ seat, input: 'pad' });
export const carded = (seat: string, playerCard: string, team?: string): RoundSeat => ({
  seat,
  input: 'pad',
  playerCard,
  ...(team ? { team } : {}),
});

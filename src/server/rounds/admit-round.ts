import type { ApiIssue } from '../../shared/api/api-error';
import { centreScore, seatTotals } from '../../shared/round/round-totals';
import type { RoundRecord } from '../../shared/round/round-record';
import type { PackRules } from '../packs/pack-catalogue';
import type { AdmittedRound } from '../store/store';
import { recordHash } from './record-hash';
import { boundIssues } from './round-bounds';

export type Admission = { ok: true; round: AdmittedRound } | { ok: false; issues: ApiIssue[] };

/** When the server received the round, and from which registered screen. */
export interface Arrival {
  receivedAt: number;
  screenId: string;
}

/**
 * Judges a well-formed round against what its pack declares: the game that plays it, how many
 * seats, which objectives, the most points, evidence and score lines a seat can make, and one seat
 * per player card (round-bounds.ts). A record refused here is refused
 * for good (422): resending it cannot help. The pack's current envelope is used even when the
 * record names an older version, so a delayed outbox is not refused for a version bump alone.
 */
export function admitRound(record: RoundRecord, pack: PackRules, { receivedAt, screenId }: Arrival): Admission {
  const issues: ApiIssue[] = [];
  if (record.game.id !== pack.game) {
    issues.push({ path: 'game.id', message: `pack "${pack.id}" is played by "${pack.game}", not "${record.game.id}"` });
  }
  // A round with phone seats may hold the whole group the pack allows with phones.
  const withPhones = record.seats.some((s) => s.input === 'phone') ? pack.players.maxWithPhones : undefined;
  const maxSeats = Math.max(pack.players.max, withPhones ?? 0);
  if (record.seats.length > maxSeats) {
    issues.push({ path: 'seats', message: `pack "${pack.id}" is for at most ${maxSeats} players${withPhones ? ' with phones' : ''}; the round has ${record.seats.length} seats` });
  }
  issues.push(...boundIssues(record, pack));
  const undeclared = new Set<string>();
  record.evidence.forEach((e, i) => {
    if (pack.objectives.has(e.objective) || undeclared.has(e.objective)) return;
    undeclared.add(e.objective);
    issues.push({ path: `evidence[${i}].objective`, message: `pack "${pack.id}" does not declare objective "${e.objective}"` });
  });
  const seatResults = record.seats.map((seat, i) => {
    const totals = seatTotals(seat.seat, record.scoreLines, record.evidence);
    if (totals.points > pack.maxPointsPerSeat) {
      issues.push({
        path: `seats[${i}]`,
        message: `seat "${seat.seat}" made ${totals.points} points; pack "${pack.id}" allows at most ${pack.maxPointsPerSeat} per seat`,
      });
    }
    return {
      seat: seat.seat,
      points: totals.points,
      centreScore: centreScore(totals.points, pack.maxPointsPerSeat),
      correct: totals.correct,
      answered: totals.answered,
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    round: { record, seatResults, maxPointsPerSeat: pack.maxPointsPerSeat, recordHash: recordHash(record), receivedAt, screenId },
  };
}

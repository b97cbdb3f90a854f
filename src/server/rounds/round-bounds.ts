import type { ApiIssue } from '../../shared/api/api-error';
import type { RoundRecord } from '../../shared/round/round-record';
import type { PackRules } from '../packs/pack-catalogue';

import { DEFAULT_EVIDENCE_PER_SEAT } from '../../shared/pack/content-pack';

export { DEFAULT_EVIDENCE_PER_SEAT };
/** A seat's score lines: one per item and one bonus per item at most. */
export const SCORE_LINES_PER_EVIDENCE = 2;

/** What one seat may carry in one round of this pack. */
export function seatBounds(pack: PackRules): { evidence: number; scoreLines: number } {
  const evidence = pack.evidencePerSeat ?? DEFAULT_EVIDENCE_PER_SEAT;
  return { evidence, scoreLines: evidence * SCORE_LINES_PER_EVIDENCE };
}

/**
 * What a round of this pack can produce, beyond the schema's generous caps: no more evidence or
 * score lines per seat than the pack allows, and each player card on one seat only (a card on
 * six seats counted six rounds).
 */
export function boundIssues(record: RoundRecord, pack: PackRules): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const bounds = seatBounds(pack);
  const count = (rows: readonly { seat: string }[]) => {
    const bySeat = new Map<string, number>();
    for (const row of rows) bySeat.set(row.seat, (bySeat.get(row.seat) ?? 0) + 1);
    return bySeat;
  };
  const evidence = count(record.evidence);
  const scoreLines = count(record.scoreLines);
  const cardSeat = new Map<string, string>();
  record.seats.forEach((seat, i) => {
    const given = evidence.get(seat.seat) ?? 0;
    if (given > bounds.evidence) {
      issues.push({ path: `seats[${i}]`, message: `seat "${seat.seat}" gave ${given} evidence; a round of pack "${pack.id}" gives at most ${bounds.evidence} per seat` });
    }
    const lines = scoreLines.get(seat.seat) ?? 0;
    if (lines > bounds.scoreLines) {
      issues.push({ path: `seats[${i}]`, message: `seat "${seat.seat}" has ${lines} score lines; a round of pack "${pack.id}" has at most ${bounds.scoreLines} per seat` });
    }
    if (!seat.playerCard) return;
    const other = cardSeat.get(seat.playerCard);
    if (other) issues.push({ path: `seats[${i}].playerCard`, message: `player card "${seat.playerCard}" is already on seat "${other}": a card plays one seat of a round` });
    else cardSeat.set(seat.playerCard, seat.seat);
  });
  return issues;
}

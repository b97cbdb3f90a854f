import type { EndReason, InputKind, Outcome } from '../../../shared/round/round-record';

/**
 * A round as the store keeps it (migrations 1, 2): the rows statements are made from. Times are
 * milliseconds since the epoch; `atMs` is round time (pauses excluded).
 */
export interface StoredRound {
  id: string;
  packId: string;
  packVersion: string;
  gameId: string;
  gameVersion: string;
  startedAt: number;
  endedAt: number;
  endReason: EndReason;
  maxPointsPerSeat: number;
  seats: StoredSeat[];
  /** In `lineNo` order. */
  evidence: StoredEvidence[];
}

export interface StoredSeat {
  seat: string;
  input: InputKind;
  /** Null for a guest seat (or a seat whose card an operator removed). */
  playerCardId: string | null;
  points: number;
  correct: number;
  answered: number;
  centreScore: number;
}

export interface StoredEvidence {
  /** Its place in the round's record: with the round id, what names the evidence for ever. */
  lineNo: number;
  seat: string;
  objectiveId: string;
  item: string;
  outcome: Outcome;
  response: string | null;
  responseMs: number | null;
  attempt: number;
  atMs: number;
}

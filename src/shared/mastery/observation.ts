import type { Outcome } from '../round/round-record';

/**
 * What one piece of evidence tells the mastery model: `true` (right), `false` (wrong), or
 * `undefined` when it is no observation. An unanswered item says nothing about knowing (the
 * player may have been away), and only the first attempt at an item counts: a second try comes
 * after seeing the first was wrong, with fewer choices left, and says less about knowing.
 */
export function observationOf(evidence: { outcome: Outcome; attempt: number }): boolean | undefined {
  if (evidence.outcome === 'unanswered' || evidence.attempt !== 1) return undefined;
  return evidence.outcome === 'correct';
}

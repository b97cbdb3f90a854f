import { MASTERED_AT, type BktParameters } from './bkt-parameters';

/** P(a right answer) at the next item, given P(known) before it. */
export function predictCorrect(pKnown: number, { pGuess, pSlip }: BktParameters): number {
  return pKnown * (1 - pSlip) + (1 - pKnown) * pGuess;
}

/**
 * P(known) after one answer: Bayes' rule on the answer, then the chance to learn at this item.
 * The result is P(known) at the next item, the value compared with MASTERED_AT.
 */
export function updateKnown(pKnown: number, correct: boolean, parameters: BktParameters): number {
  const { pLearn, pGuess, pSlip } = parameters;
  const ifKnown = pKnown * (correct ? 1 - pSlip : pSlip);
  const ifUnknown = (1 - pKnown) * (correct ? pGuess : 1 - pGuess);
  const posterior = ifKnown / (ifKnown + ifUnknown);
  return posterior + (1 - posterior) * pLearn;
}

/** P(known) after a player's answers in order, from P(L0). */
export function traceKnown(answers: Iterable<boolean>, parameters: BktParameters, start = parameters.pInit): number {
  let pKnown = start;
  for (const correct of answers) pKnown = updateKnown(pKnown, correct, parameters);
  return pKnown;
}

export const isMastered = (pKnown: number): boolean => pKnown >= MASTERED_AT;

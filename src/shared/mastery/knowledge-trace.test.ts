import { describe, expect, it } from 'vitest';
import { BKT_BOUNDS, DEFAULT_BKT, MASTERED_AT, boundedParameters, priorParameters } from './bkt-parameters';
import { isMastered, predictCorrect, traceKnown, updateKnown } from './knowledge-trace';
import { observationOf } from './observation';

const parameters = { pInit: 0.3, pLearn: 0.1, pGuess: 0.2, pSlip: 0.1 };

describe('knowledge trace', () => {
  it('updates P(known) by Bayes on the answer, then by the chance to learn', () => {
    // Right: 0.3·0.9 / (0.3·0.9 + 0.7·0.2) = 0.27 / 0.41; then + (1 − that)·0.1.
    const right = 0.27 / 0.41;
    expect(updateKnown(0.3, true, parameters)).toBeCloseTo(right + (1 - right) * 0.1, 12);
    // Wrong: 0.3·0.1 / (0.3·0.1 + 0.7·0.8) = 0.03 / 0.59.
    const wrong = 0.03 / 0.59;
    expect(updateKnown(0.3, false, parameters)).toBeCloseTo(wrong + (1 - wrong) * 0.1, 12);
  });

  it('predicts the next answer from P(known), guess and slip', () => {
    expect(predictCorrect(0.3, parameters)).toBeCloseTo(0.3 * 0.9 + 0.7 * 0.2, 12);
  });

  it('reaches mastery after a run of right answers and not after a run of wrong ones', () => {
    expect(isMastered(traceKnown([true, true, true, true], parameters))).toBe(true);
    expect(isMastered(traceKnown([false, false, false, false], parameters))).toBe(false);
    expect(isMastered(MASTERED_AT)).toBe(true);
    expect(isMastered(MASTERED_AT - 1e-9)).toBe(false);
  });

  it('within the bounds, a right answer never lowers P(known) and a wrong one never raises it above a right one', () => {
    for (let p = 0.01; p < 1; p += 0.07) {
      const edge = { pInit: p, pLearn: 0.001, pGuess: BKT_BOUNDS.pGuess[1], pSlip: BKT_BOUNDS.pSlip[1] };
      expect(updateKnown(p, true, edge)).toBeGreaterThanOrEqual(p);
      expect(updateKnown(p, false, edge)).toBeLessThan(updateKnown(p, true, edge));
    }
  });
});

describe('observations', () => {
  it('skips unanswered items and later attempts', () => {
    expect(observationOf({ outcome: 'correct', attempt: 1 })).toBe(true);
    expect(observationOf({ outcome: 'wrong', attempt: 1 })).toBe(false);
    expect(observationOf({ outcome: 'unanswered', attempt: 1 })).toBeUndefined();
    expect(observationOf({ outcome: 'correct', attempt: 2 })).toBeUndefined();
  });
});

describe('parameters', () => {
  it('takes what a pack declares, fills the rest with the defaults, and keeps guess ≤ 0.3, slip ≤ 0.2', () => {
    const { parameters: prior, moved } = priorParameters({ pInit: 0.6, pGuess: 0.45 });
    expect(prior).toEqual({ pInit: 0.6, pLearn: DEFAULT_BKT.pLearn, pGuess: 0.3, pSlip: DEFAULT_BKT.pSlip });
    expect(moved).toEqual(['pGuess']);
    expect(priorParameters(undefined).parameters).toEqual(DEFAULT_BKT);
    expect(boundedParameters({ pInit: 0, pLearn: 1, pGuess: 0.5, pSlip: 0.5 })).toEqual({ pInit: 0.001, pLearn: 0.999, pGuess: 0.3, pSlip: 0.2 });
  });

  it('refuses a value that is not a number, naming it', () => {
    expect(() => boundedParameters({ ...DEFAULT_BKT, pSlip: Number.NaN })).toThrow(/pSlip/);
  });
});

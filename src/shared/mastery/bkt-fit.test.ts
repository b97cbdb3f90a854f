import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { answerSequences, type AnswerSequences } from './answer-sequences';
import { fitBkt, enoughToFit, FIT_MINIMUM } from './bkt-fit';
import { DEFAULT_BKT, type BktParameters } from './bkt-parameters';
import { isMastered } from './knowledge-trace';
import { areaUnderCurve } from './prediction-auc';
import { replaySequences } from './replay-sequences';
import { sequenceLogLikelihood } from './sequence-likelihood';
import { simulateStudents } from './simulated-students';

const NAMES = ['pInit', 'pLearn', 'pGuess', 'pSlip'] as const;

function replay(sequences: AnswerSequences, parameters: BktParameters) {
  const { predictions, outcomes, finals } = replaySequences(sequences, parameters);
  return { auc: areaUnderCurve(predictions, outcomes), finals };
}

function check(truth: BktParameters, seed: number) {
  const random = createRandom(seed);
  const students = simulateStudents(truth, { students: 500, items: 10, random });
  const fit = fitBkt(students.sequences, { start: DEFAULT_BKT });
  const classified = (parameters: BktParameters) => {
    const { finals } = replay(students.sequences, parameters);
    return finals.filter((p, i) => isMastered(p) === students.knowsAtEnd[i]).length / finals.length;
  };
  // The AUC is measured on students the fit never saw, drawn from the same truth.
  const unseen = simulateStudents(truth, { students: 500, items: 10, random }).sequences;
  return {
    fit,
    students,
    worstError: Math.max(...NAMES.map((name) => Math.abs(fit.parameters[name] - truth[name]))),
    classifiedFitted: classified(fit.parameters),
    classifiedTrue: classified(truth),
    aucFitted: replay(unseen, fit.parameters).auc,
    aucTrue: replay(unseen, truth).auc,
  };
}

/** Each objective is fitted on this many independent draws of 500 students. */
const DRAWS = Array.from({ length: 10 }, (_, i) => i + 1);
/** Draws whose every fitted parameter must lie within ±0.05 of the truth. */
const WITHIN_NEEDED = 7;

describe('BKT fit on simulated students (500 students × 10 items per objective)', () => {
  // Objectives a quiz may have: an easy one many know already, a hard one few know, one with
  // quick learning and careless slips. For each, even the true parameters classify ≥ 90 % right.
  const objectives: [string, BktParameters][] = [
    ['mostly known, four-way guesses', { pInit: 0.5, pLearn: 0.25, pGuess: 0.25, pSlip: 0.05 }],
    ['rarely known, few guesses', { pInit: 0.15, pLearn: 0.2, pGuess: 0.1, pSlip: 0.15 }],
    ['learnt fast, slips often', { pInit: 0.2, pLearn: 0.3, pGuess: 0.15, pSlip: 0.2 }],
  ];
  // With 500 students × 10 items the estimate of P(L0) (traded against the guess) spreads by about
  // ±0.03 from draw to draw, so some draws land outside ±0.05 although EM finds the maximum
  // likelihood. Measured over 50 to 200 draws per objective: 80 to 97 % of draws have all four
  // parameters within ±0.05, the misses being P(L0) (`npm run bench mastery` prints the rates).
  // So the test asks for 7 of 10 draws within ±0.05 (a sound fit at 86 % passes that 95 % of the
  // time), none off by 0.1, and classification and AUC in every draw.
  it.each(objectives)('%s: parameters within ±0.05, at least nine in ten classified right, AUC within 0.02 of the truth\'s', (_, truth) => {
    const results = DRAWS.map((seed) => check(truth, seed));
    for (const result of results) {
      expect(result.fit.converged).toBe(true);
      expect(result.worstError).toBeLessThan(0.1);
      expect(result.classifiedFitted).toBeGreaterThanOrEqual(0.9);
      expect(Math.abs(result.aucFitted - result.aucTrue)).toBeLessThanOrEqual(0.02);
      expect(enoughToFit(result.fit)).toBe(true);
    }
    expect(results.filter((r) => r.worstError <= 0.05).length).toBeGreaterThanOrEqual(WITHIN_NEEDED);
  });

  // A slow objective with heavy guessing: after 10 items many students who know are not yet at
  // P ≥ 0.95, so no parameters can classify 90 % right (the true ones manage 80–88 %). The fit
  // must still find the parameters and classify as well as the truth does.
  it('slow learning, heavy guessing: parameters within ±0.05 and classification as good as the true parameters give', () => {
    const results = DRAWS.map((seed) => check({ pInit: 0.4, pLearn: 0.1, pGuess: 0.3, pSlip: 0.1 }, seed));
    for (const result of results) {
      expect(result.classifiedTrue).toBeLessThan(0.9);
      expect(result.classifiedFitted).toBeGreaterThanOrEqual(result.classifiedTrue - 0.02);
      expect(Math.abs(result.aucFitted - result.aucTrue)).toBeLessThanOrEqual(0.02);
    }
    expect(results.filter((r) => r.worstError <= 0.05).length).toBeGreaterThanOrEqual(WITHIN_NEEDED);
  });
});

describe('where the fit misses ±0.05, the sample points away from the truth, not the fit', () => {
  // Every draw of every objective above: the fitted values explain the answers at least as well as
  // the true values do (EM reached the maximum, or higher ground than the truth), and a much
  // stricter stop, more iterations or starting from the truth itself land on the same values. So a
  // draw outside ±0.05 is one whose answers are likelier under other values — 500 students × 10
  // items pin P(L0) down to about ±0.03 — and no fitting method can recover the truth from it
  // without being told the answer (bench/mastery/simulated.ts prints the rates, and at 2,000 students).
  it.each([
    ['mostly known, four-way guesses', { pInit: 0.5, pLearn: 0.25, pGuess: 0.25, pSlip: 0.05 }],
    ['slow learning, heavy guessing', { pInit: 0.4, pLearn: 0.1, pGuess: 0.3, pSlip: 0.1 }],
  ] as [string, BktParameters][])('%s: the fit is the maximum likelihood, in every draw', (_, truth) => {
    for (const seed of DRAWS) {
      const { fit, students } = check(truth, seed);
      const stricter = fitBkt(students.sequences, { start: truth, tolerance: 1e-10, maxIterations: 20_000 });
      expect(sequenceLogLikelihood(students.sequences, fit.parameters)).toBeGreaterThanOrEqual(sequenceLogLikelihood(students.sequences, truth) - 1e-6);
      for (const name of NAMES) expect(Math.abs(fit.parameters[name] - stricter.parameters[name]), `${name}, seed ${seed}`).toBeLessThan(0.002);
    }
  });
});

describe('fitBkt', () => {
  it('keeps every fitted value inside the bounds, even when the answers ask for more guessing', () => {
    // Half the class right at random from the start, whatever they know: the fit wants guess ≈ 0.5.
    const random = createRandom(7);
    const coinFlips = Array.from({ length: 300 }, () => Array.from({ length: 8 }, () => random.next() < 0.5));
    const { parameters } = fitBkt(answerSequences(coinFlips), { start: DEFAULT_BKT });
    expect(parameters.pGuess).toBeLessThanOrEqual(0.3);
    expect(parameters.pSlip).toBeLessThanOrEqual(0.2);
  });

  it('counts players who answered at least twice, and says when there is too little evidence', () => {
    const few = fitBkt(answerSequences([[true], [true, false], [false, false, true], []]), { start: DEFAULT_BKT });
    expect(few.sequences).toBe(2);
    expect(few.answers).toBe(6);
    expect(enoughToFit(few)).toBe(false);
    expect(enoughToFit({ sequences: FIT_MINIMUM.sequences, answers: FIT_MINIMUM.answers })).toBe(true);
  });

  it('returns the starting values, bounded, for an objective nobody answered', () => {
    const none = fitBkt(answerSequences([]), { start: { ...DEFAULT_BKT, pGuess: 0.4 } });
    expect(none.parameters).toEqual({ ...DEFAULT_BKT, pGuess: 0.3 });
    expect(none.converged).toBe(false);
  });
});

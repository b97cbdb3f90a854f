/**
 * The fit checked on simulated students, as the Vitest test does (src/shared/mastery/bkt-fit.test.ts)
 * but over many more draws, so the rates behind the test's thresholds are visible: for each
 * objective, DRAWS draws of 500 students × 10 items from known parameters.
 * Run: npx tsx bench/mastery/simulated.ts
 */
import { fitBkt } from '../../src/shared/mastery/bkt-fit';
import { DEFAULT_BKT, type BktParameters } from '../../src/shared/mastery/bkt-parameters';
import { isMastered } from '../../src/shared/mastery/knowledge-trace';
import { areaUnderCurve } from '../../src/shared/mastery/prediction-auc';
import { replaySequences } from '../../src/shared/mastery/replay-sequences';
import { sequenceLogLikelihood } from '../../src/shared/mastery/sequence-likelihood';
import { simulateStudents } from '../../src/shared/mastery/simulated-students';
import { createRandom } from '../../src/shared/random';

const DRAWS = 50;
/** Draws at four times the students, to show the misses shrink with the data (the fit is consistent). */
const LARGE_DRAWS = 20;
const LARGE_STUDENTS = 2_000;
const NAMES = ['pInit', 'pLearn', 'pGuess', 'pSlip'] as const;
// The test's objectives; the last is one where even the truth classifies under 90 % after 10 items.
const OBJECTIVES: [string, BktParameters][] = [
  ['mostly known, four-way guesses ', { pInit: 0.5, pLearn: 0.25, pGuess: 0.25, pSlip: 0.05 }],
  ['rarely known, few guesses      ', { pInit: 0.15, pLearn: 0.2, pGuess: 0.1, pSlip: 0.15 }],
  ['learnt fast, slips often       ', { pInit: 0.2, pLearn: 0.3, pGuess: 0.15, pSlip: 0.2 }],
  ['slow learning, heavy guessing  ', { pInit: 0.4, pLearn: 0.1, pGuess: 0.3, pSlip: 0.1 }],
];

const pct = (n: number) => `${Math.round(n * 100)} %`.padStart(5);
console.log(`Simulated students — ${DRAWS} draws of 500 students × 10 items per objective; goals: parameters within ±0.05, ≥ 90 % classified right, AUC within 0.02 of the truth's`);
const random = createRandom(31);
for (const [name, truth] of OBJECTIVES) {
  let within = 0;
  let belowTruth = 0;
  let classified = 0;
  let classifiedByTruth = 0;
  let worstAuc = 0;
  let fitMs = 0;
  for (let d = 0; d < DRAWS; d++) {
    const students = simulateStudents(truth, { students: 500, items: 10, random });
    const start = performance.now();
    const { parameters } = fitBkt(students.sequences, { start: DEFAULT_BKT });
    fitMs += performance.now() - start;
    if (NAMES.every((n) => Math.abs(parameters[n] - truth[n]) <= 0.05)) within++;
    // A fit less likely than the truth would be EM stopping short; never seen so far.
    if (sequenceLogLikelihood(students.sequences, parameters) < sequenceLogLikelihood(students.sequences, truth) - 1e-6) belowTruth++;
    const share = (p: BktParameters) =>
      replaySequences(students.sequences, p).finals.filter((f, i) => isMastered(f) === students.knowsAtEnd[i]).length / students.knowsAtEnd.length;
    classified += share(parameters);
    classifiedByTruth += share(truth);
    const unseen = simulateStudents(truth, { students: 500, items: 10, random }).sequences;
    const auc = (p: BktParameters) => {
      const r = replaySequences(unseen, p);
      return areaUnderCurve(r.predictions, r.outcomes);
    };
    worstAuc = Math.max(worstAuc, Math.abs(auc(parameters) - auc(truth)));
  }
  console.log(
    `  ${name} within ±0.05 in ${pct(within / DRAWS)} of draws; classified right ${pct(classified / DRAWS)} (true parameters ${pct(classifiedByTruth / DRAWS)}); ` +
      `largest AUC gap ${worstAuc.toFixed(4)}; fit ${(fitMs / DRAWS).toFixed(0)} ms; fit less likely than the truth in ${belowTruth} draws`,
  );
  let largeWithin = 0;
  for (let d = 0; d < LARGE_DRAWS; d++) {
    const students = simulateStudents(truth, { students: LARGE_STUDENTS, items: 10, random });
    const { parameters } = fitBkt(students.sequences, { start: DEFAULT_BKT });
    if (NAMES.every((n) => Math.abs(parameters[n] - truth[n]) <= 0.05)) largeWithin++;
  }
  console.log(`  ${' '.repeat(name.length)} with ${LARGE_STUDENTS.toLocaleString('en')} students × 10 items: within ±0.05 in ${pct(largeWithin / LARGE_DRAWS)} of ${LARGE_DRAWS} draws`);
}
console.log(
  '  (a draw outside ±0.05 at 500 students is one whose answers are likelier under other values than the true ones: the fit finds the maximum likelihood in every draw, and 500 × 10 answers pin P(L0) down to about ±0.03)',
);

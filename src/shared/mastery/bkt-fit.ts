import type { AnswerSequences } from './answer-sequences';
import { boundedParameters, type BktParameters } from './bkt-parameters';

/**
 * Fitted values replace an objective's starting values only with at least this much evidence:
 * below it the estimates swing from one night to the next. 100 players who answered at least
 * twice (one answer says nothing about learning) and 500 answers in all keep the typical error
 * of each estimate near ±0.05 (the simulated-student test checks 500 players × 10 answers).
 */
export const FIT_MINIMUM = { sequences: 100, answers: 500 } as const;

export interface FitOptions {
  /** Where EM starts (the pack's values or the defaults); two fixed starts are tried beside it. */
  start: BktParameters;
  /** Stops when no parameter moves more than this in one iteration. */
  tolerance?: number;
  maxIterations?: number;
}

export interface FitResult {
  parameters: BktParameters;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
  /** Players with at least two answers, and answers in all: what FIT_MINIMUM is compared with. */
  sequences: number;
  answers: number;
}

/**
 * Other starting points, so one unlucky start cannot leave EM on a poor local maximum: a class
 * that mostly knows already, and one that mostly does not and guesses a lot.
 */
const OTHER_STARTS: readonly BktParameters[] = [
  { pInit: 0.6, pLearn: 0.2, pGuess: 0.15, pSlip: 0.05 },
  { pInit: 0.1, pLearn: 0.05, pGuess: 0.25, pSlip: 0.15 },
];

/** True when `fit` rests on enough evidence to replace the starting values (FIT_MINIMUM). */
export const enoughToFit = (fit: Pick<FitResult, 'sequences' | 'answers'>): boolean =>
  fit.sequences >= FIT_MINIMUM.sequences && fit.answers >= FIT_MINIMUM.answers;

/**
 * Maximum-likelihood BKT parameters of one objective by EM (Baum–Welch on the two-state hidden
 * Markov model: unknown → known, never back), each M-step kept inside BKT_BOUNDS. Each parameter's
 * expected log-likelihood is a concave a·log p + b·log(1 − p), so clamping its maximiser to the
 * bounds is the exact bounded M-step and every iteration still raises the likelihood.
 */
export function fitBkt(sequences: AnswerSequences, options: FitOptions): FitResult {
  const patterns = distinctPatterns(sequences);
  if (patterns.length === 0) {
    const parameters = boundedParameters(options.start);
    return { parameters, logLikelihood: 0, iterations: 0, converged: false, sequences: 0, answers: 0 };
  }
  let best: Omit<FitResult, 'sequences' | 'answers'> | undefined;
  for (const start of [boundedParameters(options.start), ...OTHER_STARTS]) {
    const fit = runEm(patterns, start, options.tolerance ?? 1e-6, options.maxIterations ?? 500);
    if (!best || fit.logLikelihood > best.logLikelihood + 1e-9) best = fit;
  }
  let counted = 0;
  for (const p of patterns) if (p.answers.length >= 2) counted += p.weight;
  return { ...best!, sequences: counted, answers: sequences.answers.length };
}

interface Pattern {
  answers: Uint8Array;
  /** How many players gave exactly these answers: they share one forward–backward pass. */
  weight: number;
}

function distinctPatterns({ answers, starts }: AnswerSequences): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (let k = 0; k + 1 < starts.length; k++) {
    const slice = answers.subarray(starts[k]!, starts[k + 1]!);
    if (slice.length === 0) continue;
    let key = '';
    for (let i = 0; i < slice.length; i++) key += slice[i] ? '1' : '0';
    const known = byKey.get(key);
    if (known) known.weight += 1;
    else byKey.set(key, { answers: slice, weight: 1 });
  }
  return [...byKey.values()];
}

function runEm(patterns: readonly Pattern[], start: BktParameters, tolerance: number, maxIterations: number) {
  const longest = patterns.reduce((n, p) => Math.max(n, p.answers.length), 0);
  // Scaled forward probabilities of "unknown" and "known" per step, and the backward ones.
  const forward = new Float64Array(2 * longest);
  const backward = new Float64Array(2 * longest);
  let parameters = start;
  let logLikelihood = -Infinity;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const { pInit, pLearn, pGuess, pSlip } = parameters;
    let initKnown = 0;
    let sequences = 0;
    let learned = 0;
    let couldLearn = 0;
    let unknownRight = 0;
    let unknown = 0;
    let knownWrong = 0;
    let known = 0;
    logLikelihood = 0;
    for (const { answers, weight } of patterns) {
      const n = answers.length;
      // Forward, normalised at each step; the normalisers multiply to the sequence's likelihood.
      let u = 1 - pInit;
      let k = pInit;
      for (let t = 0; t < n; t++) {
        if (t > 0) {
          const stayed = u * (1 - pLearn);
          k = k + u * pLearn;
          u = stayed;
        }
        const right = answers[t] === 1;
        u *= right ? pGuess : 1 - pGuess;
        k *= right ? 1 - pSlip : pSlip;
        const scale = u + k;
        logLikelihood += weight * Math.log(scale);
        u /= scale;
        k /= scale;
        forward[2 * t] = u;
        forward[2 * t + 1] = k;
      }
      // Backward, normalised at each step (only ratios within a step matter below).
      backward[2 * (n - 1)] = 1;
      backward[2 * (n - 1) + 1] = 1;
      for (let t = n - 2; t >= 0; t--) {
        const right = answers[t + 1] === 1;
        const eu = right ? pGuess : 1 - pGuess;
        const ek = right ? 1 - pSlip : pSlip;
        const bu = backward[2 * (t + 1)]!;
        const bk = backward[2 * (t + 1) + 1]!;
        const nu = (1 - pLearn) * eu * bu + pLearn * ek * bk;
        const nk = ek * bk;
        backward[2 * t] = nu / (nu + nk);
        backward[2 * t + 1] = nk / (nu + nk);
      }
      for (let t = 0; t < n; t++) {
        const gu0 = forward[2 * t]! * backward[2 * t]!;
        const gk0 = forward[2 * t + 1]! * backward[2 * t + 1]!;
        const gu = gu0 / (gu0 + gk0);
        const gk = 1 - gu;
        if (t === 0) initKnown += weight * gk;
        const right = answers[t] === 1;
        unknown += weight * gu;
        known += weight * gk;
        if (right) unknownRight += weight * gu;
        else knownWrong += weight * gk;
        if (t + 1 < n) {
          // Two-step posterior of (unknown now → known next) against (unknown now → unknown next).
          const next = answers[t + 1] === 1;
          const eu = next ? pGuess : 1 - pGuess;
          const ek = next ? 1 - pSlip : pSlip;
          const fu = forward[2 * t]!;
          const fk = forward[2 * t + 1]!;
          const uu = fu * (1 - pLearn) * eu * backward[2 * (t + 1)]!;
          const uk = fu * pLearn * ek * backward[2 * (t + 1) + 1]!;
          const kk = fk * ek * backward[2 * (t + 1) + 1]!;
          const total = uu + uk + kk;
          learned += (weight * uk) / total;
          couldLearn += (weight * (uu + uk)) / total;
        }
      }
      sequences += weight;
    }
    const next = boundedParameters({
      pInit: initKnown / sequences,
      pLearn: couldLearn > 0 ? learned / couldLearn : pLearn,
      pGuess: unknown > 0 ? unknownRight / unknown : pGuess,
      pSlip: known > 0 ? knownWrong / known : pSlip,
    });
    const moved = Math.max(
      Math.abs(next.pInit - pInit),
      Math.abs(next.pLearn - pLearn),
      Math.abs(next.pGuess - pGuess),
      Math.abs(next.pSlip - pSlip),
    );
    parameters = next;
    if (moved < tolerance) return { parameters, logLikelihood, iterations: iteration, converged: true };
  }
  return { parameters, logLikelihood, iterations: maxIterations, converged: false };
}


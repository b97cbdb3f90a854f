/**
 * Bayesian Knowledge Tracing (Corbett & Anderson 1995): each objective is a skill a player either
 * knows or does not yet know. Four probabilities describe one objective:
 *
 * - `pInit`  P(L0): the player knows it before their first answer;
 * - `pLearn` P(T):  a player who does not know it learns it at one answer (right or wrong);
 * - `pGuess` P(G):  a player who does not know it still answers right;
 * - `pSlip`  P(S):  a player who knows it still answers wrong.
 *
 * Knowing is never lost (no forgetting), as in the classic model.
 */
export interface BktParameters {
  pInit: number;
  pLearn: number;
  pGuess: number;
  pSlip: number;
}

/** A player counts as having mastered an objective once P(known) reaches this (Corbett & Anderson). */
export const MASTERED_AT = 0.95;

/**
 * Used for an objective until its pack names its own values or the centre has enough answers to
 * fit them: round values of the size BKT studies usually report (about one learner in three knows
 * a skill at first, one in ten learns it per answer; a guess on a four-way question is near 0.2,
 * a slip near 0.1). They are starting points, not measurements of our players.
 */
export const DEFAULT_BKT: Readonly<BktParameters> = Object.freeze({ pInit: 0.3, pLearn: 0.1, pGuess: 0.2, pSlip: 0.1 });

/**
 * Every parameter the centre uses, given or fitted, stays inside these bounds. Guess ≤ 0.3 and
 * slip ≤ 0.2 keep the model meaningful: above them a right answer can lower P(known) ("model
 * degeneracy", Baker, Corbett & Aleven 2008), and guess + slip ≤ 0.5 < 1 keeps a right answer
 * always more likely from a player who knows. The floors keep every probability away from 0 and 1,
 * where one surprising answer could never be taken into account again.
 */
export const BKT_BOUNDS: Readonly<Record<keyof BktParameters, readonly [number, number]>> = Object.freeze({
  pInit: [0.001, 0.999],
  pLearn: [0.001, 0.999],
  pGuess: [0.001, 0.3],
  pSlip: [0.001, 0.2],
});

const NAMES = ['pInit', 'pLearn', 'pGuess', 'pSlip'] as const;

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));

/** The parameters moved inside BKT_BOUNDS (a pack may ask for a guess of 0.5; the centre uses 0.3). */
export function boundedParameters(parameters: BktParameters): BktParameters {
  const out = { ...parameters };
  for (const name of NAMES) {
    const value = parameters[name];
    if (!Number.isFinite(value)) throw new Error(`BKT parameter ${name} is ${value}, not a probability`);
    out[name] = clamp(value, BKT_BOUNDS[name]);
  }
  return out;
}

/**
 * What the centre starts from for one objective: the values its pack declares, each missing one
 * taken from `fallback` (DEFAULT_BKT), all within bounds. Also says which values were moved.
 */
export function priorParameters(
  declared: Partial<BktParameters> | undefined,
  fallback: BktParameters = DEFAULT_BKT,
): { parameters: BktParameters; moved: (keyof BktParameters)[] } {
  const wanted = { ...fallback, ...definedOnly(declared ?? {}) };
  const parameters = boundedParameters(wanted);
  return { parameters, moved: NAMES.filter((name) => parameters[name] !== wanted[name]) };
}

function definedOnly(values: Partial<BktParameters>): Partial<BktParameters> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

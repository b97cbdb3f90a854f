import { AnswerSequenceBuilder } from '../../shared/mastery/answer-sequences';
import { enoughToFit, fitBkt } from '../../shared/mastery/bkt-fit';
import { priorParameters, type BktParameters } from '../../shared/mastery/bkt-parameters';
import type { SqliteDatabase } from '../store/database';
import { cardAnswerReader, cardsWithMastery } from './card-answers';
import type { PackPriors } from './pack-priors';
import { readParameterTable, writeParameterTable, type ObjectiveParameters } from './parameter-table';
import { PAUSE_BETWEEN_SLICES_MS, recomputeMastery, type RecomputeReport } from './recompute-mastery';

export interface ObjectiveFit extends ObjectiveParameters {
  /** Pack values moved inside the bounds (a pack asking for a guess of 0.4 gets 0.3). */
  moved: (keyof BktParameters)[];
  iterations: number;
}

export interface MasteryFitReport {
  objectives: ObjectiveFit[];
  /** Reading the evidence, fitting every objective, recomputing stored mastery (ms). */
  readMs: number;
  fitMs: number;
  recompute: RecomputeReport & { ms: number };
}

/**
 * Fits every objective's BKT parameters on the centre's evidence by EM, stores them, then
 * recomputes every card's mastery with them. An objective with too little evidence (FIT_MINIMUM)
 * keeps its pack's values or the defaults. Runs in the worker thread or the command line, never on
 * the server's event loop. Objectives come from the evidence, from the served
 * packs and from earlier fits. Reads in one pass, writes the parameters in one short transaction
 * and mastery in short slices with pauses between (recompute-mastery.ts), so rounds keep being
 * stored meanwhile, waiting a few milliseconds at most.
 */
export function fitMastery(db: SqliteDatabase, priors: PackPriors, now: () => number = Date.now): MasteryFitReport {
  // The fit writes only what evidence derives, so its commits need not each wait for the disk
  // (measured: a flush per slice slowed the server's round commits beside it). In WAL mode the
  // next fully synchronous commit, a round's, flushes them too. This connection only.
  db.pragma('synchronous = NORMAL');
  const readStart = performance.now();
  const builders = new Map<string, AnswerSequenceBuilder>();
  const answersOf = cardAnswerReader(db);
  for (const card of cardsWithMastery(db)) {
    for (const [objective, answers] of answersOf(card)) {
      let builder = builders.get(objective);
      if (!builder) builders.set(objective, (builder = new AnswerSequenceBuilder()));
      builder.nextSequence();
      for (const correct of answers) builder.push(correct);
    }
  }
  const readMs = performance.now() - readStart;

  const known = readParameterTable(db);
  const objectives = [...new Set([...builders.keys(), ...priors.keys(), ...known.keys()])].sort();
  const fitStart = performance.now();
  const fits: ObjectiveFit[] = objectives.map((objective) => {
    const started = performance.now();
    const declared = priors.get(objective);
    const { parameters: start, moved } = priorParameters(declared);
    const result = fitBkt((builders.get(objective) ?? new AnswerSequenceBuilder()).build(), { start });
    const fitted = enoughToFit(result);
    const declaresAny = declared !== undefined && Object.values(declared).some((v) => v !== undefined);
    return {
      objective,
      parameters: fitted ? result.parameters : start,
      source: fitted ? 'fitted' : declaresAny ? 'pack' : 'default',
      sequences: result.sequences,
      answers: result.answers,
      fittedAt: now(),
      fitMs: performance.now() - started,
      moved,
      iterations: fitted ? result.iterations : 0,
    };
  });
  const fitMs = performance.now() - fitStart;
  writeParameterTable(db, fits);

  const recomputeStart = performance.now();
  const recompute = recomputeMastery(db, { now: now(), pauseMs: PAUSE_BETWEEN_SLICES_MS });
  return { objectives: fits, readMs, fitMs, recompute: { ...recompute, ms: performance.now() - recomputeStart } };
}

/**
 * Writes the starting values of objectives that have never been fitted with enough evidence (the
 * pack's values or the defaults), so a pack's values apply from the server's start rather than
 * from the first night. Fitted rows are left alone. Returns the objectives written.
 */
export function syncPackPriors(db: SqliteDatabase, priors: PackPriors, now: number): string[] {
  const known = readParameterTable(db);
  const rows: ObjectiveParameters[] = [];
  for (const [objective, declared] of priors) {
    const row = known.get(objective);
    if (row?.source === 'fitted') continue;
    const { parameters } = priorParameters(declared);
    const source = Object.values(declared).some((v) => v !== undefined) ? 'pack' : 'default';
    if (row && row.source === source && sameParameters(row.parameters, parameters)) continue;
    rows.push({ objective, parameters, source, sequences: row?.sequences ?? 0, answers: row?.answers ?? 0, fittedAt: row?.fittedAt ?? now, fitMs: row?.fitMs ?? 0 });
  }
  if (rows.length > 0) writeParameterTable(db, rows);
  return rows.map((row) => row.objective);
}

const sameParameters = (a: BktParameters, b: BktParameters) =>
  a.pInit === b.pInit && a.pLearn === b.pLearn && a.pGuess === b.pGuess && a.pSlip === b.pSlip;

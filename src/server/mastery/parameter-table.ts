import { DEFAULT_BKT, type BktParameters } from '../../shared/mastery/bkt-parameters';
import type { SqliteDatabase } from '../store/database';

/** Where an objective's parameters in force come from. */
export type ParameterSource = 'fitted' | 'pack' | 'default';

/** One row of `mastery_parameters`. */
export interface ObjectiveParameters {
  objective: string;
  parameters: BktParameters;
  source: ParameterSource;
  sequences: number;
  answers: number;
  fittedAt: number;
  fitMs: number;
}

interface Row {
  objective_id: string;
  p_init: number;
  p_learn: number;
  p_guess: number;
  p_slip: number;
  source: ParameterSource;
  sequences: number;
  answers: number;
  fitted_at: number;
  fit_ms: number;
}

const fromRow = (row: Row): ObjectiveParameters => ({
  objective: row.objective_id,
  parameters: { pInit: row.p_init, pLearn: row.p_learn, pGuess: row.p_guess, pSlip: row.p_slip },
  source: row.source,
  sequences: row.sequences,
  answers: row.answers,
  fittedAt: row.fitted_at,
  fitMs: row.fit_ms,
});

/** Every objective's parameters in force; an objective without a row uses DEFAULT_BKT. */
export function readParameterTable(db: SqliteDatabase): Map<string, ObjectiveParameters> {
  const rows = db.prepare<[], Row>('SELECT * FROM mastery_parameters ORDER BY objective_id').all();
  return new Map(rows.map((row) => [row.objective_id, fromRow(row)]));
}

/** Reads one objective's parameters (prepared once): DEFAULT_BKT when the objective has no row. */
export function parameterLookup(db: SqliteDatabase): (objective: string) => BktParameters {
  const one = db.prepare<[string], Pick<Row, 'p_init' | 'p_learn' | 'p_guess' | 'p_slip'>>(
    'SELECT p_init, p_learn, p_guess, p_slip FROM mastery_parameters WHERE objective_id = ?',
  );
  return (objective) => {
    const row = one.get(objective);
    return row ? { pInit: row.p_init, pLearn: row.p_learn, pGuess: row.p_guess, pSlip: row.p_slip } : DEFAULT_BKT;
  };
}

/** Replaces the rows of these objectives, in one transaction. */
export function writeParameterTable(db: SqliteDatabase, rows: readonly ObjectiveParameters[]): void {
  const upsert = db.prepare(
    `INSERT INTO mastery_parameters (objective_id, p_init, p_learn, p_guess, p_slip, source, sequences, answers, fitted_at, fit_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (objective_id) DO UPDATE SET p_init = excluded.p_init, p_learn = excluded.p_learn, p_guess = excluded.p_guess,
       p_slip = excluded.p_slip, source = excluded.source, sequences = excluded.sequences, answers = excluded.answers,
       fitted_at = excluded.fitted_at, fit_ms = excluded.fit_ms`,
  );
  db.transaction(() => {
    for (const { objective, parameters: p, source, sequences, answers, fittedAt, fitMs } of rows) {
      upsert.run(objective, p.pInit, p.pLearn, p.pGuess, p.pSlip, source, sequences, answers, fittedAt, fitMs);
    }
  }).immediate();
}

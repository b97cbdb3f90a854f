import { traceKnown } from '../../shared/mastery/knowledge-trace';
import type { SqliteDatabase } from '../store/database';
import { cardAnswerReader, cardsWithMastery } from './card-answers';
import { parameterLookup } from './parameter-table';

/**
 * Each slice recomputes cards for about this long inside one write transaction. A round arriving
 * meanwhile waits that long at most, and a round stored between two slices is counted either way
 * (a card's slice reads its evidence inside the slice's own transaction).
 */
export const SLICE_MS = 10;
/**
 * The pause between slices of a fit running beside the server. Without it the fit takes the lock
 * again at once and a round waiting on the lock (SQLite retries after 1, 2, 5, 10… ms) can miss
 * every gap: measured, rounds then waited over a second.
 */
export const PAUSE_BETWEEN_SLICES_MS = 25;

/** Slices between two checkpoints of a paced recompute. */
const CHECKPOINT_EVERY = 20;

export interface RecomputeOptions {
  now: number;
  sliceMs?: number;
  /** Sleep between slices (a fit in a worker or the CLI, beside a running server); 0 in a migration. */
  pauseMs?: number;
}

export interface RecomputeReport {
  cards: number;
  rows: number;
  slices: number;
}

/**
 * Derives every card's mastery again from its evidence with the parameters now in force: after a
 * fit, and when the tables are created. Each card's rows are replaced whole, so an objective the
 * card no longer has evidence for loses its row.
 */
export function recomputeMastery(db: SqliteDatabase, options: RecomputeOptions): RecomputeReport {
  const parametersOf = parameterLookup(db);
  const answersOf = cardAnswerReader(db);
  const clear = db.prepare('DELETE FROM mastery WHERE player_card_id = ?');
  const insert = db.prepare('INSERT INTO mastery (player_card_id, objective_id, p_known, answers, updated_at) VALUES (?, ?, ?, ?, ?)');
  const cards = cardsWithMastery(db);
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let next = 0;
  let rows = 0;
  // Cards from `next` on, until the slice's time is spent (one card at least).
  const slice = db.transaction(() => {
    const start = performance.now();
    do {
      const card = cards[next++]!;
      clear.run(card);
      for (const [objective, answers] of answersOf(card)) {
        insert.run(card, objective, traceKnown(answers, parametersOf(objective)), answers.length, options.now);
        rows++;
      }
    } while (next < cards.length && performance.now() - start < sliceMs);
  });
  const pause = options.pauseMs ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  let slices = 0;
  while (next < cards.length) {
    // Inside a migration the caller's transaction is open already: the slices become part of it.
    if (db.inTransaction) slice();
    else slice.immediate();
    slices++;
    if (pause && next < cards.length) {
      // Fold the write-ahead log into the database here, not in a round's commit (the connection
      // whose commit finds the log over 1,000 pages does it, and waits for the disk meanwhile).
      if (slices % CHECKPOINT_EVERY === 0) db.pragma('wal_checkpoint(PASSIVE)');
      // A synchronous sleep: this runs in a worker thread or the command line, never in the server's loop.
      Atomics.wait(pause, 0, 0, options.pauseMs);
    }
  }
  return { cards: cards.length, rows, slices };
}

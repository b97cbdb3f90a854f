import type { FastifyBaseLogger } from 'fastify';
import { dropExpiredSessions } from '../educators/session-store';
import { periodStart } from '../leaderboards/period-start';
import type { SqliteDatabase } from '../store/database';
import { rebuildTallies } from '../store/sqlite-tallies';

const DAY_MS = 86_400_000;
/** Rounds deleted per transaction: each slice holds the write lock for milliseconds, not seconds. */
export const ROUNDS_PER_SLICE = 500;
/** The daily run starts at this hour of the centre's time zone, after the 03:00 mastery fit. */
export const RETENTION_HOUR = 4;

export interface RetentionReport {
  /** Rounds played before this instant were deleted. */
  cutoff: number;
  rounds: number;
  accessLogLines: number;
  signIns: number;
  sessions: number;
}

/**
 * Deletes what is older than `retentionDays`: rounds played before the cutoff (their seats, score
 * lines and evidence go with them, ON DELETE CASCADE), access-log and sign-in lines, and expired
 * sessions; then rebuilds the leaderboard tallies from the seats that remain. A card's mastery
 * (one number per objective) stays until the card is erased. Yields between slices.
 */
export async function applyRetention(db: SqliteDatabase, options: { retentionDays: number; now: number }): Promise<RetentionReport> {
  const cutoff = options.now - options.retentionDays * DAY_MS;
  const oldRounds = db.prepare<[number, number], { id: string }>('SELECT id FROM rounds WHERE min(ended_at, received_at) < ? LIMIT ?');
  const removeRound = db.prepare('DELETE FROM rounds WHERE id = ?');
  const slice = db.transaction((ids: readonly string[]) => ids.forEach((id) => removeRound.run(id)));
  let rounds = 0;
  for (;;) {
    const ids = oldRounds.all(cutoff, ROUNDS_PER_SLICE).map((row) => row.id);
    if (ids.length === 0) break;
    slice.immediate(ids);
    rounds += ids.length;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const accessLogLines = db.prepare('DELETE FROM access_log WHERE at < ?').run(cutoff).changes;
  const signIns = db.prepare('DELETE FROM educator_sign_ins WHERE at < ?').run(cutoff).changes;
  const sessions = dropExpiredSessions(db, options.now);
  if (rounds > 0) rebuildTallies(db);
  return { cutoff, rounds, accessLogLines, signIns, sessions };
}

/** The next RETENTION_HOUR o'clock after `now` in `timeZone`. */
export function nextRetentionAt(now: number, timeZone: string): number {
  const today = periodStart('today', now, timeZone)! + RETENTION_HOUR * 3_600_000;
  return today > now ? today : periodStart('today', now + DAY_MS, timeZone)! + RETENTION_HOUR * 3_600_000;
}

/**
 * Runs applyRetention once at start (a centre switched off for a week catches up) and every day at
 * RETENTION_HOUR. Returns a stop function for the server's close.
 */
export function scheduleRetention(options: {
  db: SqliteDatabase;
  retentionDays: number;
  timeZone: string;
  log: Pick<FastifyBaseLogger, 'info' | 'error'>;
  now: () => number;
}): { runNow(): Promise<RetentionReport>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const runNow = async () => {
    const report = await applyRetention(options.db, { retentionDays: options.retentionDays, now: options.now() });
    options.log.info({ ...report, retentionDays: options.retentionDays }, 'retention applied');
    return report;
  };
  const run = () =>
    runNow().catch((error: unknown) => {
      if (!stopped) options.log.error({ err: error }, 'the daily retention run failed');
    });
  const arm = () => {
    if (stopped) return;
    timer = setTimeout(() => void run().then(arm), Math.max(1_000, nextRetentionAt(options.now(), options.timeZone) - options.now()));
    timer.unref();
  };
  const first = setTimeout(() => void run().then(arm), 0);
  first.unref();
  return {
    runNow,
    stop: () => {
      stopped = true;
      clearTimeout(first);
      clearTimeout(timer);
    },
  };
}

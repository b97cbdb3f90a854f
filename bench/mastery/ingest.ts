/**
 * Storing rounds whose seats are all signed in, so every seat's mastery is updated in the round's
 * transaction: evidence rows per second through the store against a raw better-sqlite3 insert of
 * the same rows (goal ≥ 0.5×), and the mastery update's own time per seat (goal ≤ 1 ms).
 * Run: npx tsx bench/mastery/ingest.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMasteryWriter } from '../../src/server/mastery/mastery-writer';
import { admitRound } from '../../src/server/rounds/admit-round';
import { openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { sqliteStore } from '../../src/server/store/sqlite-store';
import { benchPackRules, format, perSecond, timed } from '../server/bench-fixtures';
import { BENCH_SCREEN, cardedRound, seedCardsAndScreen } from './carded-rounds';

const EVIDENCE_PER_ROUND = 100;
const ROUNDS = 1_000;
const CARDS = 400;
const SEATS = 4;
const GOAL_STORE_RATIO = 0.5;
const GOAL_SEAT_MS = 1;

const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-mastery-'));
const rounds = Array.from({ length: ROUNDS }, (_, n) => cardedRound(n, EVIDENCE_PER_ROUND, CARDS));
const rows = ROUNDS * EVIDENCE_PER_ROUND;
const admitted = rounds.map((round) => {
  const admission = admitRound(round, benchPackRules, { receivedAt: Date.now(), screenId: BENCH_SCREEN });
  if (!admission.ok) throw new Error(admission.issues[0]?.message);
  return admission.round;
});

function migrated(name: string) {
  const db = openDatabase(join(folder, name));
  applyMigrations(db);
  seedCardsAndScreen(db, CARDS);
  return db;
}

try {
  // Raw baseline: the round row and its evidence, one transaction per round, prepared statements.
  const raw = migrated('raw');
  const insertRound = raw.prepare(
    `INSERT INTO rounds (id, pack_id, pack_version, game_id, game_version, sdk, seed, screen_id, started_at, ended_at, end_reason, max_points_per_seat, record_hash, received_at)
     VALUES (?, 'p', '1.0.0', 'g', '1.0.0', 2, 1, '${BENCH_SCREEN}', 0, 0, 'complete', 1000, 'h', 0)`,
  );
  const insertEvidence = raw.prepare(
    'INSERT INTO evidence (round_id, line_no, seat, objective_id, item, outcome, response, response_ms, attempt, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const rawRound = raw.transaction((round: (typeof rounds)[number]) => {
    insertRound.run(round.id);
    round.evidence.forEach((e, i) => insertEvidence.run(round.id, i, e.seat, e.objective, e.item, e.outcome, e.response ?? null, e.responseMs ?? null, e.attempt, e.atMs));
  });
  const rawMs = await timed(() => rounds.forEach((round) => rawRound(round)));
  raw.close();

  // The store, as the route calls it: seats, score lines, evidence, tallies and mastery.
  const storeDb = migrated('store');
  const store = sqliteStore(storeDb);
  const storeMs = await timed(async () => {
    for (const round of admitted) {
      const saved = await store.saveRound(round);
      if (saved.outcome !== 'stored') throw new Error(`round not stored: ${saved.outcome}`);
    }
  });
  const masteryRows = storeDb.prepare<[], { n: number }>('SELECT count(*) AS n FROM mastery').get()!.n;
  await store.close();

  // The mastery update alone, on the same rounds: its statements inside one open transaction, so
  // the figure is the update's own work, not the commit's disk flush the round pays anyway.
  const alone = migrated('alone');
  const writeMastery = createMasteryWriter(alone);
  const perRound: number[] = [];
  alone.transaction(() => {
    for (const round of admitted) {
      const start = performance.now();
      writeMastery(round);
      perRound.push(performance.now() - start);
    }
  })();
  alone.close();
  perRound.sort((a, b) => a - b);
  const seatMs = (ms: number) => ms / SEATS;
  const median = seatMs(perRound[Math.floor(perRound.length / 2)]!);
  const p99 = seatMs(perRound[Math.floor(perRound.length * 0.99)]!);
  const slowest = seatMs(perRound.at(-1)!);

  const rawRate = perSecond(rows, rawMs);
  const storeRate = perSecond(rows, storeMs);
  const ratio = storeRate / rawRate;
  console.log(`Ingest with mastery — ${format(ROUNDS)} rounds × ${EVIDENCE_PER_ROUND} evidence rows, ${SEATS} signed-in seats each (${format(masteryRows)} mastery rows)`);
  console.log(`  raw better-sqlite3, one transaction per round   ${format(rawRate).padStart(10)} rows/s   (baseline)`);
  console.log(`  store.saveRound (mastery in the transaction)    ${format(storeRate).padStart(10)} rows/s   ratio ${ratio.toFixed(2)}`);
  console.log(`  goal: store ≥ ${GOAL_STORE_RATIO} × raw → ${ratio >= GOAL_STORE_RATIO ? 'met' : 'NOT met'}`);
  console.log(`  mastery update per seat (${EVIDENCE_PER_ROUND / SEATS} answers): median ${median.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, slowest ${slowest.toFixed(3)} ms`);
  // Judged on the median, as the other benches do: on a shared machine the slow tail is other processes.
  console.log(`  goal: ≤ ${GOAL_SEAT_MS} ms per seat (median) → ${median <= GOAL_SEAT_MS ? 'met' : 'NOT met'}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

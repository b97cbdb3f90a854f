/**
 * Evidence rows per second through POST /api/rounds (real HTTP on loopback) and through the store,
 * each as a ratio of a raw better-sqlite3 batched insert of the same rows in the same run.
 * Run: npx tsx bench/server/evidence-throughput.ts
 *
 * Every path uses the server's own database settings (WAL, synchronous = FULL) and one
 * transaction per round, as in service. The raw baseline inserts the round row and its evidence
 * with one prepared statement; the store adds the duplicate check, seats and score lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/server/app';
import { admitRound } from '../../src/server/rounds/admit-round';
import { openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { sqliteStore } from '../../src/server/store/sqlite-store';
import { benchPackRules, benchRound, format, perSecond, timed, writeBenchPack } from './bench-fixtures';

const EVIDENCE_PER_ROUND = 100;
const ROUNDS = 1_000;
const HTTP_ROUNDS = 500;
const GOAL_STORE_RATIO = 0.5;

const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-'));
const rounds = Array.from({ length: ROUNDS }, (_, n) => benchRound(n, EVIDENCE_PER_ROUND));
const rows = ROUNDS * EVIDENCE_PER_ROUND;

function migrated(name: string) {
  const db = openDatabase(join(folder, name));
  applyMigrations(db);
  return db;
}

try {
  // Raw baseline: the same rows, one transaction per round, one prepared statement.
  const raw = migrated('raw');
  raw.prepare("INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES ('s', 0, 0)").run();
  const insertRound = raw.prepare("INSERT INTO rounds VALUES (?, 'p', '1.0.0', 'g', '1.0.0', 1, 1, 's', 0, 0, 'complete', 1000, 'h', 0)");
  const insertEvidence = raw.prepare('INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const rawBatch = raw.transaction((round: (typeof rounds)[number]) => {
    insertRound.run(round.id);
    round.evidence.forEach((e, i) => insertEvidence.run(round.id, i, e.seat, e.objective, e.item, e.outcome, e.response ?? null, e.responseMs ?? null, e.attempt, e.atMs));
  });
  const rawMs = await timed(() => rounds.forEach((round) => rawBatch(round)));
  raw.close();

  // For reference: everything in one transaction (no fsync per round).
  const rawOne = migrated('raw-one');
  rawOne.prepare("INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES ('s', 0, 0)").run();
  const oneRound = rawOne.prepare("INSERT INTO rounds VALUES (?, 'p', '1.0.0', 'g', '1.0.0', 1, 1, 's', 0, 0, 'complete', 1000, 'h', 0)");
  const oneEvidence = rawOne.prepare('INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const rawOneMs = await timed(() =>
    rawOne.transaction(() => {
      for (const round of rounds) {
        oneRound.run(round.id);
        round.evidence.forEach((e, i) => oneEvidence.run(round.id, i, e.seat, e.objective, e.item, e.outcome, e.response ?? null, e.responseMs ?? null, e.attempt, e.atMs));
      }
    })(),
  );
  rawOne.close();

  // The store: admitted rounds (checked against the pack beforehand, as the route does).
  const storeDb = migrated('store');
  const store = sqliteStore(storeDb);
  await store.addScreen({ id: 'bench-screen', name: 'bench', addedAt: Date.now() });
  const admitted = rounds.map((round) => {
    const admission = admitRound(round, benchPackRules, { receivedAt: Date.now(), screenId: 'bench-screen' });
    if (!admission.ok) throw new Error(admission.issues[0]?.message);
    return admission.round;
  });
  const storeMs = await timed(async () => {
    for (const round of admitted) {
      const saved = await store.saveRound(round);
      if (saved.outcome !== 'stored') throw new Error(`round not stored: ${saved.outcome}`);
    }
  });
  await store.close();

  // The whole route over real HTTP: JSON, zod, admission, hashing, store.
  const contentDir = join(folder, 'content');
  writeBenchPack(contentDir);
  const app = await buildServer({ port: 0, host: '127.0.0.1', dataDir: join(folder, 'http'), appsDir: join(folder, 'apps'), contentDir, logLevel: 'silent', timeZone: 'Europe/Paris', pairLoopbackScreens: true });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  // Rounds come from a registered screen: this one pairs itself over loopback.
  const paired = (await (await fetch(`${address}/api/screens/pair-loopback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { credential: string };
  const asScreen = { authorization: `Bearer ${paired.credential}` };
  const bodies = rounds.slice(0, HTTP_ROUNDS).map((round) => JSON.stringify(round));
  const httpMs = await timed(async () => {
    for (const body of bodies) {
      const response = await fetch(`${address}/api/rounds`, { method: 'POST', headers: { ...asScreen, 'content-type': 'application/json' }, body });
      if (response.status !== 201) throw new Error(`POST /api/rounds answered ${response.status}: ${await response.text()}`);
    }
  });
  await app.close();

  const rawRate = perSecond(rows, rawMs);
  const storeRate = perSecond(rows, storeMs);
  const httpRate = perSecond(HTTP_ROUNDS * EVIDENCE_PER_ROUND, httpMs);
  const storeRatio = storeRate / rawRate;
  console.log(`Evidence throughput — ${format(ROUNDS)} rounds × ${EVIDENCE_PER_ROUND} evidence rows (HTTP: ${format(HTTP_ROUNDS)} rounds)`);
  console.log(`  raw better-sqlite3, one transaction per round   ${format(rawRate).padStart(10)} rows/s   (baseline)`);
  const rawOneRate = perSecond(rows, rawOneMs);
  console.log(`  raw better-sqlite3, one transaction for all     ${format(rawOneRate).padStart(10)} rows/s   (no fsync per round)`);
  console.log(`  store.saveRound                                 ${format(storeRate).padStart(10)} rows/s   ratio ${storeRatio.toFixed(2)} (${(storeRate / rawOneRate).toFixed(2)} of one-transaction)`);
  console.log(`  POST /api/rounds over loopback HTTP             ${format(httpRate).padStart(10)} rows/s   ratio ${(httpRate / rawRate).toFixed(2)}`);
  console.log(`  goal: store ≥ ${GOAL_STORE_RATIO} × raw → ${storeRatio >= GOAL_STORE_RATIO ? 'met' : 'NOT met'}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Leaderboard query time over 100 000 rounds and 1 000 000 evidence rows, through the store
 * (the SQL the route runs) and through GET /api/leaderboards (inject, no socket).
 * Run: npx tsx bench/server/leaderboard-query.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/server/app';
import { periodStart } from '../../src/server/leaderboards/period-start';
import { openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { sqliteStore } from '../../src/server/store/sqlite-store';
import { rebuildTallies } from '../../src/server/store/sqlite-tallies';
import type { LeaderboardQuery } from '../../src/server/store/store';
import { createRandom } from '../../src/shared/random';
import { format, timed, writeBenchPack } from './bench-fixtures';

const ROUNDS = 100_000;
const EVIDENCE = 1_000_000;
const CARDS = 2_000;
const PACKS = ['bench-pack', 'paris-monuments', 'code-route', 'sante-sport', 'notre-quartier', 'tri-dechets'];
const DAYS = 90;
const GOAL_MS = 100;
const REPEATS = 7;
const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-lb-'));
const now = Date.now();

try {
  const db = openDatabase(join(folder, 'data'));
  applyMigrations(db);
  const seedMs = await timed(() => seed(db));
  console.log(`Leaderboards — seeded ${format(ROUNDS)} rounds, ${format(EVIDENCE)} evidence rows, ${format(CARDS)} cards in ${(seedMs / 1000).toFixed(1)} s`);
  const store = sqliteStore(db);

  const cases: [string, Omit<LeaderboardQuery, 'limit'>][] = [];
  for (const period of ['today', 'week', 'all'] as const) {
    const since = periodStart(period, now, 'Europe/Paris');
    cases.push([`${period.padEnd(5)} centre-wide  players`, { by: 'player', since, pack: null, playerCard: 'card-7' }]);
    cases.push([`${period.padEnd(5)} one pack     players`, { by: 'player', since, pack: 'sante-sport', playerCard: 'card-7' }]);
    cases.push([`${period.padEnd(5)} centre-wide  teams  `, { by: 'team', since, pack: null }]);
    cases.push([`${period.padEnd(5)} one pack     teams  `, { by: 'team', since, pack: 'sante-sport' }]);
  }
  // The goal is judged on the median of warm runs (the machine may be shared); the first run,
  // which also prepares the statement and reads cold pages, and the slowest are printed beside it.
  let worstMedian = 0;
  let slowest = 0;
  for (const [name, query] of cases) {
    let lines = 0;
    const first = await timed(async () => (lines = (await store.leaderboard({ ...query, limit: 10 })).ranked));
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) times.push(await timed(() => store.leaderboard({ ...query, limit: 10 })));
    times.sort((a, b) => a - b);
    const median = times[Math.floor(REPEATS / 2)]!;
    worstMedian = Math.max(worstMedian, median);
    slowest = Math.max(slowest, first, times.at(-1)!);
    console.log(
      `  store  ${name}  median ${ms(median)}  max ${ms(times.at(-1)!)}  first ${ms(first)}  (${format(lines)} ranked)`,
    );
  }
  await store.close();

  const contentDir = join(folder, 'content');
  writeBenchPack(contentDir);
  const app = await buildServer({ port: 0, host: '127.0.0.1', dataDir: join(folder, 'data'), appsDir: join(folder, 'apps'), contentDir, logLevel: 'silent', timeZone: 'Europe/Paris', pairLoopbackScreens: false });
  const httpTimes: number[] = [];
  await app.inject({ url: '/api/leaderboards?period=all&playerCard=card-7' });
  for (let i = 0; i < REPEATS; i++) {
    httpTimes.push(await timed(async () => {
      const response = await app.inject({ url: '/api/leaderboards?period=all&playerCard=card-7' });
      if (response.statusCode !== 200) throw new Error(response.body);
    }));
  }
  httpTimes.sort((a, b) => a - b);
  const httpMedian = httpTimes[Math.floor(REPEATS / 2)]!;
  worstMedian = Math.max(worstMedian, httpMedian);
  slowest = Math.max(slowest, httpTimes.at(-1)!);
  console.log(`  GET /api/leaderboards?period=all (inject)       median ${ms(httpMedian)}  max ${ms(httpTimes.at(-1)!)}`);
  await app.close();
  console.log(
    `  goal: every query ≤ ${GOAL_MS} ms (median) → ${worstMedian <= GOAL_MS ? 'met' : 'NOT met'} ` +
      `(slowest median ${worstMedian.toFixed(1)} ms; slowest single run ${slowest.toFixed(1)} ms)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** Fills the store in one transaction: rounds over 90 days, 1–4 seats, a fifth of seats guests, teams in 30 %. */
function seed(db: ReturnType<typeof openDatabase>): void {
  const random = createRandom(2025);
  db.pragma('synchronous = OFF');
  const insertCard = db.prepare('INSERT INTO player_cards VALUES (?, ?, ?, ?, ?, 0)');
  const insertScreen = db.prepare('INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES (?, 0, 0)');
  const insertRound = db.prepare("INSERT INTO rounds VALUES (?, ?, '1.0.0', 'quiz', '1.0.0', 1, ?, 'screen-0', ?, ?, 'complete', 100, 'h', ?)");
  const insertSeat = db.prepare('INSERT INTO round_seats VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertEvidence = db.prepare('INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let c = 0; c < CARDS; c++) insertCard.run(`card-${c}`, `C${c}`, `Joueur ${c}`, `joueur${c}`, '🦊');
    insertScreen.run('screen-0');
    const perRound = EVIDENCE / ROUNDS;
    for (let r = 0; r < ROUNDS; r++) {
      const id = `round-${r}`;
      const pack = random.pick(PACKS);
      const endedAt = now - Math.floor(random.next() * DAYS * 86_400_000);
      insertRound.run(id, pack, r, endedAt - 120_000, endedAt, endedAt);
      const seats = random.int(1, 4);
      const teams = seats >= 2 && random.next() < 0.3;
      for (let s = 0; s < seats; s++) {
        const card = random.next() < 0.2 ? null : `card-${random.int(0, CARDS - 1)}`;
        const team = teams ? (s % 2 ? 'sky' : 'orange') : null;
        const points = random.int(0, 100);
        insertSeat.run(id, `pad-${s}`, 'pad', card, team, pack, endedAt, points, points * 10, random.int(0, 5), 5);
      }
      for (let e = 0; e < perRound; e++) {
        insertEvidence.run(id, e, `pad-${e % seats}`, `${pack}/objective-${e % 4}`, `q${e}`, random.next() < 0.7 ? 1 : 0, random.int(500, 9000), 1, e * 1000);
      }
    }
  })();
  // The rows went in raw, past the round writer: derive the all-time tallies as a repair would.
  rebuildTallies(db);
  db.pragma('synchronous = FULL');
}

/**
 * The educator heatmap: one group of 1,000 cards × 50 objectives, in a store holding 1,000,000
 * evidence rows (20,000 rounds of one seat × 50 answers; each card's mastery traced from its
 * answers with the default parameters, as the round writer keeps it). Times the report itself (the query and the cells) and the
 * whole route through Fastify (guard, access log, JSON), each as a median. Goal: ≤ 100 ms.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/server/app';
import { hashPassword } from '../../src/server/educators/password-hash';
import { heatmapReport } from '../../src/server/reports/heatmap-report';
import { openDatabase, type SqliteDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { DEFAULT_BKT } from '../../src/shared/mastery/bkt-parameters';
import { traceKnown } from '../../src/shared/mastery/knowledge-trace';
import { createRandom } from '../../src/shared/random';
import { educatorSessionSchema } from '../../src/shared/api/educator-auth';
import { format, timed } from '../server/bench-fixtures';
import { median } from '../stats';

const CARDS = 1_000;
const OBJECTIVES = 50;
const EVIDENCE = 1_000_000;
const PER_ROUND = 50;
const REPEATS = 15;
const GOAL_MS = 100;

/** Wall time and this process's CPU time (user + system) of `run`, in ms: the CPU time says what the work costs when the shared machine is busy. */
async function measured(run: () => unknown): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const wall = await timed(run);
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}
const GROUP = 'grp-00000000000be0c0';
/** Every objective has a title in both languages, as a served pack's do, so the answer carries them. */
const benchTitle = (objectiveId: string) => ({ fr: `Objectif ${objectiveId}`, en: `Objective ${objectiveId}` });

export async function heatmapBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-heatmap-'));
  try {
    const dataDir = join(folder, 'data');
    const db = openDatabase(dataDir);
    applyMigrations(db);
    const seedMs = await timed(() => seed(db));
    const cellCount = (db.prepare('SELECT count(*) AS n FROM mastery').get() as { n: number }).n;
    console.log(`  store: ${format(CARDS)} cards, ${format(EVIDENCE)} evidence rows and ${format(cellCount)} mastery cells written in ${(seedMs / 1000).toFixed(1)} s`);

    heatmapReport(db, GROUP, benchTitle);
    const reportTimes: number[] = [];
    const reportCpu: number[] = [];
    let cells = 0;
    for (let i = 0; i < REPEATS; i++) {
      const [wall, cpu] = await measured(() => (cells = heatmapReport(db, GROUP, benchTitle).answers.reduce((n, row) => n + row.filter((a) => a > 0).length, 0)));
      reportTimes.push(wall);
      reportCpu.push(cpu);
    }
    db.close();

    mkdirSync(join(folder, 'content'), { recursive: true });
    const app = await buildServer({ port: 0, host: '127.0.0.1', dataDir, appsDir: join(folder, 'apps'), contentDir: join(folder, 'content'), logLevel: 'silent', timeZone: 'Europe/Paris', pairLoopbackScreens: false });
    try {
      const cookieOf = (set: unknown) => String(set).split(';')[0]!;
      const first = await app.inject({ url: '/api/educator/session' });
      let cookie = cookieOf(first.headers['set-cookie']);
      const signedIn = await app.inject({
        method: 'POST',
        url: '/api/educator/session',
        headers: { cookie, 'x-csrf-token': educatorSessionSchema.parse(first.json()).csrfToken },
        payload: { login: 'bench', password: 'bench password' },
      });
      if (signedIn.statusCode !== 200) throw new Error(`sign-in answered ${signedIn.statusCode}: ${signedIn.body}`);
      cookie = cookieOf(signedIn.headers['set-cookie']);
      const url = `/api/educator/groups/${GROUP}/reports/heatmap`;
      let bytes = 0;
      const get = async () => {
        const response = await app.inject({ url, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(response.body);
        bytes = response.rawPayload.length;
      };
      await get();
      const httpTimes: number[] = [];
      const httpCpu: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const [wall, cpu] = await measured(get);
        httpTimes.push(wall);
        httpCpu.push(cpu);
      }
      const http = median(httpTimes);
      console.log(`  heatmap report (query + cells)  median ${median(reportTimes).toFixed(1)} ms (CPU ${median(reportCpu).toFixed(1)} ms)  max ${Math.max(...reportTimes).toFixed(1)} ms  (${format(cells)} cells)`);
      console.log(`  GET ${url.replace(GROUP, ':groupId')} (inject)  median ${http.toFixed(1)} ms (CPU ${median(httpCpu).toFixed(1)} ms)  max ${Math.max(...httpTimes).toFixed(1)} ms  (${format(bytes)} bytes of JSON)`);
      console.log(
        `  goal: heatmap of ${format(CARDS)} cards × ${OBJECTIVES} objectives over ${format(EVIDENCE)} evidence ≤ ${GOAL_MS} ms server-side → ` +
          `${http <= GOAL_MS ? 'met' : 'NOT met'} (route median ${http.toFixed(1)} ms wall, ${median(httpCpu).toFixed(1)} ms CPU)`,
      );
    } finally {
      await app.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Raw rows past the round writer, in one transaction: as a centre after a year of play. */
async function seed(db: SqliteDatabase): Promise<void> {
  const random = createRandom(10);
  const passwordHash = await hashPassword('bench password', { N: 1024, r: 8, p: 1 });
  const now = Date.now();
  db.pragma('synchronous = OFF');
  const insertCard = db.prepare('INSERT INTO player_cards (id, code, pseudonym, pseudonym_key, avatar, created_at) VALUES (?, ?, ?, ?, ?, 0)');
  const insertRound = db.prepare("INSERT INTO rounds VALUES (?, 'bench', '1.0.0', 'quiz', '1.0.0', 2, ?, 'screen-0', ?, ?, 'complete', 100, 'h', ?)");
  const insertSeat = db.prepare("INSERT INTO round_seats VALUES (?, 'pad-0', 'pad', ?, NULL, 'bench', ?, 50, 500, ?, ?)");
  const insertEvidence = db.prepare("INSERT INTO evidence VALUES (?, ?, 'pad-0', ?, ?, ?, ?, 1500, 1, ?)");
  const insertMember = db.prepare('INSERT INTO group_cards (group_id, player_card_id, added_at) VALUES (?, ?, 0)');
  const insertMastery = db.prepare('INSERT INTO mastery (player_card_id, objective_id, p_known, answers, updated_at) VALUES (?, ?, ?, ?, ?)');
  // card → objective → answers in play order (rounds are written in play order below).
  const answers = new Map<string, boolean[]>();
  db.transaction(() => {
    db.prepare("INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES ('screen-0', 0, 0)").run();
    db.prepare("INSERT INTO educators (id, login, role, password_hash, created_at, password_changed_at) VALUES (1, 'bench', 'educator', ?, 0, 0)").run(passwordHash);
    db.prepare("INSERT INTO educator_groups (id, name, owner_id, created_at) VALUES (?, 'Bench', 1, 0)").run(GROUP);
    for (let c = 0; c < CARDS; c++) {
      insertCard.run(`card-${c}`, `C${c}`, `Joueur ${c}`, `joueur${c}`, '🦊');
      insertMember.run(GROUP, `card-${c}`);
    }
    const rounds = EVIDENCE / PER_ROUND;
    for (let r = 0; r < rounds; r++) {
      const id = `round-${r}`;
      const card = `card-${r % CARDS}`;
      const endedAt = now - (rounds - r) * 600_000;
      insertRound.run(id, r, endedAt - 120_000, endedAt, endedAt);
      let correct = 0;
      for (let e = 0; e < PER_ROUND; e++) {
        const right = random.next() < 0.65;
        correct += right ? 1 : 0;
        const key = `${card}|bench/objective-${(e + r) % OBJECTIVES}`;
        const list = answers.get(key);
        if (list) list.push(right);
        else answers.set(key, [right]);
        insertEvidence.run(id, e, `bench/objective-${(e + r) % OBJECTIVES}`, `q${e}`, right ? 'correct' : 'wrong', right ? 'A' : 'B', e * 1000);
      }
      insertSeat.run(id, card, endedAt, correct, PER_ROUND);
    }
    for (const [key, list] of answers) {
      const [card, objective] = key.split('|') as [string, string];
      insertMastery.run(card, objective, traceKnown(list, DEFAULT_BKT), list.length, now);
    }
  })();
  db.pragma('synchronous = FULL');
}

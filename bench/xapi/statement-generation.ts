/**
 * Statement generation (issue 11): statements per second made from stored rounds — read from
 * SQLite by the export's reader and built, as `GET /api/xapi/statements`, `ludocite xapi export`
 * and the forwarder make them. The store holds real rounds of every shipped pack, played by the
 * kit (best bot, random presses, an idle seat: right, wrong and unanswered items), each stored many
 * times under new ids. Medians of wall and CPU time over full passes; serialising to JSON lines
 * is timed apart. Goal: ≥ 20,000 statements/s.
 * Run: npm run bench xapi
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackCatalogue } from '../../src/server/packs/pack-catalogue';
import { openDatabase } from '../../src/server/store/database';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import { packDescriptionsFrom, statementContext, statementReader, xapiAddresses } from '../../src/server/xapi/statements';
import { playedRound, shippedPacks, storeRound } from '../../tests/server/support/stored-rounds';
import { median } from '../stats';

/** Copies of each played round in the store (two played rounds a pack). */
const COPIES = 60;
const RUNS = 5;
const GOAL_PER_S = 20_000;
const DAY = 86_400_000;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export async function statementGenerationBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-xapi-'));
  try {
    const store = openSqliteStore(folder);
    await store.addScreen({ id: 'bench-screen', name: 'bench', addedAt: 0, pairedAt: 0 });
    const card = randomUUID();
    await store.createPlayerCard({ id: card, code: 'BENCHAAA', pseudonym: 'Banc', pseudonymKey: 'banc', avatar: 'fox', createdAt: 0 });
    const packs = await shippedPacks();
    let rounds = 0;
    const start = Date.parse('2026-01-05T09:00:00Z');
    for (const entry of packs) {
      for (const seed of [1, 2]) {
        const played = playedRound(entry, { seed, endedAt: start, cards: [card] });
        for (let copy = 0; copy < COPIES; copy++) {
          const endedAt = start + rounds * 60_000 + (copy % 30) * DAY;
          const length = Date.parse(played.endedAt) - Date.parse(played.startedAt);
          const record = { ...played, id: randomUUID(), startedAt: new Date(endedAt - length).toISOString(), endedAt: new Date(endedAt).toISOString() };
          await storeRound(store, record, entry.rules, 'bench-screen');
          rounds += 1;
        }
      }
    }
    await store.close();

    const db = openDatabase(folder);
    const context = statementContext(xapiAddresses({ publicUrl: 'https://ludocite.example.org' }), packDescriptionsFrom(loadPackCatalogue('content', { warn: () => undefined })));
    const reader = statementReader(db, context);
    let count = 0;
    for (const _ of reader.all({ groups: null })) count += 1;
    console.log(`  store: ${rounds} rounds of ${packs.length} packs (3 seats, real play), ${count.toLocaleString('en')} statements in all`);

    const walls: number[] = [];
    const cpus: number[] = [];
    const serialiseWalls: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      let made = 0;
      for (const _ of reader.all({ groups: null })) made += 1;
      walls.push(performance.now() - t0);
      cpus.push(cpuMs(cpu));
      if (made !== count) throw new Error(`a pass made ${made} statements, not ${count}`);
      const t1 = performance.now();
      bytes = 0;
      for (const statement of reader.all({ groups: null })) bytes += JSON.stringify(statement).length + 1;
      serialiseWalls.push(performance.now() - t1);
    }
    db.close();
    const perS = (ms: number) => Math.round(count / (ms / 1000));
    const wall = median(walls);
    const rate = perS(wall);
    const cpuRate = perS(median(cpus));
    const verdict = (perSecond: number) => (perSecond >= GOAL_PER_S ? 'met' : 'NOT met');
    console.log(`  generation (read from SQLite and built): median ${wall.toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms CPU for ${count.toLocaleString('en')} statements`);
    // On the shared machine the wall time includes waiting for a core: the CPU time is what the work costs.
    console.log(`    ${rate.toLocaleString('en')} statements/s wall (${verdict(rate)}), ${cpuRate.toLocaleString('en')}/s of CPU time (${verdict(cpuRate)}) — goal ≥ ${GOAL_PER_S.toLocaleString('en')}/s; load average ${loadavg()[0]!.toFixed(1)}`);
    console.log(`  with JSON lines as the export writes them: ${perS(median(serialiseWalls)).toLocaleString('en')} statements/s, ${(bytes / count).toFixed(0)} bytes a statement`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

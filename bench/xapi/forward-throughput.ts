/**
 * Forwarding to a real LRS on loopback (issue 11): statements per second from stored rounds to
 * xapi-statements (Learning Locker's statement service, the tests' LRS), and the ratio to the
 * LRS's own throughput for the very same batches posted directly, back to back, by the same HTTP
 * client. Goal: at least 0.8×. Each run has a fresh LRS (its in-memory store slows as it fills, so
 * both sides start empty); runs alternate forwarder, direct, and the medians are compared.
 * Run: npm run bench xapi-forward
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackCatalogue } from '../../src/server/packs/pack-catalogue';
import { admitRound } from '../../src/server/rounds/admit-round';
import { openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { sqliteStore } from '../../src/server/store/sqlite-store';
import type { ForwardConfig } from '../../src/server/xapi/forward/forward-config';
import { startForwarder } from '../../src/server/xapi/forward/forwarder';
import { lrsClient, type LrsClient } from '../../src/server/xapi/forward/lrs-client';
import { forwardedStatementContext } from '../../src/server/xapi/forward/start-forwarding';
import { statementReader } from '../../src/server/xapi/statements';
import { LRS_CREDENTIALS, startLearningRecordStore } from '../../tests/server/support/learning-record-store';
import { benchPackRules, benchRound, format, perSecond, writeBenchPack } from '../server/bench-fixtures';
import { median } from '../stats';

const ROUNDS = 200;
/** 24 answers over 4 guest seats: 28 statements a round (24 answered, 4 completed). */
const EVIDENCE_PER_ROUND = 24;
const RUNS = 3;
const GOAL_RATIO = 0.8;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export async function forwardThroughputBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-forward-'));
  try {
    const dataDir = join(folder, 'data');
    const contentDir = join(folder, 'content');
    writeBenchPack(contentDir);
    const db = openDatabase(dataDir);
    applyMigrations(db);
    const store = sqliteStore(db);
    await store.addScreen({ id: 'bench-screen', name: 'bench', addedAt: Date.now() });
    for (let n = 0; n < ROUNDS; n++) {
      const admission = admitRound(benchRound(n, EVIDENCE_PER_ROUND), benchPackRules, { receivedAt: Date.now(), screenId: 'bench-screen' });
      if (!admission.ok) throw new Error(admission.issues[0]?.message);
      if ((await store.saveRound(admission.round)).outcome !== 'stored') throw new Error(`bench round ${n} not stored`);
    }
    await store.close();

    const context = forwardedStatementContext({ port: 8080 }, loadPackCatalogue(contentDir, silent));
    const forwardRates: number[] = [];
    const directRates: number[] = [];
    let batches: object[][] = [];
    let statements = 0;
    let makingMs = 0;
    for (let run = 0; run < RUNS; run++) {
      // The forwarder, as the server runs it (its own connection, synchronous = NORMAL), every round waiting.
      const lrs = await startLearningRecordStore();
      const forwardDb = openDatabase(dataDir);
      forwardDb.pragma('synchronous = NORMAL');
      forwardDb.prepare('UPDATE xapi_outbox SET sent_at = NULL, sent_statements = 0, refused_statements = 0').run();
      const config: ForwardConfig = { endpoint: lrs.endpoint, ...LRS_CREDENTIALS, batchSize: 100, retryMaxMs: 1_000, timeoutMs: 30_000 };
      const posted: object[][] = [];
      const client = lrsClient(config);
      const recording: LrsClient = { ...client, post: (batch, signal) => (posted.push([...batch]), client.post(batch, signal)) };
      const reader = statementReader(forwardDb, context);
      const start = performance.now();
      const forwarder = startForwarder({ db: forwardDb, config, client: recording, statementsOf: (id) => reader.forRound(id), log: silent, idlePollMs: 5 });
      while (forwarder.health().waitingRounds > 0) await new Promise((done) => setTimeout(done, 2));
      const forwardMs = performance.now() - start;
      await forwarder.stop();
      const made = performance.now();
      const all = forwardDb.prepare<[], { round_id: string }>('SELECT round_id FROM xapi_outbox').all().flatMap((row) => reader.forRound(row.round_id));
      makingMs = performance.now() - made;
      forwardDb.close();
      const held = (await lrs.statements()).length;
      await lrs.stop();
      if (held !== all.length || forwarder.health().refusedStatements !== 0) throw new Error(`the LRS holds ${held} of ${all.length} statements`);
      statements = all.length;
      batches = posted;
      forwardRates.push(perSecond(statements, forwardMs));

      // The same batches, posted directly to a fresh LRS by the same client.
      const direct = await startLearningRecordStore();
      const directClient = lrsClient({ ...config, endpoint: direct.endpoint });
      const directStart = performance.now();
      for (const batch of batches) {
        const outcome = await directClient.post(batch);
        if (outcome.kind !== 'stored') throw new Error(`a direct post was not stored: ${JSON.stringify(outcome)}`);
      }
      directRates.push(perSecond(statements, performance.now() - directStart));
      await direct.stop();
    }
    const forward = median(forwardRates);
    const direct = median(directRates);
    const ratio = forward / direct;
    console.log(`  ${format(statements)} statements of ${ROUNDS} rounds, ${batches.length} posts of up to 100, ${RUNS} runs each`);
    console.log(`  forwarder → LRS          ${format(forward).padStart(8)} statements/s   (runs: ${forwardRates.map(format).join(', ')})`);
    console.log(`  same batches, direct     ${format(direct).padStart(8)} statements/s   (runs: ${directRates.map(format).join(', ')})`);
    console.log(`  making them from the store alone: ${format(perSecond(statements, makingMs))} statements/s`);
    console.log(`  ratio ${ratio.toFixed(2)} (goal ≥ ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? 'MET' : 'NOT MET'}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

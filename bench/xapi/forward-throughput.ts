/**
 * Forwarding to a real LRS on loopback (issue 11): statements per second from stored rounds to
 * xapi-statements (Learning Locker's statement service, the tests' LRS), and the ratio to the
 * LRS's own throughput for the very same batches posted directly, back to back, by the same HTTP
 * client. Goal: at least 0.8×.
 *
 * The machine is shared, and whole runs a minute apart met loads different enough to swing the
 * ratio from 0.7 to 1.2. So the two sides are interleaved: the rounds are cut into segments; the
 * forwarder delivers one segment to its LRS, then the very batches it posted go directly to a
 * second LRS, and so on. Both LRSs fill alike (their in-memory store slows as it fills) and both
 * sides meet the same load within seconds of each other.
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

const ROUNDS = 300;
/** 24 answers over 4 guest seats: 28 statements a round (24 answered, 4 completed). */
const EVIDENCE_PER_ROUND = 24;
const SEGMENTS = 15;
const GOAL_RATIO = 0.8;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export async function forwardThroughputBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ludocite-bench-forward-'));
  const [forwardLrs, directLrs] = await Promise.all([startLearningRecordStore(), startLearningRecordStore()]);
  try {
    const dataDir = join(folder, 'data');
    const contentDir = join(folder, 'content');
    writeBenchPack(contentDir);
    const db = openDatabase(dataDir);
    applyMigrations(db);
    const store = sqliteStore(db);
    await store.addScreen({ id: 'bench-screen', name: 'bench', addedAt: Date.now() });
    const roundIds: string[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const admission = admitRound(benchRound(n, EVIDENCE_PER_ROUND), benchPackRules, { receivedAt: Date.now(), screenId: 'bench-screen' });
      if (!admission.ok) throw new Error(admission.issues[0]?.message);
      if ((await store.saveRound(admission.round)).outcome !== 'stored') throw new Error(`bench round ${n} not stored`);
      roundIds.push(admission.round.record.id);
    }
    await store.close();

    const forwardConfig = (endpoint: string): ForwardConfig => ({ endpoint, ...LRS_CREDENTIALS, batchSize: 100, retryMaxMs: 1_000, timeoutMs: 30_000 });
    const context = forwardedStatementContext({ port: 8080 }, loadPackCatalogue(contentDir, silent));
    // The forwarder as the server runs it: its own connection, synchronous = NORMAL.
    const forwardDb = openDatabase(dataDir);
    forwardDb.pragma('synchronous = NORMAL');
    forwardDb.prepare('UPDATE xapi_outbox SET sent_at = 0').run();
    const release = forwardDb.prepare('UPDATE xapi_outbox SET sent_at = NULL WHERE round_id = ?');
    const reader = statementReader(forwardDb, context);
    const client = lrsClient(forwardConfig(forwardLrs.endpoint));
    const directClient = lrsClient(forwardConfig(directLrs.endpoint));

    async function forwardSegment(roundsOf: readonly string[], via: LrsClient): Promise<{ ms: number; posted: object[][] }> {
      forwardDb.transaction(() => roundsOf.forEach((id) => release.run(id)))();
      const posted: object[][] = [];
      const recording: LrsClient = { ...via, post: (batch, signal) => (posted.push([...batch]), via.post(batch, signal)) };
      const start = performance.now();
      const forwarder = startForwarder({ db: forwardDb, config: forwardConfig(forwardLrs.endpoint), client: recording, statementsOf: (id) => reader.forRound(id), log: silent, idlePollMs: 5 });
      while (forwarder.health().waitingRounds > 0) await new Promise((done) => setTimeout(done, 2));
      const ms = performance.now() - start;
      await forwarder.stop();
      if (forwarder.health().refusedStatements !== 0) throw new Error('the LRS refused statements');
      return { ms, posted };
    }
    async function directSegment(batches: readonly object[][]): Promise<number> {
      const start = performance.now();
      for (const batch of batches) {
        const outcome = await directClient.post(batch);
        if (outcome.kind !== 'stored') throw new Error(`a direct post was not stored: ${JSON.stringify(outcome)}`);
      }
      return performance.now() - start;
    }
    // An LRS keeps working a little after it answers (its activity and count updates): let it
    // finish before the other side starts.
    const settle = () => new Promise((done) => setTimeout(done, 500));

    const size = Math.ceil(ROUNDS / SEGMENTS);
    const segments = Array.from({ length: Math.ceil(ROUNDS / size) }, (_, k) => roundIds.slice(k * size, (k + 1) * size));
    // The batches the forwarder makes, learnt first without an LRS, so either side may go first.
    const dry: LrsClient = { post: async () => ({ kind: 'stored' }), statement: async () => undefined };
    const batchesOf: object[][][] = [];
    for (const segment of segments) batchesOf.push((await forwardSegment(segment, dry)).posted);
    forwardDb.prepare('UPDATE xapi_outbox SET sent_at = 0').run();

    let forwardMs = 0;
    let directMs = 0;
    const perSegment: string[] = [];
    for (const [k, segment] of segments.entries()) {
      let segmentForwardMs: number;
      let segmentDirectMs: number;
      if (k % 2 === 0) {
        segmentForwardMs = (await forwardSegment(segment, client)).ms;
        await settle();
        segmentDirectMs = await directSegment(batchesOf[k]!);
      } else {
        segmentDirectMs = await directSegment(batchesOf[k]!);
        await settle();
        segmentForwardMs = (await forwardSegment(segment, client)).ms;
      }
      await settle();
      forwardMs += segmentForwardMs;
      directMs += segmentDirectMs;
      perSegment.push((segmentDirectMs / segmentForwardMs).toFixed(2));
    }
    const posts = batchesOf.reduce((sum, batches) => sum + batches.length, 0);
    const making = performance.now();
    const statements = roundIds.flatMap((id) => reader.forRound(id)).length;
    const makingMs = performance.now() - making;
    forwardDb.close();
    const [forwardHeld, directHeld] = await Promise.all([forwardLrs.statements(), directLrs.statements()]);
    if (forwardHeld.length !== statements || directHeld.length !== statements) throw new Error(`the LRSs hold ${forwardHeld.length} and ${directHeld.length} of ${statements} statements`);

    const forward = perSecond(statements, forwardMs);
    const direct = perSecond(statements, directMs);
    const ratio = forward / direct;
    console.log(`  ${format(statements)} statements of ${ROUNDS} rounds, ${posts} posts of up to 100, in ${SEGMENTS} interleaved segments`);
    console.log(`  forwarder → LRS          ${format(forward).padStart(7)} statements/s`);
    console.log(`  same batches, direct     ${format(direct).padStart(7)} statements/s`);
    console.log(`  ratio per segment (forwarder first in the 1st, 3rd…): ${perSegment.join(' ')}`);
    console.log(`  making them from the store alone: ${format(perSecond(statements, makingMs))} statements/s`);
    console.log(`  ratio ${ratio.toFixed(2)} (goal ≥ ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? 'MET' : 'NOT MET'}`);
  } finally {
    await Promise.all([forwardLrs.stop(), directLrs.stop()]);
    rmSync(folder, { recursive: true, force: true });
  }
}

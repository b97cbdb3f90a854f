import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { MIGRATIONS } from '../../src/server/store/migrations';
import { evidenceOutcome } from '../../src/server/store/migrations/002-evidence-outcome';
import { roundRecordSchema } from '../../src/shared/round/round-record';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

const folders: string[] = [];
let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('one evidence rule: correct, wrong or unanswered', () => {
  it('keeps the evidence stored before the change, as correct or wrong, with its response times', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ludocite-outcome-'));
    folders.push(folder);
    const db = openDatabase(folder);
    applyMigrations(db, MIGRATIONS.filter((m) => m.version < evidenceOutcome.version));
    db.prepare("INSERT INTO screens (id, first_seen_at, last_seen_at) VALUES ('s', 0, 0)").run();
    db.prepare("INSERT INTO rounds VALUES ('r1', 'sante-sport', '1.0.0', 'quiz-duel', '1.0.0', 1, 1, 's', 0, 1, 'complete', 1500, 'h', 1)").run();
    const evidence = db.prepare('INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    evidence.run('r1', 0, 'pad-0', 'sante-sport/sommeil', 'q1', 1, 900, 1, 1000);
    evidence.run('r1', 1, 'pad-0', 'sante-sport/sommeil', 'q2', 0, 4000, 1, 5000);
    applyMigrations(db);
    expect(db.prepare('SELECT item, outcome, response, response_ms FROM evidence ORDER BY line_no').all()).toEqual([
      { item: 'q1', outcome: 'correct', response: null, response_ms: 900 },
      { item: 'q2', outcome: 'wrong', response: null, response_ms: 4000 },
    ]);
    expect(() => db.prepare("INSERT INTO evidence VALUES ('r1', 2, 'pad-0', 'sante-sport/sommeil', 'q3', 'maybe', NULL, NULL, 1, 9000)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('stores unanswered items without counting them as answered, and the answer given', async () => {
    server = await startTestServer();
    const record = roundRecord([{ seat: guest('pad-0'), points: 100, answered: 2, correct: 1, unanswered: 3 }]);
    const response = await server.postRound(record);
    expect(response.statusCode).toBe(201);
    const db = new Database(join(server.config.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT correct, answered FROM round_seats').get()).toEqual({ correct: 1, answered: 2 });
    expect(db.prepare('SELECT outcome, count(*) AS n, count(response) AS responses, count(response_ms) AS times FROM evidence GROUP BY outcome ORDER BY outcome').all()).toEqual([
      { outcome: 'correct', n: 1, responses: 1, times: 1 },
      { outcome: 'unanswered', n: 3, responses: 0, times: 0 },
      { outcome: 'wrong', n: 1, responses: 1, times: 1 },
    ]);
    db.close();
  });

  it('reads a record from a screen built before SDK 2 (correct: true|false) from an outbox', () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 10, answered: 2, correct: 1 }]);
    const old = { ...record, sdk: 1, evidence: record.evidence.map(({ outcome, response: _response, ...rest }) => ({ ...rest, correct: outcome === 'correct' })) };
    const parsed = roundRecordSchema.parse(old);
    expect(parsed.evidence.map((e) => e.outcome)).toEqual(['correct', 'wrong']);
  });

  it('refuses an unanswered item that claims a response time, naming the field', () => {
    const record = roundRecord([{ seat: guest('pad-0'), points: 0, unanswered: 1 }]);
    const bad = { ...record, evidence: [{ ...record.evidence[0], responseMs: 300 }] };
    const result = roundRecordSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['evidence', 0, 'outcome']);
  });
});

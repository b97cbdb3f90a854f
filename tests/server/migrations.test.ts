import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src/server/store/database';
import { dbMigrateCommand, migrate } from '../../src/server/store/migrate-command';
import { applyMigrations } from '../../src/server/store/migrator';
import { MIGRATIONS } from '../../src/server/store/migrations';
import { startTestServer } from './support/test-server';

const NEWEST = MIGRATIONS.at(-1)!.version;
let folder: string;
const dataDirOf = (root: string) => join(root, 'data');
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ludocite-migrate-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('migrations', () => {
  it('create the data folder and the schema, then apply nothing on a second run', () => {
    const dataDir = join(folder, 'not', 'yet', 'there');
    const first = migrate({ dataDir });
    expect(first.applied.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const second = migrate({ dataDir });
    expect(second).toEqual({ applied: [], version: first.version });
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((t) => (t as { name: string }).name);
    expect(tables).toEqual([
      'access_log', 'educator_groups', 'educator_sessions', 'educator_sign_ins', 'educators', 'evidence', 'group_cards', 'group_shares', 'mastery',
      'mastery_parameters', 'pack_guest_tallies', 'player_cards', 'player_pack_tallies', 'round_seats', 'rounds', 'schema_migrations', 'score_lines',
      'screens', 'seat_tokens', 'server_secrets', 'team_pack_tallies', 'xapi_outbox', 'xapi_refused',
    ]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keep the previous version when a migration fails half-way', () => {
    const db = openDatabase(folder);
    const broken = { version: NEWEST + 1, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half_done (x)'); throw new Error('oops'); } };
    expect(() => applyMigrations(db, [...MIGRATIONS, broken])).toThrow('oops');
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(applyMigrations(db).version).toBe(NEWEST);
    db.close();
  });

  it('accept versions that skip a number, and refuse versions out of order', () => {
    const db = openDatabase(folder);
    const step = (version: number) => ({ version, name: `step-${version}`, up: (d: Database.Database) => void d.exec(`CREATE TABLE t${version} (x)`) });
    expect(applyMigrations(db, [step(1), step(3)]).applied.map((m) => m.version)).toEqual([1, 3]);
    // The step written at the same time lands later: it is applied on the next start.
    expect(applyMigrations(db, [step(1), step(2), step(3)]).applied.map((m) => m.version)).toEqual([2]);
    expect(() => applyMigrations(db, [step(1), step(3), step(2)])).toThrow(/version 2, expected a whole number above 3/);
    db.close();
  });

  it('refuse a database from a newer server', () => {
    const db = openDatabase(folder);
    applyMigrations(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, 0)').run('future');
    expect(() => applyMigrations(db)).toThrow(/version 99, newer than this server knows/);
    db.close();
  });

  it('run from `ludocite db migrate` with DATA_DIR, and again when the server starts', async () => {
    const lines: string[] = [];
    const dataDir = join(folder, 'data');
    expect(dbMigrateCommand({ DATA_DIR: dataDir }, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([
      ...MIGRATIONS.map((m) => `Applied migration ${String(m.version).padStart(3, '0')}-${m.name}`),
      `The store in ${dataDir} is now at schema version ${NEWEST}.`,
    ]);
    const server = await startTestServer({ folder });
    expect((await server.app.inject({ url: '/api/leaderboards' })).statusCode).toBe(200);
    await server.dispose();
    lines.length = 0;
    dbMigrateCommand({ DATA_DIR: dataDir }, (line) => lines.push(line));
    expect(lines).toEqual([`The store in ${dataDir} is up to date (schema version ${NEWEST}).`]);
  });

  it('say what is wrong when `ludocite db migrate` cannot run', () => {
    const errors: string[] = [];
    expect(dbMigrateCommand({ DATA_DIR: dataDirOf(folder), LOG_LEVEL: 'loud' }, () => {}, (line) => errors.push(line))).toBe(78);
    expect(errors[0]).toMatch(/LOG_LEVEL="loud"/);
    const db = openDatabase(dataDirOf(folder));
    db.prepare('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)').run();
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 0)").run();
    db.close();
    expect(dbMigrateCommand({ DATA_DIR: dataDirOf(folder) }, () => {}, (line) => errors.push(line))).toBe(1);
    expect(errors[1]).toMatch(/newer than this server knows/);
  });
});

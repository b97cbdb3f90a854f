import type { SqliteDatabase } from './database';
import type { Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations';

export interface MigrationReport {
  /** Versions applied by this call, oldest first; empty when the schema was already current. */
  applied: { version: number; name: string }[];
  /** The schema version after the call. */
  version: number;
}

/**
 * Brings the schema to the newest version. Each migration runs in its own transaction together
 * with its row in `schema_migrations`, so a failure leaves the previous version intact and a
 * second run (or two processes starting at once) applies nothing twice.
 */
export function applyMigrations(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): MigrationReport {
  checkOrder(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  // Checked before any step runs: a database a newer server wrote is left exactly as it was.
  const known = migrations.at(-1)?.version ?? 0;
  const found = newestVersion(db);
  if (found > known) {
    throw new Error(`the database is at schema version ${found}, newer than this server knows (${known}); update the server`);
  }
  const isApplied = db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: MigrationReport['applied'] = [];
  for (const migration of migrations) {
    // IMMEDIATE takes the write lock before the check, so two starting processes cannot both apply.
    db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      migration.up(db);
      record.run(migration.version, migration.name, Date.now());
      applied.push({ version: migration.version, name: migration.name });
    }).immediate();
  }
  return { applied, version: newestVersion(db) };
}

function newestVersion(db: SqliteDatabase): number {
  return db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations').get()?.version ?? 0;
}

/**
 * Versions rise from 1 and may skip a number: two engineers may take 2 and 3 at once, and a
 * database that got 3 first gets 2 on the next start (each step applies once, by its version).
 */
function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, i) => {
    const previous = i === 0 ? 0 : migrations[i - 1]!.version;
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new Error(`migration "${migration.name}" has version ${migration.version}, expected a whole number above ${previous}`);
    }
  });
}

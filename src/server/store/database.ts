import { join } from 'node:path';
import Database from 'better-sqlite3';
import { prepareDataFolder } from './data-folder';

/** The store's file inside DATA_DIR; its WAL (`-wal`) and shared memory (`-shm`) sit beside it. */
export const DATABASE_FILE = 'ludocite.sqlite';

export type SqliteDatabase = Database.Database;

/**
 * Opens (and creates on first start) the centre's SQLite file in WAL mode, so the leaderboard can
 * read while a round is written. `synchronous = FULL` because the server's 2xx is the screen's
 * signal to drop a record from its outbox: an acknowledged round must survive a power cut.
 */
export function openDatabase(dataDir: string): SqliteDatabase {
  prepareDataFolder(dataDir);
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a backup, `db migrate`) may hold the lock briefly.
  db.pragma('busy_timeout = 5000');
  return db;
}

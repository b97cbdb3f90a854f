import { ConfigError, configFromEnvironment, type ServerConfig } from '../../server/config';
import { openDatabase, type SqliteDatabase } from '../../server/store/database';
import { applyMigrations } from '../../server/store/migrator';

/** What a store command reads and writes; tests pass their own. */
export interface StoreCommandIo {
  environment?: Record<string, string | undefined>;
  print?: (line: string) => void;
  printError?: (line: string) => void;
  now?: () => number;
}

/**
 * Runs a command on the database under DATA_DIR, read as the server reads it (and migrated like
 * it), beside a running server if there is one: SQLite's locking keeps both safe. Returns the exit
 * code: 78 for a bad configuration, else what `run` returns.
 */
export function withDatabase(io: StoreCommandIo, run: (db: SqliteDatabase, config: ServerConfig) => number): number {
  let config;
  try {
    config = configFromEnvironment(io.environment ?? process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    (io.printError ?? console.error)(error.message);
    return 78;
  }
  const db = openDatabase(config.dataDir);
  try {
    applyMigrations(db);
    return run(db, config);
  } finally {
    db.close();
  }
}

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
 * The centre's configuration from the environment, as the server reads it; null after printing
 * what is wrong, for the command to exit 78 (EX_CONFIG). Every store command starts here.
 */
export function storeConfig(environment: Record<string, string | undefined>, printError: (line: string) => void): ServerConfig | null {
  try {
    return configFromEnvironment(environment);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    printError(error.message);
    return null;
  }
}

/**
 * Runs a command on the database under DATA_DIR, read as the server reads it (and migrated like
 * it), beside a running server if there is one: SQLite's locking keeps both safe. Returns the exit
 * code: 78 for a bad configuration, else what `run` returns.
 */
export function withDatabase(io: StoreCommandIo, run: (db: SqliteDatabase, config: ServerConfig) => number): number {
  const config = storeConfig(io.environment ?? process.env, io.printError ?? console.error);
  if (!config) return 78;
  const db = openDatabase(config.dataDir);
  try {
    applyMigrations(db);
    return run(db, config);
  } finally {
    db.close();
  }
}

import type { ServerConfig } from '../config';
import { configFromEnvironment } from '../config';
import { openDatabase } from './database';
import { applyMigrations, type MigrationReport } from './migrator';

/** Applies every pending migration to the store under `config.dataDir` and closes it. */
export function migrate(config: Pick<ServerConfig, 'dataDir'>): MigrationReport {
  const db = openDatabase(config.dataDir);
  try {
    return applyMigrations(db);
  } finally {
    db.close();
  }
}

/**
 * `ludocite db migrate`: reads DATA_DIR like the server does, migrates, and says what it did.
 * Returns the process exit code.
 */
export function dbMigrateCommand(
  environment: Record<string, string | undefined> = process.env,
  print: (line: string) => void = console.log,
): number {
  const config = configFromEnvironment(environment);
  const report = migrate(config);
  if (report.applied.length === 0) {
    print(`The store in ${config.dataDir} is up to date (schema version ${report.version}).`);
  } else {
    for (const step of report.applied) print(`Applied migration ${String(step.version).padStart(3, '0')}-${step.name}`);
    print(`The store in ${config.dataDir} is now at schema version ${report.version}.`);
  }
  return 0;
}

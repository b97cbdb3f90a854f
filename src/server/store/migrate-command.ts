import { ConfigError, configFromEnvironment, type ServerConfig } from '../config';
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
 * Returns the process exit code: 0 done, 78 bad configuration, 1 the migration failed.
 */
export function dbMigrateCommand(
  environment: Record<string, string | undefined> = process.env,
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): number {
  let config;
  try {
    config = configFromEnvironment(environment);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    printError(error.message);
    return 78;
  }
  let report;
  try {
    report = migrate(config);
  } catch (error) {
    printError(`The store in ${config.dataDir} could not be migrated: ${(error as Error).message}`);
    return 1;
  }
  if (report.applied.length === 0) {
    print(`The store in ${config.dataDir} is up to date (schema version ${report.version}).`);
  } else {
    for (const step of report.applied) print(`Applied migration ${String(step.version).padStart(3, '0')}-${step.name}`);
    print(`The store in ${config.dataDir} is now at schema version ${report.version}.`);
  }
  return 0;
}

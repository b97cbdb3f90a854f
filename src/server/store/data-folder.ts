import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Held by the running server; see `lockDataFolder`. */
export const LOCK_FILE = 'ludocite.lock';

/** sysexits.h: a setting is wrong (78), or the resource is busy and a later try may work (75). */
export const EXIT_CONFIG = 78;
export const EXIT_TEMPFAIL = 75;

/** The data folder cannot be used; `exitCode` tells a supervisor whether to try again. */
export class DataFolderError extends Error {
  override name = 'DataFolderError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * Creates the data folder if needed and proves it can be written, so a read-only or foreign
 * folder stops the start with its name rather than with SQLite's "unable to open database file"
 * at the first round.
 */
export function prepareDataFolder(dataDir: string): void {
  const probe = join(dataDir, `.write-test-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DataFolderError(`The server cannot write to its data folder DATA_DIR="${dataDir}" (${reason}): give a folder this user may write to`, EXIT_CONFIG);
  }
}

/**
 * Makes this process the only server on the data folder until it exits. The lock is an exclusive
 * transaction on a small SQLite file beside the database: SQLite's file locks are the operating
 * system's, so the kernel lets go when the process dies, even by `kill -9`, and a crashed server
 * never leaves a stale lock. Command-line tools (`db backup`, `db migrate`) do not take it: the
 * database's own locking keeps them safe beside a running server.
 */
export function lockDataFolder(dataDir: string): { release(): void } {
  prepareDataFolder(dataDir);
  const file = join(dataDir, LOCK_FILE);
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DataFolderError(
        `Another Ludocité server is already running on the data folder "${dataDir}" (it holds ${file}). Stop it first, or give this one another DATA_DIR.`,
        EXIT_TEMPFAIL,
      );
    }
    throw error;
  }
  return {
    release: () => {
      if (!lock.open) return;
      lock.exec('ROLLBACK');
      lock.close();
    },
  };
}

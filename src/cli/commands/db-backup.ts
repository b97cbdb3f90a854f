import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../server/store/database';
import { storeConfig, type StoreCommandIo } from './store-access';

/** `backups/ludocite-2025-03-12T10-00-00.sqlite`: sorts by time, and no `:` for other file systems. */
function defaultBackupFile(now: number): string {
  return join('backups', `ludocite-${new Date(now).toISOString().slice(0, 19).replace(/:/g, '-')}.sqlite`);
}

/**
 * `ludocite db backup [file]`: one consistent copy of the database while the server runs, with
 * SQLite's online backup (which starts again by itself if a round is written meanwhile). Creates
 * the file's folder; never overwrites a file. The copy is made self-contained (no -wal beside it)
 * and checked with `PRAGMA integrity_check`; the command prints where it wrote and the result, and
 * exits 1 if the check fails.
 */
export async function dbBackup(args: string[], io: StoreCommandIo = {}): Promise<number> {
  const print = io.print ?? console.log;
  const printError = io.printError ?? console.error;
  if (args.length > 1) {
    printError('ludocite db backup: give at most one file to write (default: backups/ludocite-<date>.sqlite)');
    return 2;
  }
  const config = storeConfig(io.environment ?? process.env, printError);
  if (!config) return 78;
  const source = join(config.dataDir, DATABASE_FILE);
  const target = resolve(args[0] ?? defaultBackupFile((io.now ?? Date.now)()));
  if (!existsSync(source)) {
    printError(`ludocite db backup: there is no database at ${source} (is DATA_DIR right?)`);
    return 1;
  }
  if (existsSync(target)) {
    printError(`ludocite db backup: ${target} already exists; give another file name`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target);
  let integrity: string;
  let rounds: number;
  let cards: number;
  try {
    copy.pragma('journal_mode = DELETE');
    integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
    rounds = (copy.prepare('SELECT count(*) AS n FROM rounds').get() as { n: number }).n;
    cards = (copy.prepare('SELECT count(*) AS n FROM player_cards').get() as { n: number }).n;
  } finally {
    copy.close();
  }
  const megabytes = (statSync(target).size / 1024 / 1024).toFixed(1);
  print(`Backed up ${source} to ${target} (${megabytes} MB: ${rounds} rounds, ${cards} player cards).`);
  if (integrity !== 'ok') {
    printError(`Integrity check of the backup FAILED: ${integrity}`);
    return 1;
  }
  print('Integrity check: ok');
  return 0;
}

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database';
import { DataFolderError, lockDataFolder } from '../../src/server/store/data-folder';
import { applyMigrations } from '../../src/server/store/migrator';
import { buildServerBundle, freePort, runServer, serverFolder } from './support/server-process';

let bundle: Awaited<ReturnType<typeof buildServerBundle>>;
beforeAll(async () => {
  bundle = await buildServerBundle();
}, 60_000);
afterAll(() => bundle?.remove());

describe('the data folder', () => {
  it('holds one server: a second on the same folder refuses to start (75) and the first keeps serving', async () => {
    const place = serverFolder();
    const first = await runServer('node', [bundle.main], place);
    const second = await runServer('node', [bundle.main], { ...place, ready: false });
    expect(await second.exited).toEqual({ code: 75, signal: null });
    expect(second.output()).toContain(`Another Ludocité server is already running on the data folder "${place.dataDir}"`);
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    // Released on exit: the next start works.
    const again = await runServer('node', [bundle.main], place);
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
    place.remove();
  }, 60_000);

  it('is locked within one process too, and released for the next holder', () => {
    const place = serverFolder();
    const lock = lockDataFolder(place.dataDir);
    expect(() => lockDataFolder(place.dataDir)).toThrow(DataFolderError);
    lock.release();
    lockDataFolder(place.dataDir).release();
    place.remove();
  });

  it('that cannot be written stops the start with exit code 78 naming the folder', async () => {
    const place = serverFolder();
    // A path below a file can never be created, whoever runs the server.
    writeFileSync(join(place.folder, 'a-file'), '');
    const belowFile = join(place.folder, 'a-file', 'data');
    const blocked = await runServer('node', [bundle.main], { ...place, dataDir: belowFile, ready: false });
    expect(await blocked.exited).toEqual({ code: 78, signal: null });
    expect(blocked.output()).toContain(`DATA_DIR="${belowFile}"`);

    // A folder this user may not write to (as root, the server runs as nobody to see it).
    const readOnly = join(place.folder, 'read-only');
    mkdirSync(readOnly, { mode: 0o755 });
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(readOnly, 0o555);
    chmodSync(place.folder, 0o755);
    const refused = await runServer('node', [bundle.main], {
      ...place,
      dataDir: readOnly,
      port: await freePort(),
      ready: false,
      spawn: asRoot ? { uid: 65534, gid: 65534 } : {},
    });
    expect(await refused.exited).toEqual({ code: 78, signal: null });
    expect(refused.output()).toMatch(new RegExp(`cannot write to its data folder DATA_DIR="${readOnly}" \\((EACCES|EPERM)\\)`));
    place.remove();
  }, 60_000);

  it('refuses a database from a newer server before applying any migration', () => {
    const place = serverFolder();
    const db = openDatabase(place.dataDir);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 0)").run();
    expect(() => applyMigrations(db)).toThrow(/version 99, newer than this server knows/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: 'schema_migrations' }]);
    db.close();
    place.remove();
  });
});

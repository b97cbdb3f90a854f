import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { educatorAdd } from '../../src/cli/commands/educator-add';
import { educatorList } from '../../src/cli/commands/educator-list';
import { educatorPassword } from '../../src/cli/commands/educator-password';
import { educatorRemove } from '../../src/cli/commands/educator-remove';
import type { EducatorCommandIo } from '../../src/cli/commands/educator-store';
import { DATABASE_FILE } from '../../src/server/store/database';

let folder: string;
let out: string[];
let io: EducatorCommandIo;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ludocite-educator-cli-'));
  out = [];
  io = { environment: { DATA_DIR: folder }, print: (l) => out.push(l), printError: (l) => out.push(`! ${l}`), readPassword: async () => 'un long mot de passe' };
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const stored = () => {
  const db = new Database(join(folder, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT login, role, password_hash FROM educators ORDER BY login').all() as { login: string; role: string; password_hash: string }[];
  } finally {
    db.close();
  }
};

describe('ludocite educator', () => {
  it('adds accounts with a scrypt hash (never the password), lists them, refuses a taken login or a short password', async () => {
    expect(await educatorAdd(['Chef', '--role', 'admin'], io)).toBe(0);
    expect(await educatorAdd(['m.dupont'], io)).toBe(0);
    expect(await educatorAdd(['m.dupont'], io)).toBe(1);
    expect(await educatorAdd(['court'], { ...io, readPassword: async () => 'court' })).toBe(2);
    expect(await educatorAdd(['m.x', '--role', 'boss'], io)).toBe(2);
    const rows = stored();
    expect(rows.map(({ login, role }) => [login, role])).toEqual([['chef', 'admin'], ['m.dupont', 'educator']]);
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(JSON.stringify(rows)).not.toContain('un long mot de passe');
    out.length = 0;
    expect(await educatorList([], io)).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^chef +admin +password set \d{4}-\d\d-\d\d {2}0 groups$/), expect.stringMatching(/^m\.dupont +educator/)]);
  }, 30_000);

  it('changes a password, keeps the last admin, and hands groups over on removal', async () => {
    await educatorAdd(['chef', '--role', 'admin'], io);
    await educatorAdd(['prof'], io);
    const before = stored()[1]!.password_hash;
    expect(await educatorPassword(['prof'], { ...io, readPassword: async () => 'un autre long mot' })).toBe(0);
    expect(stored()[1]!.password_hash).not.toBe(before);
    expect(await educatorRemove(['chef'], io)).toBe(1);
    expect(out.at(-1)).toMatch(/last admin/);
    const db = new Database(join(folder, DATABASE_FILE));
    db.prepare("INSERT INTO educator_groups (id, name, owner_id, created_at) SELECT 'grp-0000000000000001', '5e B', id, 0 FROM educators WHERE login = 'prof'").run();
    db.close();
    expect(await educatorRemove(['prof'], io)).toBe(1);
    expect(out.at(-1)).toMatch(/owns 1 group/);
    expect(await educatorRemove(['prof', '--give-groups-to', 'chef'], io)).toBe(0);
    const check = new Database(join(folder, DATABASE_FILE), { readonly: true });
    expect(check.prepare('SELECT e.login FROM educator_groups g JOIN educators e ON e.id = g.owner_id').all()).toEqual([{ login: 'chef' }]);
    check.close();
  }, 30_000);
});

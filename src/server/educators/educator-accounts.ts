import type { SqliteDatabase } from '../store/database';

export const EDUCATOR_ROLES = ['educator', 'admin'] as const;
export type EducatorRole = (typeof EDUCATOR_ROLES)[number];

export interface Educator {
  id: number;
  login: string;
  role: EducatorRole;
}

export interface EducatorLine extends Educator {
  createdAt: number;
  passwordChangedAt: number;
  /** Groups it owns. */
  groups: number;
}

/** A login is a short handle, compared in lower case: `m.dupont`, `accueil-2`. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export function normaliseLogin(typed: string): string {
  return typed.trim().toLowerCase();
}

export function loginProblem(login: string): string | null {
  return LOGIN_PATTERN.test(login) ? null : 'a login is 2 to 40 characters: lower-case letters, digits, dot, hyphen or underscore, starting with a letter or digit';
}

export type RemoveOutcome =
  | { outcome: 'removed' }
  | { outcome: 'unknown' }
  | { outcome: 'owns-groups'; groups: number }
  | { outcome: 'last-admin' };

/** The educator accounts, over the store's database (CLI and server alike). */
export function educatorAccounts(db: SqliteDatabase) {
  const byLogin = db.prepare<[string], Educator & { passwordHash: string }>(
    'SELECT id, login, role, password_hash AS passwordHash FROM educators WHERE login = ?',
  );
  const byId = db.prepare<[number], Educator>('SELECT id, login, role FROM educators WHERE id = ?');
  const insert = db.prepare('INSERT INTO educators (login, role, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?)');
  const admins = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM educators WHERE role = 'admin'");

  return {
    byLogin: (login: string) => byLogin.get(login),
    byId: (id: number) => byId.get(id),

    /** Adds an account; false when the login is taken. */
    add(account: { login: string; role: EducatorRole; passwordHash: string; now: number }): boolean {
      if (byLogin.get(account.login)) return false;
      insert.run(account.login, account.role, account.passwordHash, account.now, account.now);
      return true;
    },

    list(): EducatorLine[] {
      return db
        .prepare<[], EducatorLine>(
          `SELECT e.id, e.login, e.role, e.created_at AS createdAt, e.password_changed_at AS passwordChangedAt,
                  (SELECT count(*) FROM educator_groups g WHERE g.owner_id = e.id) AS groups
           FROM educators e ORDER BY e.login`,
        )
        .all();
    },

    /** Sets a new password and ends every session of the account (a stolen session dies with the old password). */
    setPassword(login: string, passwordHash: string, now: number): boolean {
      return db.transaction(() => {
        const found = byLogin.get(login);
        if (!found) return false;
        db.prepare('UPDATE educators SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(passwordHash, now, found.id);
        db.prepare('DELETE FROM educator_sessions WHERE educator_id = ?').run(found.id);
        return true;
      }).immediate();
    },

    /**
     * Removes an account (its sessions and shares go with it). Its groups must go to someone first
     * (`giveGroupsTo`), and the last admin cannot be removed: nobody could manage accounts.
     */
    remove(login: string, giveGroupsTo?: Educator): RemoveOutcome {
      return db.transaction((): RemoveOutcome => {
        const found = byLogin.get(login);
        if (!found) return { outcome: 'unknown' };
        if (found.role === 'admin' && (admins.get()?.n ?? 0) <= 1) return { outcome: 'last-admin' };
        const owned = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM educator_groups WHERE owner_id = ?').get(found.id)?.n ?? 0;
        if (owned > 0) {
          if (!giveGroupsTo) return { outcome: 'owns-groups', groups: owned };
          db.prepare('UPDATE educator_groups SET owner_id = ? WHERE owner_id = ?').run(giveGroupsTo.id, found.id);
          db.prepare('DELETE FROM group_shares WHERE educator_id = ? AND group_id IN (SELECT id FROM educator_groups WHERE owner_id = ?)').run(giveGroupsTo.id, giveGroupsTo.id);
        }
        db.prepare('DELETE FROM educators WHERE id = ?').run(found.id);
        return { outcome: 'removed' };
      }).immediate();
    },
  };
}

export type EducatorAccounts = ReturnType<typeof educatorAccounts>;

import type { Session } from 'fastify';
import type { SqliteDatabase } from '../store/database';

type Done = (error?: unknown) => void;

/** What a signed-in session holds besides its cookie and CSRF secret. */
declare module 'fastify' {
  interface Session {
    educatorId?: number;
    _csrf?: string;
  }
}

/**
 * @fastify/session's store, in the centre's SQLite file: sessions survive a restart, and removing
 * an account or changing its password deletes its rows (ON DELETE CASCADE, educator-accounts.ts),
 * which ends those sessions on their next request.
 */
export function sqliteSessionStore(db: SqliteDatabase, now: () => number) {
  const read = db.prepare<[string], { data: string; expires_at: number }>('SELECT data, expires_at FROM educator_sessions WHERE sid = ?');
  const write = db.prepare(
    `INSERT INTO educator_sessions (sid, educator_id, data, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (sid) DO UPDATE SET educator_id = excluded.educator_id, data = excluded.data, expires_at = excluded.expires_at`,
  );
  const remove = db.prepare('DELETE FROM educator_sessions WHERE sid = ?');
  const known = db.prepare<[number], { found: number }>('SELECT 1 AS found FROM educators WHERE id = ?');

  return {
    get(sid: string, done: (error: unknown, session?: Session | null) => void): void {
      try {
        const row = read.get(sid);
        if (!row || row.expires_at <= now()) return done(null, null);
        done(null, JSON.parse(row.data) as Session);
      } catch (error) {
        done(error);
      }
    },
    set(sid: string, session: Session, done: Done): void {
      try {
        const expires = session.cookie.expires ? new Date(session.cookie.expires).getTime() : now() + 86_400_000;
        // A session saved after its account was removed must not write a dangling reference.
        const educator = session.educatorId !== undefined && known.get(session.educatorId) ? session.educatorId : null;
        write.run(sid, educator, JSON.stringify(session), expires);
        done();
      } catch (error) {
        done(error);
      }
    },
    destroy(sid: string, done: Done): void {
      try {
        remove.run(sid);
        done();
      } catch (error) {
        done(error);
      }
    },
  };
}

/** Deletes sessions past their expiry (the daily privacy job). */
export function dropExpiredSessions(db: SqliteDatabase, now: number): number {
  return db.prepare('DELETE FROM educator_sessions WHERE expires_at <= ?').run(now).changes;
}

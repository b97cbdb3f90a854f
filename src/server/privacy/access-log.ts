import type { ACCESS_ACTIONS, AccessLogLine } from '../../shared/api/educator-privacy';
import type { Educator } from '../educators/educator-accounts';
import type { SqliteDatabase } from '../store/database';

export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface AccessEntry {
  action: AccessAction;
  groupId?: string | null;
  cardId?: string | null;
  detail?: string | null;
}

/** Who viewed, exported or erased which group or card, and when (access_log, migration 6). */
export function accessLog(db: SqliteDatabase, now: () => number) {
  const insert = db.prepare('INSERT INTO access_log (at, educator_id, educator_login, action, group_id, player_card_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
  type Raw = { id: number; at: number; educator: string; action: AccessAction; groupId: string | null; cardId: string | null; detail: string | null };

  return {
    record(educator: Educator, entry: AccessEntry): void {
      insert.run(now(), educator.id, educator.login, entry.action, entry.groupId ?? null, entry.cardId ?? null, entry.detail ?? null);
    },

    /** A line for an act at the centre's command line, where no educator signs in: `who` names the command. */
    recordOperator(who: string, entry: AccessEntry): void {
      insert.run(now(), null, who, entry.action, entry.groupId ?? null, entry.cardId ?? null, entry.detail ?? null);
    },

    /**
     * Newest first, `limit` lines before id `before`. `groups`: only lines about these groups
     * (an educator sees the lines of the groups they may view); null for all (an admin).
     */
    list(query: { groups: readonly string[] | null; group?: string | undefined; before?: number | undefined; limit: number }): { lines: AccessLogLine[]; next: number | null } {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.group !== undefined) {
        where.push('group_id = ?');
        params.push(query.group);
      }
      if (query.groups !== null) {
        where.push(`group_id IN (${query.groups.map(() => '?').join(',') || 'NULL'})`);
        params.push(...query.groups);
      }
      if (query.before !== undefined) {
        where.push('id < ?');
        params.push(query.before);
      }
      const rows = db
        .prepare<unknown[], Raw>(
          `SELECT id, at, educator_login AS educator, action, group_id AS groupId, player_card_id AS cardId, detail
           FROM access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
        )
        .all(...params, query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        lines: page.map((row) => ({ ...row, at: new Date(row.at).toISOString() })),
        next: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
  };
}

export type AccessLog = ReturnType<typeof accessLog>;

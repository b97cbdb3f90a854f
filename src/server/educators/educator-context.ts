import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/http-problem';
import type { ServerContext } from '../http/server-context';
import { groupStore, type GroupRow, type GroupStore } from '../groups/group-store';
import { accessLog, type AccessLog } from '../privacy/access-log';
import type { SqliteDatabase } from '../store/database';
import { educatorOf } from './access-levels';
import { educatorAccounts, type Educator, type EducatorAccounts } from './educator-accounts';

/** What the educator routes work with, beside the server's own context. */
export interface EducatorContext {
  server: ServerContext;
  /** The educator side's own connection to the store's file. */
  db: SqliteDatabase;
  accounts: EducatorAccounts;
  groups: GroupStore;
  accessLog: AccessLog;
  retentionDays: number;
}

/** `logDb`: the connection the access log writes through (educator-side.ts says why it is its own). */
export function educatorContext(server: ServerContext, db: SqliteDatabase, retentionDays: number, logDb: SqliteDatabase = db): EducatorContext {
  return { server, db, accounts: educatorAccounts(db), groups: groupStore(db), accessLog: accessLog(logDb, server.now), retentionDays };
}

/**
 * The group a request names, if the signed-in educator may see it (`manage`: change it). A group
 * the educator may not see answers 404, as one that does not exist: its id tells nothing.
 */
export function groupFor(context: EducatorContext, request: FastifyRequest, groupId: string, need: 'view' | 'manage' = 'view'): { group: GroupRow; educator: Educator } {
  const educator = educatorOf(request);
  const group = context.groups.get(groupId);
  if (!group || !context.groups.canView(educator, group)) throw new HttpProblem('not_found', `no group ${groupId} is yours or shared with you`);
  if (need === 'manage' && !context.groups.canManage(educator, group)) {
    throw new HttpProblem('forbidden', `only the owner of group "${group.name}" (${group.owner}) or an admin may do this`);
  }
  return { group, educator };
}

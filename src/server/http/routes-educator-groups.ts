import type { FastifyInstance } from 'fastify';
import {
  addMemberBodySchema,
  groupBodySchema,
  groupParamsSchema,
  memberParamsSchema,
  newCardsBodySchema,
  shareParamsSchema,
  sheetQuerySchema,
  type GroupList,
  type GroupMember,
  type GroupMembers,
  type GroupSummary,
  type NewCards,
} from '../../shared/api/educator-groups';
import { reportQuerySchema } from '../../shared/api/educator-reports';
import type { Avatar } from '../../shared/seat-style';
import { educatorOf } from '../educators/access-levels';
import { groupFor, type EducatorContext } from '../educators/educator-context';
import type { Educator } from '../educators/educator-accounts';
import { cardSheetHtml, makeCards } from '../groups/card-sheet';
import { REQUEST_LIMITS } from '../limits/request-limits';
import type { GroupRow, MemberRow } from '../groups/group-store';
import { toCsv } from '../reports/csv';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';

const iso = (ms: number) => new Date(ms).toISOString();

export function groupSummary(group: GroupRow, educator: Educator): GroupSummary {
  return {
    id: group.id,
    name: group.name,
    owner: group.owner,
    mine: group.ownerId === educator.id,
    sharedWith: group.sharedWith,
    cards: group.cards,
    createdAt: iso(group.createdAt),
  };
}

const memberView = (row: MemberRow): GroupMember => ({
  id: row.id,
  pseudonym: row.pseudonym,
  avatar: row.avatar as Avatar,
  code: row.code,
  addedAt: iso(row.addedAt),
  rounds: row.rounds,
  lastPlayedAt: row.lastPlayedAt === null ? null : iso(row.lastPlayedAt),
});

/** Groups: list, create, rename, delete, share; their cards: list, add by code, remove, new cards and their sheet. */
export function registerEducatorGroupRoutes(app: FastifyInstance, context: EducatorContext): void {
  const { groups } = context;
  const now = () => context.server.now();
  const educator = { config: { access: 'educator' as const } };

  app.get('/api/educator/groups', educator, async (request): Promise<GroupList> => {
    const who = educatorOf(request);
    return { groups: groups.listFor(who).map((g) => groupSummary(g, who)) };
  });

  app.post('/api/educator/groups', educator, async (request, reply): Promise<GroupSummary> => {
    const who = educatorOf(request);
    const { name } = parseRequest(groupBodySchema, request.body, 'group');
    const id = groups.create(name, who, now());
    reply.code(201);
    return groupSummary(groups.get(id)!, who);
  });

  app.patch('/api/educator/groups/:groupId', educator, async (request): Promise<GroupSummary> => {
    const { groupId } = parseRequest(groupParamsSchema, request.params, 'address');
    const { name } = parseRequest(groupBodySchema, request.body, 'group');
    const { educator: who } = groupFor(context, request, groupId, 'manage');
    groups.rename(groupId, name);
    return groupSummary(groups.get(groupId)!, who);
  });

  app.delete('/api/educator/groups/:groupId', educator, async (request, reply) => {
    const { groupId } = parseRequest(groupParamsSchema, request.params, 'address');
    const { group, educator: who } = groupFor(context, request, groupId, 'manage');
    groups.remove(groupId);
    context.accessLog.record(who, { action: 'delete-group', groupId, detail: `"${group.name}", ${group.cards} cards` });
    reply.code(204);
  });

  app.put('/api/educator/groups/:groupId/shares/:login', educator, async (request, reply) => {
    const { groupId, login } = parseRequest(shareParamsSchema, request.params, 'address');
    const { group } = groupFor(context, request, groupId, 'manage');
    const other = context.accounts.byLogin(login);
    if (!other) throw new HttpProblem('not_found', `no educator has the login "${login}"`);
    if (other.id === group.ownerId) throw new HttpProblem('conflict', `"${login}" owns this group already`);
    groups.share(groupId, other.id, now());
    reply.code(204);
  });

  app.delete('/api/educator/groups/:groupId/shares/:login', educator, async (request, reply) => {
    const { groupId, login } = parseRequest(shareParamsSchema, request.params, 'address');
    groupFor(context, request, groupId, 'manage');
    const other = context.accounts.byLogin(login);
    if (!other || !groups.unshare(groupId, other.id)) throw new HttpProblem('not_found', `the group is not shared with "${login}"`);
    reply.code(204);
  });

  app.get('/api/educator/groups/:groupId/members', educator, async (request, reply): Promise<GroupMembers | string> => {
    const { groupId } = parseRequest(groupParamsSchema, request.params, 'address');
    const { format } = parseRequest(reportQuerySchema.pick({ format: true }).strict(), request.query, 'query');
    const { group, educator: who } = groupFor(context, request, groupId);
    const members = groups.members(groupId).map(memberView);
    context.accessLog.record(who, { action: format === 'csv' ? 'export-csv' : 'view-members', groupId, detail: format === 'csv' ? 'members' : null });
    if (format === 'csv') {
      reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${groupId}-members.csv"`);
      return toCsv(
        ['card_id', 'pseudonym', 'avatar', 'code', 'added_at', 'rounds', 'last_played_at'],
        members.map((m) => [m.id, m.pseudonym, m.avatar, m.code, m.addedAt, m.rounds, m.lastPlayedAt]),
      );
    }
    return { group: groupSummary(group, who), members };
  });

  // As GET /api/player-cards/:code: a 404 tells whether a code exists, so codes are not tried by the thousand.
  const byCode = { config: { access: 'educator' as const, rateLimit: REQUEST_LIMITS.cardLookup } };
  app.post('/api/educator/groups/:groupId/members', byCode, async (request, reply): Promise<GroupMember> => {
    const { groupId } = parseRequest(groupParamsSchema, request.params, 'address');
    const { code } = parseRequest(addMemberBodySchema, request.body, 'card');
    groupFor(context, request, groupId);
    const card = await context.server.store.findPlayerCardByCode(code);
    if (!card) throw new HttpProblem('not_found', `no player card has the code ${code}`, [{ path: 'code', message: 'unknown code' }]);
    groups.addCards(groupId, [card.id], now());
    reply.code(201);
    return memberView(groups.members(groupId, [card.id])[0]!);
  });

  app.delete('/api/educator/groups/:groupId/members/:cardId', educator, async (request, reply) => {
    const { groupId, cardId } = parseRequest(memberParamsSchema, request.params, 'address');
    groupFor(context, request, groupId);
    if (!groups.removeCard(groupId, cardId)) throw new HttpProblem('not_found', `card ${cardId} is not in this group`);
    reply.code(204);
  });

  app.post('/api/educator/groups/:groupId/cards', educator, async (request, reply): Promise<NewCards> => {
    const { groupId } = parseRequest(groupParamsSchema, request.params, 'address');
    const { count } = parseRequest(newCardsBodySchema, request.body, 'new cards');
    const { group, educator: who } = groupFor(context, request, groupId);
    const cards = await makeCards(context.server.store, count, now());
    groups.addCards(groupId, cards.map((c) => c.id), now());
    context.accessLog.record(who, { action: 'print-sheet', groupId, detail: `${count} new cards` });
    reply.code(201);
    return { cards, sheet: cardSheetHtml(group.name, cards) };
  });

  app.get('/api/educator/groups/:groupId/sheet', educator, async (request, reply) => {
    const { groupId } = parseRequest(groupParamsSchema, request.params, 'address');
    const { cards: only } = parseRequest(sheetQuerySchema, request.query, 'query');
    const { group, educator: who } = groupFor(context, request, groupId);
    const members = groups.members(groupId, only);
    context.accessLog.record(who, { action: 'print-sheet', groupId, detail: `${members.length} cards` });
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return cardSheetHtml(group.name, members.map((m) => ({ id: m.id, pseudonym: m.pseudonym, avatar: m.avatar as Avatar, code: m.code })));
  });
}

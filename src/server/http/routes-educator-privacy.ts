import type { FastifyInstance } from 'fastify';
import { accessLogQuerySchema, cardParamsSchema, type AccessLog, type CardErasure, type CardExport, type PrivacyFacts } from '../../shared/api/educator-privacy';
import { educatorOf } from '../educators/access-levels';
import type { EducatorContext } from '../educators/educator-context';
import { eraseCard } from '../privacy/card-erase';
import { exportCard } from '../privacy/card-export';
import { toCsv } from '../reports/csv';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';

/**
 * A card's export and erasure (an admin, or the owner of a group the card is in), and the access
 * log (an educator sees the lines of the groups they may see; an admin, all).
 */
export function registerEducatorPrivacyRoutes(app: FastifyInstance, context: EducatorContext): void {
  const config = { config: { access: 'educator' as const } };
  const mayManageCard = (request: Parameters<typeof educatorOf>[0], cardId: string) => {
    const educator = educatorOf(request);
    if (!context.groups.managesCard(educator, cardId)) {
      throw new HttpProblem('not_found', `no card ${cardId} is in a group you own (an admin or the group's owner exports and erases a card)`);
    }
    return educator;
  };
  const groupsOf = (cardId: string) =>
    context.db.prepare<[string], { group_id: string }>('SELECT group_id FROM group_cards WHERE player_card_id = ? ORDER BY group_id').all(cardId).map((r) => r.group_id);

  app.get('/api/educator/cards/:cardId/export', config, async (request, reply): Promise<CardExport> => {
    const { cardId } = parseRequest(cardParamsSchema, request.params, 'address');
    const educator = mayManageCard(request, cardId);
    const exported = exportCard(context.db, cardId, context.server.now());
    if (!exported) throw new HttpProblem('not_found', `no card ${cardId}`);
    context.accessLog.record(educator, { action: 'export-card', cardId, groupId: groupsOf(cardId)[0] ?? null });
    reply.header('content-disposition', `attachment; filename="card-${cardId}.json"`).header('cache-control', 'no-store');
    return exported;
  });

  app.delete('/api/educator/cards/:cardId', config, async (request): Promise<CardErasure> => {
    const { cardId } = parseRequest(cardParamsSchema, request.params, 'address');
    const educator = mayManageCard(request, cardId);
    const groups = groupsOf(cardId);
    const erased = eraseCard(context.db, cardId);
    if (!erased) throw new HttpProblem('not_found', `no card ${cardId}`);
    // The line keeps the act and the group, never the card: nothing naming it may remain.
    for (const groupId of groups.length ? groups : [null]) {
      context.accessLog.record(educator, { action: 'erase-card', groupId, detail: `${erased.seats} seats, ${erased.evidence} evidence` });
    }
    request.log.info({ educator: educator.login, seats: erased.seats, evidence: erased.evidence }, 'a player card was erased');
    return erased;
  });

  app.get('/api/educator/privacy', config, async (): Promise<PrivacyFacts> => ({ retentionDays: context.retentionDays }));

  app.get('/api/educator/access-log', config, async (request, reply): Promise<AccessLog | string> => {
    const query = parseRequest(accessLogQuerySchema, request.query, 'query');
    const educator = educatorOf(request);
    const groups = educator.role === 'admin' ? null : context.groups.listFor(educator).map((g) => g.id);
    const page = context.accessLog.list({ groups, group: query.group, before: query.before, limit: query.limit });
    if (query.format === 'csv') {
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="access-log.csv"');
      return toCsv(['id', 'at', 'educator', 'action', 'group_id', 'card_id', 'detail'], page.lines.map((l) => [l.id, l.at, l.educator, l.action, l.groupId, l.cardId, l.detail]));
    }
    return page;
  });
}

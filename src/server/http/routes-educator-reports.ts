import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  cardReportParamsSchema,
  reportParamsSchema,
  reportQuerySchema,
  type CardProgress,
  type Heatmap,
  type Help,
  type Overview,
  type Questions,
} from '../../shared/api/educator-reports';
import { groupFor, type EducatorContext } from '../educators/educator-context';
import { cardProgressCsv, heatmapCsv, helpCsv, overviewCsv, questionsCsv } from '../reports/report-csv';
import { cardProgressReport } from '../reports/card-progress-report';
import { groupCards } from '../reports/group-report-data';
import { heatmapReport } from '../reports/heatmap-report';
import { helpReport } from '../reports/help-report';
import { overviewReport } from '../reports/overview-report';
import { questionsReport } from '../reports/questions-report';
import { reportPeriod } from '../reports/report-period';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';

function sendCsv(reply: FastifyReply, name: string, csv: string): string {
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
  return csv;
}

/**
 * `GET /api/educator/groups/:groupId/reports/{overview,heatmap,questions,help}` and
 * `…/reports/cards/:cardId`, each as JSON or (`format=csv`) CSV. Every call is written in the
 * access log: who looked at which group's report, or took it away as CSV.
 */
export function registerEducatorReportRoutes(app: FastifyInstance, context: EducatorContext): void {
  const { db } = context;
  const config = { config: { access: 'educator' as const } };
  const open = (request: Parameters<typeof groupFor>[1], report: string, cardId?: string) => {
    const { groupId } = parseRequest(reportParamsSchema.loose(), request.params, 'address');
    const query = parseRequest(reportQuerySchema, request.query, 'query');
    const { educator } = groupFor(context, request, groupId);
    const period = reportPeriod(query, context.server.now(), context.server.timeZone);
    if (cardId !== undefined && !context.groups.hasCard(groupId, cardId)) throw new HttpProblem('not_found', `card ${cardId} is not in this group`);
    // A card's page names the card in its own column, which the card's erasure clears.
    context.accessLog.record(educator, { action: query.format === 'csv' ? 'export-csv' : 'view-report', groupId, cardId: cardId ?? null, detail: report });
    return { groupId, period, csv: query.format === 'csv', lang: query.lang };
  };
  const titleOf = (objectiveId: string) => context.server.packs.objectiveTitle(objectiveId);

  app.get('/api/educator/groups/:groupId/reports/overview', config, async (request, reply): Promise<Overview | string> => {
    const { groupId, period, csv, lang } = open(request, 'overview');
    const report = overviewReport(db, groupId, period, titleOf);
    return csv ? sendCsv(reply, `${groupId}-overview`, overviewCsv(report, lang)) : report;
  });

  app.get('/api/educator/groups/:groupId/reports/heatmap', config, async (request, reply): Promise<Heatmap | string> => {
    const { groupId, csv, lang } = open(request, 'heatmap');
    const report = heatmapReport(db, groupId, titleOf);
    return csv ? sendCsv(reply, `${groupId}-heatmap`, heatmapCsv(report, lang)) : report;
  });

  app.get('/api/educator/groups/:groupId/reports/questions', config, async (request, reply): Promise<Questions | string> => {
    const { groupId, period, csv, lang } = open(request, 'questions');
    const report = questionsReport(db, groupId, period, titleOf);
    return csv ? sendCsv(reply, `${groupId}-questions`, questionsCsv(report, lang)) : report;
  });

  app.get('/api/educator/groups/:groupId/reports/help', config, async (request, reply): Promise<Help | string> => {
    const { groupId, csv, lang } = open(request, 'help');
    const report = helpReport(db, groupId, titleOf);
    return csv ? sendCsv(reply, `${groupId}-help`, helpCsv(report, lang)) : report;
  });

  app.get('/api/educator/groups/:groupId/reports/cards/:cardId', config, async (request, reply): Promise<CardProgress | string> => {
    const { cardId } = parseRequest(cardReportParamsSchema, request.params, 'address');
    const { groupId, period, csv } = open(request, 'card', cardId);
    const card = groupCards(db, groupId).find((c) => c.cardId === cardId)!;
    const report = cardProgressReport(db, { groupId, card, period, timeZone: context.server.timeZone, titleOf });
    return csv ? sendCsv(reply, `${groupId}-card-${cardId}`, cardProgressCsv(report)) : report;
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { educatorOf } from '../educators/access-levels';
import { groupFor, type EducatorContext } from '../educators/educator-context';
import { DEFAULT_EXPORT_LIMIT, exportFiltersSchema, exportRange, MAX_EXPORT_LIMIT, type ExportFilters } from '../xapi/statements/export-filters';
import { decodeCursor, encodeCursor } from '../xapi/statements/statement-cursor';
import { statementReader } from '../xapi/statements/statement-reader';
import type { StatementContext } from '../xapi/statements/round-statements';
import type { XapiStatementResult } from '../xapi/statements/xapi-statement';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';

/** The xAPI version our statements follow, sent as an LRS sends it. */
export const XAPI_VERSION = '1.0.3';

const querySchema = exportFiltersSchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_EXPORT_LIMIT).default(DEFAULT_EXPORT_LIMIT),
  cursor: z.string().min(1).max(400).optional(),
});

/** The query of the next page: the same filters, the same limit, the cursor where this one stopped. */
function moreAddress(filters: ExportFilters, limit: number, cursor: string): string {
  const query = new URLSearchParams();
  for (const key of ['since', 'until', 'pack', 'group'] as const) if (filters[key] !== undefined) query.set(key, filters[key]);
  query.set('limit', String(limit));
  query.set('cursor', cursor);
  return `/api/xapi/statements?${query.toString()}`;
}

/**
 * `GET /api/xapi/statements?since&until&pack&group&limit&cursor` (docs/xapi.md, "Export"): the
 * statements of the seats of cards in the educator's groups (an admin: every seat, guests too),
 * as an LRS's StatementResult. Every page is written in the access log, once per group it covers.
 */
export function registerXapiRoutes(app: FastifyInstance, context: EducatorContext, statements: StatementContext): void {
  const reader = statementReader(context.db, statements);
  const packKnown = context.db.prepare<[string], { found: number }>('SELECT 1 AS found FROM rounds WHERE pack_id = ? LIMIT 1');

  app.get('/api/xapi/statements', { config: { access: 'educator' } }, async (request, reply): Promise<XapiStatementResult> => {
    const { limit, cursor: cursorText, ...filters } = parseRequest(querySchema, request.query, 'query');
    const educator = educatorOf(request);
    const range = exportRange(filters, context.server.timeZone);
    if (Array.isArray(range)) {
      throw new HttpProblem('bad_request', `the query has ${range.length === 1 ? '1 wrong field' : `${range.length} wrong fields`}: ${range.map((p) => `${p.path}: ${p.message}`).join('; ')}`, range);
    }
    const after = cursorText === undefined ? undefined : decodeCursor(cursorText);
    if (cursorText !== undefined && !after) {
      throw new HttpProblem('bad_request', 'cursor is not one this server gave: follow the "more" address of the previous page', [{ path: 'cursor', message: 'not a cursor of ours' }]);
    }
    if (filters.pack !== undefined && !context.server.packs.find(filters.pack) && !packKnown.get(filters.pack)) {
      throw new HttpProblem('bad_request', `pack "${filters.pack}" is neither served by this centre nor played in any stored round (served: ${context.server.packs.ids().join(', ') || 'none'})`, [
        { path: 'pack', message: 'no such pack' },
      ]);
    }
    // A group the educator may not see answers 404, as one that does not exist.
    const groups = filters.group !== undefined ? [groupFor(context, request, filters.group).group.id] : educator.role === 'admin' ? null : context.groups.listFor(educator).map((g) => g.id);
    const page = reader.page({ ...range, ...(filters.pack !== undefined ? { packId: filters.pack } : {}), groups }, limit, after);
    const detail = `xAPI statements${Object.entries(filters).map(([k, v]) => ` ${k}=${v}`).join('')}${after ? ' (next page)' : ''}: ${page.statements.length}`;
    for (const groupId of groups === null ? [null] : groups.length ? groups : [null]) context.accessLog.record(educator, { action: 'export-xapi', groupId, detail });
    reply.header('x-experience-api-version', XAPI_VERSION).header('cache-control', 'no-store');
    return { statements: page.statements, more: page.next ? moreAddress(filters, limit, encodeCursor(page.next)) : '' };
  });
}

import type { FastifyInstance } from 'fastify';
import { leaderboardQuerySchema, type Leaderboard } from '../../shared/api/leaderboards';
import { periodStart } from '../leaderboards/period-start';
import { toPlayerStanding, toTeamStanding } from '../leaderboards/standings';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';
import type { ServerContext } from './server-context';

/**
 * `GET /api/leaderboards?period=today|week|all&pack=<id>&by=player|team&limit=10&playerCard=<id>`.
 * How the values are made is written beside the query (store/sqlite-leaderboards.ts).
 */
export function registerLeaderboardRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/api/leaderboards', { config: { access: 'public' } }, async (request): Promise<Leaderboard> => {
    const query = parseRequest(leaderboardQuerySchema, request.query, 'query');
    if (query.pack && !context.packs.find(query.pack)) {
      throw new HttpProblem('not_found', `no content pack "${query.pack}" is installed on this server`);
    }
    const since = periodStart(query.period, context.now(), context.timeZone);
    const rows = await context.store.leaderboard({
      by: query.by,
      since,
      pack: query.pack ?? null,
      limit: query.limit,
      playerCard: query.playerCard,
    });
    const board = {
      period: query.period,
      since: since === null ? null : new Date(since).toISOString(),
      pack: query.pack ?? null,
      ranked: rows.ranked,
      guests: rows.guestSeats,
    };
    if (query.by === 'team') return { ...board, by: 'team', entries: rows.lines.map(toTeamStanding) };
    return { ...board, by: 'player', entries: rows.lines.map(toPlayerStanding), you: rows.own ? toPlayerStanding(rows.own) : null };
  });
}

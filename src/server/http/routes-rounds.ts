import type { FastifyInstance } from 'fastify';
import type { RoundReceipt } from '../../shared/api/rounds';
import { roundRecordSchema } from '../../shared/round/round-record';
import { admitRound } from '../rounds/admit-round';
import { checkTeamLabels } from '../rounds/team-labels';
import { seatTokenIssues } from '../rounds/seat-token-check';
import { requireScreen, screenOf } from '../screens/screen-auth';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';
import type { ServerContext } from './server-context';

/**
 * The largest round body: 8 seats × 1,000 evidence (the envelope's cap on `evidencePerSeat`) at
 * about 200 bytes of JSON each, with room for score lines. The pack's own bounds are checked
 * after parsing; this only stops a body no pack can produce before it is read whole.
 */
export const ROUND_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * `POST /api/rounds`, from registered screens only (401), idempotent on the round id: the screen's
 * outbox may send a record again after a timeout, and must be told it is safe to drop it.
 */
export function registerRoundRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/api/rounds', { onRequest: requireScreen(context), bodyLimit: ROUND_BODY_LIMIT_BYTES, config: { access: 'screen' } }, async (request, reply): Promise<RoundReceipt> => {
    const screen = screenOf(request);
    const teams = checkTeamLabels(parseRequest(roundRecordSchema, request.body, 'round record'));
    if (!teams.ok) throw new HttpProblem('bad_request', `a team label is refused: ${teams.issues[0]?.message}`, teams.issues);
    const record = teams.record;
    const pack = context.packs.find(record.pack.id);
    if (!pack) {
      throw new HttpProblem('unprocessable', `no content pack "${record.pack.id}" is installed on this server`, [
        { path: 'pack.id', message: `unknown pack "${record.pack.id}"` },
      ]);
    }
    const arrival = { receivedAt: context.now(), screenId: screen.id };
    const admission = admitRound(record, pack, arrival);
    if (!admission.ok) {
      throw new HttpProblem('unprocessable', `the round does not fit pack "${pack.id}": ${admission.issues[0]?.message}`, admission.issues);
    }
    const refused = await seatTokenIssues(record, arrival, (hash) => context.store.seatToken(hash));
    if (refused.length > 0) throw new HttpProblem('forbidden', `the round names a card not signed in on this screen: ${refused[0]?.message}`, refused);
    const saved = await context.store.saveRound(admission.round);
    switch (saved.outcome) {
      case 'stored':
        reply.code(201);
        return { id: record.id, stored: true, duplicate: false };
      case 'duplicate':
        return { id: record.id, stored: false, duplicate: true };
      case 'conflict':
        throw new HttpProblem('conflict', `another round was already stored under id ${record.id}`, [
          { path: 'id', message: 'this id belongs to a different round' },
        ]);
      case 'unknown-player-cards':
        throw new HttpProblem(
          'unprocessable',
          `no player card ${saved.playerCards.map((id) => `"${id}"`).join(', ')} exists on this server`,
          record.seats.flatMap((seat, i) =>
            seat.playerCard && saved.playerCards.includes(seat.playerCard) ? [{ path: `seats[${i}].playerCard`, message: 'unknown player card' }] : [],
          ),
        );
    }
  });
}

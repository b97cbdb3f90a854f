import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  SEAT_TOKEN_HEADER,
  cardMasteryParamsSchema,
  cardMasteryQuerySchema,
  type CardMastery,
  type PackMastery,
} from '../../shared/api/card-mastery';
import { REQUEST_LIMITS } from '../limits/request-limits';
import type { StoredCardMastery } from '../mastery/card-mastery-read';
import { requireScreen, screenOf } from '../screens/screen-auth';
import { hashSecret } from '../screens/secrets';
import type { RegisteredScreen } from '../store/store';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';
import type { ServerContext } from './server-context';

/**
 * `GET /api/mastery/:cardId[?pack=…]`: a registered screen reads the mastery of a card signed in
 * on one of its seats, to show the player their progress (before and after a round, and on the
 * card's page). The seat token the sign-in answered proves it: issued to this screen, for this
 * card, still alive. Only P(known) and the number of answers per objective are answered.
 */
export function registerCardMasteryRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(
    '/api/mastery/:cardId',
    { onRequest: requireScreen(context), config: { access: 'screen', rateLimit: REQUEST_LIMITS.masteryRead } },
    async (request): Promise<CardMastery> => {
      const { cardId } = parseRequest(cardMasteryParamsSchema, request.params, 'address');
      const { pack } = parseRequest(cardMasteryQuerySchema, request.query, 'query');
      await checkSeatToken(context, request, screenOf(request), cardId);
      if (pack !== undefined && !context.packs.find(pack)) throw new HttpProblem('not_found', `this centre serves no pack "${pack}"`);
      const stored = await context.store.cardMastery(cardId);
      return { card: cardId, packs: (pack === undefined ? stored.packsPlayed : [pack]).map((id) => packMastery(context, id, stored)) };
    },
  );
}

/** 403 unless the request carries a live seat token of this screen for this card. */
async function checkSeatToken(context: ServerContext, request: FastifyRequest, screen: RegisteredScreen, cardId: string): Promise<void> {
  const header = request.headers[SEAT_TOKEN_HEADER];
  if (typeof header !== 'string' || header.length < 32) {
    throw new HttpProblem('forbidden', `send the seat token the card's sign-in answered in the ${SEAT_TOKEN_HEADER} header`);
  }
  const token = await context.store.seatToken(hashSecret(header));
  // One sentence for a token that is unknown, another screen's or another card's: it says
  // nothing about which cards exist.
  if (!token || token.screenId !== screen.id || token.playerCard !== cardId) {
    throw new HttpProblem('forbidden', 'this seat token does not sign this card in on this screen: sign the seat in again');
  }
  if (context.now() > token.expiresAt) throw new HttpProblem('forbidden', 'the seat token has expired: sign the seat in again');
}

/**
 * The card's mastery of one pack's objectives: the pack's own list when the centre serves it (an
 * objective never answered has `pKnown: null`), else the objectives the card has rows for.
 */
function packMastery(context: ServerContext, pack: string, stored: StoredCardMastery): PackMastery {
  const served = context.packs.find(pack);
  const rows = new Map(stored.rows.map((row) => [row.objective, row]));
  const objectives = served ? [...served.objectives] : stored.rows.filter((row) => row.objective.startsWith(`${pack}/`)).map((row) => row.objective);
  return {
    pack,
    objectives: objectives.map((objective) => {
      const row = rows.get(objective);
      return { objective, pKnown: row?.pKnown ?? null, answers: row?.answers ?? 0 };
    }),
  };
}

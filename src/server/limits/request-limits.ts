import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

const MINUTE = 60_000;

/**
 * Requests per client address and window, whatever their answer (the wrong-code back-off is
 * CodeGuard's). Set on each route as `config: { rateLimit: REQUEST_LIMITS.x }`; a client over the
 * limit gets 429 with Retry-After and the usual `{error, message}` body.
 */
export const REQUEST_LIMITS = {
  /** `GET /api/player-cards/:code`: a person reads a code in seconds, not several a second. */
  cardLookup: { max: 30, timeWindow: MINUTE },
  /** `POST /api/seat-tokens`: a screen's seats signing in. */
  signIn: { max: 60, timeWindow: MINUTE },
  /** `POST /api/player-cards`: a screen makes a card for a new player now and then; 330 a second was an attack. */
  cardCreation: { max: 20, timeWindow: 10 * MINUTE },
  suggestions: { max: 60, timeWindow: MINUTE },
  /** `GET /api/mastery/:cardId`: before and after a round for each signed-in seat, and card pages. */
  masteryRead: { max: 60, timeWindow: MINUTE },
  /** `POST /api/screens/pair…`: an operator pairs a screen once. */
  pairing: { max: 10, timeWindow: MINUTE },
} as const;

/** Registers the maintained rate-limit plugin with no global limit: only the routes above have one. */
export async function registerRequestLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`too many requests from this address; try again in ${context.after}`), { statusCode: context.statusCode }),
  });
}

import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  playerCardParamsSchema,
  suggestionsQuerySchema,
  type IssuedPlayerCard,
  type PlayerCardView,
  type Suggestions,
} from '../../shared/api/player-cards';
import { newPlayerCardSchema } from '../../shared/api/new-player-card';
import { generateCardCode } from '../../shared/player-card/card-code';
import { generatePseudonym, type PickInt } from '../../shared/player-card/pseudonym-generator';
import { pseudonymKey } from '../../shared/player-card/pseudonym-filter';
import type { Avatar } from '../../shared/seat-style';
import { REQUEST_LIMITS } from '../limits/request-limits';
import { checkCardCode } from './card-code-check';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';
import type { ServerContext } from './server-context';

/** Codes and suggestions come from crypto: a code must not be guessable from the previous one. */
const cryptoInt: PickInt = (min, max) => randomInt(min, max + 1);

/** A collision among 2.56 × 10^10 codes is rare; ten in a row means something is wrong with the store. */
const CODE_ATTEMPTS = 10;

export function registerPlayerCardRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/api/player-cards/suggestions', { config: { access: 'public', rateLimit: REQUEST_LIMITS.suggestions } }, async (request): Promise<Suggestions> => {
    const { count } = parseRequest(suggestionsQuerySchema, request.query, 'query');
    const candidates = [...new Set(Array.from({ length: count * 2 }, () => generatePseudonym(cryptoInt)))];
    const taken = await context.store.takenPseudonymKeys(candidates.map(pseudonymKey));
    return { pseudonyms: candidates.filter((p) => !taken.has(pseudonymKey(p))).slice(0, count) };
  });

  app.post('/api/player-cards', { config: { access: 'public', rateLimit: REQUEST_LIMITS.cardCreation } }, async (request, reply): Promise<IssuedPlayerCard> => {
    const body = parseRequest(newPlayerCardSchema, request.body, 'player card');
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const card = { id: randomUUID(), code: generateCardCode(cryptoInt), pseudonym: body.pseudonym, avatar: body.avatar };
      const created = await context.store.createPlayerCard({ ...card, pseudonymKey: pseudonymKey(card.pseudonym), createdAt: context.now() });
      if (created.outcome === 'created') {
        reply.code(201);
        return card;
      }
      if (created.outcome === 'pseudonym-taken') {
        throw new HttpProblem('conflict', `the pseudonym "${body.pseudonym}" is already taken; pick another`, [
          { path: 'pseudonym', message: 'already taken' },
        ]);
      }
    }
    throw new HttpProblem('internal', 'no free card code was found; ask the centre to check its store');
  });

  // Anyone may look a code up (a phone, later), under the wrong-code back-off: a seat signing in
  // at a screen uses POST /api/seat-tokens instead.
  app.get('/api/player-cards/:code', { config: { access: 'public', rateLimit: REQUEST_LIMITS.cardLookup } }, async (request, reply): Promise<PlayerCardView> => {
    const { code } = parseRequest(playerCardParamsSchema, request.params, 'card code');
    const card = await checkCardCode(context, reply, { kind: 'address', ip: request.ip }, code);
    return { id: card.id, pseudonym: card.pseudonym, avatar: card.avatar as Avatar };
  });
}

import type { FastifyInstance } from 'fastify';
import { signInSchema, type SeatToken } from '../../shared/api/seat-tokens';
import type { Avatar } from '../../shared/seat-style';
import { REQUEST_LIMITS } from '../limits/request-limits';
import { SEAT_TOKEN_TTL_MS } from '../rounds/seat-token-check';
import { requireScreen, screenOf } from '../screens/screen-auth';
import { hashSecret, newSecret } from '../screens/secrets';
import { checkCardCode } from './card-code-check';
import { parseRequest } from './parse-request';
import type { ServerContext } from './server-context';

/**
 * `POST /api/seat-tokens`: a seat of a registered screen signs in with a card's code. The answer
 * (201) carries the seat token the screen puts on that seat of its round records: proof that the
 * code was typed at this screen, for this seat, a short while ago.
 */
export function registerSeatTokenRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post(
    '/api/seat-tokens',
    { onRequest: requireScreen(context), config: { access: 'screen', rateLimit: REQUEST_LIMITS.signIn } },
    async (request, reply): Promise<SeatToken> => {
      const screen = screenOf(request);
      const { code, seat } = parseRequest(signInSchema, request.body, 'sign-in');
      const card = await checkCardCode(context, reply, { kind: 'screen', id: screen.id }, code);
      const token = newSecret();
      const issuedAt = context.now();
      const expiresAt = issuedAt + SEAT_TOKEN_TTL_MS;
      await context.store.issueSeatToken({ tokenHash: hashSecret(token), screenId: screen.id, seat, playerCard: card.id, issuedAt, expiresAt });
      await context.store.touchScreen(screen.id, issuedAt);
      reply.code(201);
      return { card: { id: card.id, pseudonym: card.pseudonym, avatar: card.avatar as Avatar }, token, expiresAt: new Date(expiresAt).toISOString() };
    },
  );
}

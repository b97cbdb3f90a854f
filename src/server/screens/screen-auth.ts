import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/http-problem';
import type { ServerContext } from '../http/server-context';
import type { RegisteredScreen } from '../store/store';
import { hashSecret } from './secrets';

const screens = new WeakMap<FastifyRequest, RegisteredScreen>();

/** The credential in `authorization: Bearer <credential>`, or null. */
export function bearerCredential(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * An `onRequest` hook for routes only registered screens may use: it runs before the body is
 * read, so a stranger's large body is refused unread (401).
 */
export function requireScreen(context: ServerContext) {
  return async (request: FastifyRequest): Promise<void> => {
    const credential = bearerCredential(request);
    if (!credential) {
      throw new HttpProblem('unauthorized', 'only a screen registered with this centre may do this: pair it first (ludocite screen add)');
    }
    const screen = await context.store.screenByCredential(hashSecret(credential));
    if (!screen) throw new HttpProblem('unauthorized', 'this screen is not registered with the centre, or was revoked: pair it again (ludocite screen add)');
    screens.set(request, screen);
  };
}

/** The screen `requireScreen` let in. */
export function screenOf(request: FastifyRequest): RegisteredScreen {
  const screen = screens.get(request);
  if (!screen) throw new Error('screenOf: the route has no requireScreen hook');
  return screen;
}

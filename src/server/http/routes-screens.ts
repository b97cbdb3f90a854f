import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pairScreenSchema, type PairedScreen } from '../../shared/api/screens';
import { REQUEST_LIMITS } from '../limits/request-limits';
import { fromLoopback } from '../screens/loopback';
import { hashSecret, newScreenId, newSecret } from '../screens/secrets';
import { HttpProblem } from './http-problem';
import { parseRequest } from './parse-request';
import type { ServerContext } from './server-context';

const loopbackPairingSchema = z.object({ name: z.string().trim().min(1).max(64).optional() }).strict();

/**
 * `POST /api/screens/pair`: a screen spends the one-time code `ludocite screen add` printed and
 * gets its credential (201). `POST /api/screens/pair-loopback` exists only when the server runs
 * with LUDOCITE_PAIR_LOOPBACK=1 (tests and development; docs/operations.md says why that is safe).
 */
export function registerScreenRoutes(app: FastifyInstance, context: ServerContext, options: { pairLoopback: boolean }): void {
  app.post('/api/screens/pair', { config: { access: 'public', rateLimit: REQUEST_LIMITS.pairing } }, async (request, reply): Promise<PairedScreen> => {
    const { code } = parseRequest(pairScreenSchema, request.body, 'pairing');
    const credential = newSecret();
    const screen = await context.store.pairScreen(hashSecret(code), hashSecret(credential), context.now());
    if (!screen) {
      throw new HttpProblem('not_found', 'no screen waits for this pairing code: it was used already or has expired; print a new one with `ludocite screen add`');
    }
    request.log.info({ screen: screen.id }, 'a screen was paired');
    reply.code(201);
    return { ...screen, credential };
  });

  if (!options.pairLoopback) return;
  app.post('/api/screens/pair-loopback', { config: { access: 'public', rateLimit: REQUEST_LIMITS.pairing } }, async (request, reply): Promise<PairedScreen> => {
    if (!fromLoopback(request)) {
      throw new HttpProblem('forbidden', 'loopback pairing is only for a screen on the server machine itself, reached without a proxy');
    }
    const { name } = parseRequest(loopbackPairingSchema, request.body ?? {}, 'pairing');
    const credential = newSecret();
    const id = newScreenId();
    const now = context.now();
    const screen = { id, name: name ?? `loopback ${id}` };
    await context.store.addScreen({ ...screen, addedAt: now, credentialHash: hashSecret(credential), pairedAt: now });
    request.log.info({ screen: id }, 'a loopback screen paired itself (LUDOCITE_PAIR_LOOPBACK is on)');
    reply.code(201);
    return { ...screen, credential };
  });
}

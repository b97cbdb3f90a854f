import type { FastifyInstance } from 'fastify';
import type { ForwardingHealth, Health } from '../../shared/api/health';
import { SERVER_VERSION } from '../version';

/** `forwarding` says how statements go to the learning record store (off when none is set). */
export function registerHealthRoutes(app: FastifyInstance, forwarding: () => ForwardingHealth = () => ({ forwarding: 'off' })): void {
  app.get('/api/health', { config: { access: 'public' } }, (): Health => ({ status: 'ok', version: SERVER_VERSION, xapi: forwarding() }));
}

import type { FastifyInstance } from 'fastify';
import type { ForwardingHealth, Health, RoomsHealth } from '../../shared/api/health';
import { SERVER_VERSION } from '../version';

const NO_ROOMS: RoomsHealth = { rooms: 0, screensAway: 0, phones: 0, seatsAway: 0 };

/** `forwarding` says how statements go to the learning record store (off when none is set); `rooms` counts the rooms phones join. */
export function registerHealthRoutes(
  app: FastifyInstance,
  forwarding: () => ForwardingHealth = () => ({ forwarding: 'off' }),
  rooms: () => RoomsHealth = () => NO_ROOMS,
): void {
  app.get('/api/health', { config: { access: 'public' } }, (): Health => ({ status: 'ok', version: SERVER_VERSION, xapi: forwarding(), rooms: rooms() }));
}

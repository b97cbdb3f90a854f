import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/api/health';
import { SERVER_VERSION } from '../version';

export function registerHealthRoutes(app: FastifyInstance): void {
  app.get('/api/health', { config: { access: 'public' } }, (): Health => ({ status: 'ok', version: SERVER_VERSION }));
}

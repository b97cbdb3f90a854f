import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { installProblemHandlers } from './http/http-problem';
import { registerHealthRoutes } from './http/routes-health';
import { registerStaticApps } from './http/static-apps';

/**
 * The largest request body accepted. A round record of 10 000 evidence rows (the schema's cap)
 * is about 2 MB of JSON; anything bigger is not a round.
 */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * Builds the centre server without listening, so tests run it in-process (`inject` or
 * `listen({ port: 0 })`) and main.ts adds only the port and the signals.
 */
export async function buildServer(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    // Finish requests in flight on close, but do not wait for idle keep-alive sockets.
    forceCloseConnections: 'idle',
  });
  installProblemHandlers(app);
  registerHealthRoutes(app);
  await registerStaticApps(app, config.appsDir);
  await app.ready();
  return app;
}

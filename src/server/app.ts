import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { ServerConfig } from './config';
import { installProblemHandlers, problemServerOptions } from './http/http-problem';
import { installBodyRules } from './http/parse-request';
import { registerHealthRoutes } from './http/routes-health';
import { registerLeaderboardRoutes } from './http/routes-leaderboards';
import { registerPackRoutes } from './http/routes-packs';
import { registerPlayerCardRoutes } from './http/routes-player-cards';
import { registerRoundRoutes } from './http/routes-rounds';
import { registerSecurityHeaders } from './http/security-headers';
import type { ServerContext } from './http/server-context';
import { registerStaticApps } from './http/static-apps';
import { loadPackCatalogue } from './packs/pack-catalogue';
import { openSqliteStore } from './store/sqlite-store';

/**
 * The largest request body accepted. A round record of 10 000 evidence rows (the schema's cap)
 * is about 2 MB of JSON; anything bigger is not a round.
 */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface BuildOptions {
  /** The clock for "received at" and leaderboard periods; tests fix it. */
  now?: () => number;
}

/**
 * Builds the centre server without listening, so tests run it in-process (`inject` or
 * `listen({ port: 0 })`) and main.ts adds only the port and the signals. Opens (and migrates)
 * the store under DATA_DIR; closing the server closes the store.
 */
export async function buildServer(config: ServerConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Players are minors: no IP address, no query string (it may carry a card id), and a route
      // pattern rather than the path, so a card code typed at a screen never lands in a log.
      serializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          route: request.routeOptions?.url ?? request.url.split('?')[0],
        }),
      },
    },
    bodyLimit: BODY_LIMIT_BYTES,
    // Finish requests in flight on close, but do not wait for idle keep-alive sockets.
    forceCloseConnections: 'idle',
    ...problemServerOptions,
  });
  const store = openSqliteStore(config.dataDir);
  app.addHook('onClose', async () => store.close());
  const context: ServerContext = {
    store,
    packs: loadPackCatalogue(config.contentDir, app.log),
    timeZone: config.timeZone,
    now: options.now ?? Date.now,
  };
  app.log.info({ dataDir: config.dataDir, packs: context.packs.ids() }, 'store open, content packs read');

  installProblemHandlers(app);
  installBodyRules(app);
  await registerSecurityHeaders(app);
  registerHealthRoutes(app);
  registerRoundRoutes(app, context);
  registerPlayerCardRoutes(app, context);
  registerLeaderboardRoutes(app, context);
  registerPackRoutes(app, context);
  await registerStaticApps(app, config.appsDir);
  try {
    await app.ready();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

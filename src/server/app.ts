import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { ServerConfig } from './config';
import { installProblemHandlers, problemServerOptions } from './http/http-problem';
import { installBodyRules } from './http/parse-request';
import { registerCardMasteryRoutes } from './http/routes-card-mastery';
import { registerHealthRoutes } from './http/routes-health';
import { registerLeaderboardRoutes } from './http/routes-leaderboards';
import { registerPackRoutes } from './http/routes-packs';
import { registerPlayerCardRoutes } from './http/routes-player-cards';
import { registerRoomRoutes } from './http/routes-rooms';
import { registerRoundRoutes } from './http/routes-rounds';
import { registerScreenRoutes } from './http/routes-screens';
import { registerSeatTokenRoutes } from './http/routes-seat-tokens';
import { registerSecurityHeaders } from './http/security-headers';
import type { ServerContext } from './http/server-context';
import { registerStaticApps } from './http/static-apps';
import { educatorSide } from './educators/educator-side';
import { CodeGuard } from './limits/code-guard';
import { registerRequestLimits } from './limits/request-limits';
import { scheduleMasteryFits } from './mastery/mastery-schedule';
import { loadPackCatalogue } from './packs/pack-catalogue';
import { DEFAULT_ROOM_OPTIONS, type RoomOptions } from './rooms/room-options';
import { RoomRegistry } from './rooms/room-registry';
import { openSqliteStore } from './store/sqlite-store';
import { forwardedStatementContext, startForwarding } from './xapi/forward/start-forwarding';

/**
 * The largest request body outside `POST /api/rounds` (which has its own, ROUND_BODY_LIMIT_BYTES):
 * a card, a sign-in or a pairing is a few hundred bytes.
 */
export const BODY_LIMIT_BYTES = 64 * 1024;
/**
 * A request must arrive whole (headers and body) within this time, so a client sending its body a
 * byte at a time cannot hold a socket for ever; a round of the largest size takes well under a
 * second on the hall's network.
 */
export const REQUEST_TIMEOUT_MS = 30_000;
/** A socket with nothing to say for this long is closed (Node's keep-alive wait is shorter). */
export const CONNECTION_TIMEOUT_MS = 60_000;

export interface BuildOptions {
  /** The clock for "received at" and leaderboard periods; tests fix it. */
  now?: () => number;
  /** Overrides REQUEST_TIMEOUT_MS (a test waits one second, not thirty). */
  requestTimeoutMs?: number;
  /** Overrides the rooms' times and limits (a test waits a second for a seat's grace, not a minute). */
  rooms?: Partial<RoomOptions>;
}

/**
 * Builds the centre server without listening, so tests run it in-process (`inject` or
 * `listen({ port: 0 })`) and main.ts adds only the port and the signals. Opens (and migrates)
 * the store under DATA_DIR; closing the server closes the store.
 */
export async function buildServer(config: ServerConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
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
    requestTimeout,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    // Node 20 takes the request timeout only when the server is made (Fastify sets it after), and
    // looks for requests past their time every 30 s unless told: every 5 s here.
    http: { requestTimeout, connectionsCheckingInterval: Math.min(5_000, requestTimeout / 2) },
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
    codeGuard: new CodeGuard(options.now ?? Date.now),
  };
  app.log.info({ dataDir: config.dataDir, packs: context.packs.ids() }, 'store open, content packs read');
  const masteryFits = scheduleMasteryFits({ dataDir: config.dataDir, packs: context.packs, timeZone: config.timeZone, log: app.log, now: context.now });
  app.addHook('onClose', async () => masteryFits.stop());

  // Before any route: every route must declare who may call it (public, screen, educator, admin).
  const educators = educatorSide(app, context, config);
  educators.guardRoutes();
  installProblemHandlers(app);
  installBodyRules(app);
  await registerSecurityHeaders(app);
  await registerRequestLimits(app);
  if (config.pairLoopbackScreens) app.log.warn('LUDOCITE_PAIR_LOOPBACK is on: screens on this machine pair themselves; never on in a centre');
  const forwarding = startForwarding(app, {
    dataDir: config.dataDir,
    config: config.xapiForward,
    statements: forwardedStatementContext(config, context.packs),
    now: context.now,
  });
  const rooms = new RoomRegistry({ ...DEFAULT_ROOM_OPTIONS, ...config.rooms, ...options.rooms });
  registerHealthRoutes(app, forwarding, () => rooms.figures());
  registerScreenRoutes(app, context, { pairLoopback: config.pairLoopbackScreens });
  registerSeatTokenRoutes(app, context);
  registerRoundRoutes(app, context);
  registerPlayerCardRoutes(app, context);
  registerCardMasteryRoutes(app, context);
  registerLeaderboardRoutes(app, context);
  registerPackRoutes(app, context);
  await registerRoomRoutes(app, rooms);
  await educators.registerRoutes();
  await registerStaticApps(app, config.appsDir);
  try {
    await app.ready();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

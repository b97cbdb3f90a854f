import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';
import { registerEducatorAuthRoutes } from '../http/routes-educator-auth';
import { registerEducatorGroupRoutes } from '../http/routes-educator-groups';
import { registerEducatorPrivacyRoutes } from '../http/routes-educator-privacy';
import { registerEducatorReportRoutes } from '../http/routes-educator-reports';
import type { ServerContext } from '../http/server-context';
import { scheduleRetention } from '../privacy/retention';
import { requireScreen } from '../screens/screen-auth';
import { openDatabase } from '../store/database';
import { installAccessLevels } from './access-levels';
import { educatorAccounts } from './educator-accounts';
import { educatorContext } from './educator-context';
import { registerEducatorSessions } from './educator-sessions';

/** Rounds, evidence and logs are kept this many days unless RETENTION_DAYS says otherwise. */
export const DEFAULT_RETENTION_DAYS = 365;

/**
 * The educator side of the server, in two steps around the other routes: `guardRoutes` before any
 * route is registered (every route must declare its access level), `registerRoutes` after. It opens
 * its own connection to the (already migrated) store, closed with the server.
 */
export function educatorSide(app: FastifyInstance, server: ServerContext, config: ServerConfig) {
  const db = openDatabase(config.dataDir);
  app.addHook('onClose', async () => db.close());
  const retentionDays = config.retentionDays ?? DEFAULT_RETENTION_DAYS;
  return {
    guardRoutes(): void {
      installAccessLevels(app, { store: server.store, accounts: educatorAccounts(db), requireScreen: requireScreen(server) });
    },
    async registerRoutes(): Promise<void> {
      await registerEducatorSessions(app, db, Date.now);
      const context = educatorContext(server, db, retentionDays);
      registerEducatorAuthRoutes(app, context);
      registerEducatorGroupRoutes(app, context);
      registerEducatorReportRoutes(app, context);
      registerEducatorPrivacyRoutes(app, context);
      const retention = scheduleRetention({ db, retentionDays, timeZone: server.timeZone, log: app.log, now: server.now });
      app.addHook('onClose', async () => retention.stop());
    },
  };
}

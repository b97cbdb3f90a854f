import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';
import { registerEducatorAuthRoutes } from '../http/routes-educator-auth';
import { registerEducatorGroupRoutes } from '../http/routes-educator-groups';
import { registerEducatorPrivacyRoutes } from '../http/routes-educator-privacy';
import { registerEducatorReportRoutes } from '../http/routes-educator-reports';
import { registerXapiRoutes } from '../http/routes-xapi';
import type { ServerContext } from '../http/server-context';
import { scheduleRetention } from '../privacy/retention';
import { requireScreen } from '../screens/screen-auth';
import { openDatabase } from '../store/database';
import { addressesOfConfig, packDescriptionsFrom, statementContext } from '../xapi/statements';
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
  // Every report view writes an access-log line; with the store's synchronous = FULL that is an
  // fsync on the request path (tens of ms on a busy disk). The log's own connection commits with
  // NORMAL: in WAL mode the file stays consistent, and a power cut can lose at most the last lines
  // since the previous checkpoint. Erasures, groups and sessions keep FULL on the main connection.
  const logDb = openDatabase(config.dataDir);
  logDb.pragma('synchronous = NORMAL');
  app.addHook('onClose', async () => {
    logDb.close();
    db.close();
  });
  const retentionDays = config.retentionDays ?? DEFAULT_RETENTION_DAYS;
  return {
    guardRoutes(): void {
      installAccessLevels(app, { store: server.store, accounts: educatorAccounts(db), requireScreen: requireScreen(server) });
    },
    async registerRoutes(): Promise<void> {
      await registerEducatorSessions(app, db, Date.now);
      const context = educatorContext(server, db, retentionDays, logDb);
      registerEducatorAuthRoutes(app, context);
      registerEducatorGroupRoutes(app, context);
      registerEducatorReportRoutes(app, context);
      registerEducatorPrivacyRoutes(app, context);
      registerXapiRoutes(app, context, statementContext(addressesOfConfig(config), packDescriptionsFrom(server.packs)));
      const retention = scheduleRetention({ db, retentionDays, timeZone: server.timeZone, log: app.log, now: server.now });
      app.addHook('onClose', async () => retention.stop());
    },
  };
}

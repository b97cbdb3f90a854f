import type { FastifyInstance } from 'fastify';
import type { ForwardingHealth } from '../../../shared/api/health';
import { openDatabase } from '../../store/database';
import type { ServerConfig } from '../../config';
import type { PackCatalogue } from '../../packs/pack-catalogue';
import { packDescriptionsFrom, statementContext, statementReader, type StatementContext } from '../statements';
import { addressesOfConfig } from '../statements/xapi-environment';
import type { ForwardConfig } from './forward-config';
import { startForwarder } from './forwarder';

/**
 * How the forwarded statements are addressed. The centre's address must not change between two
 * starts: a statement made again with other addresses keeps its id, and the LRS refuses it (409).
 */
export function forwardedStatementContext(config: Pick<ServerConfig, 'xapi' | 'port'>, packs: Pick<PackCatalogue, 'folder'>): StatementContext {
  return statementContext(addressesOfConfig(config), packDescriptionsFrom(packs));
}

/**
 * Starts forwarding when XAPI_LRS_URL is set, and stops it when the server closes (before the
 * store: the loop leaves an unanswered post, which is sent again at the next start). Returns what
 * `GET /api/health` shows of it.
 *
 * The forwarder has its own connection, with `synchronous = NORMAL`: a "sent" mark lost in a power
 * cut only means the statements are posted again, which the LRS answers as identical resends — so
 * marking costs no fsync per batch.
 */
export function startForwarding(
  app: FastifyInstance,
  options: { dataDir: string; config: ForwardConfig | undefined; statements: StatementContext; now?: () => number },
): () => ForwardingHealth {
  const { config } = options;
  if (!config) return () => ({ forwarding: 'off' });
  const db = openDatabase(options.dataDir);
  db.pragma('synchronous = NORMAL');
  const reader = statementReader(db, options.statements);
  const forwarder = startForwarder({ db, config, statementsOf: (roundId) => reader.forRound(roundId), log: app.log, now: options.now });
  app.log.info({ endpoint: config.endpoint, batchSize: config.batchSize }, 'forwarding xAPI statements to a learning record store');
  app.addHook('onClose', async () => {
    await forwarder.stop();
    db.close();
  });
  return () => forwarder.health();
}

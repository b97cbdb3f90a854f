import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ServerConfig } from '../../../src/server/config';
import { loadPackCatalogue } from '../../../src/server/packs/pack-catalogue';
import { DATABASE_FILE } from '../../../src/server/store/database';
import type { ForwardConfig } from '../../../src/server/xapi/forward/forward-config';
import { forwardedStatementContext } from '../../../src/server/xapi/forward/start-forwarding';
import { statementsForRound, type XapiStatement } from '../../../src/server/xapi/statements';
import { LRS_CREDENTIALS, type LearningRecordStore } from './learning-record-store';

/** Forwarding to a test LRS, with short waits so a test sees a retry within seconds. */
export function forwardTo(lrs: Pick<LearningRecordStore, 'endpoint'>, overrides: Partial<ForwardConfig> = {}): ForwardConfig {
  return { endpoint: lrs.endpoint, ...LRS_CREDENTIALS, batchSize: 20, retryMaxMs: 2_000, timeoutMs: 5_000, ...overrides };
}

/** The environment variables that say the same to a server process. */
export function forwardingEnvironment(lrs: Pick<LearningRecordStore, 'endpoint'>, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    XAPI_LRS_URL: lrs.endpoint,
    XAPI_LRS_USERNAME: LRS_CREDENTIALS.username,
    XAPI_LRS_PASSWORD: LRS_CREDENTIALS.password,
    XAPI_BATCH_SIZE: '20',
    XAPI_RETRY_MAX_S: '2',
    XAPI_LRS_TIMEOUT_S: '5',
    ...overrides,
  };
}

/** What the server forwards for these rounds, made from its store as the forwarder makes it. */
export function statementsOfRounds(config: Pick<ServerConfig, 'dataDir' | 'contentDir' | 'xapi' | 'port'>, roundIds: readonly string[]): XapiStatement[] {
  const db = new Database(join(config.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const context = forwardedStatementContext(config, loadPackCatalogue(config.contentDir, { warn: () => undefined }));
    return roundIds.flatMap((id) => statementsForRound(db, id, context));
  } finally {
    db.close();
  }
}

/** The forwarding queue as stored: rounds still waiting, and rounds marked sent. */
export function outboxRows(dataDir: string): { roundId: string; sentAt: number | null; sent: number; refused: number }[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare('SELECT round_id AS roundId, sent_at AS sentAt, sent_statements AS sent, refused_statements AS refused FROM xapi_outbox ORDER BY queued_at, round_id')
      .all() as { roundId: string; sentAt: number | null; sent: number; refused: number }[];
  } finally {
    db.close();
  }
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** How many times each statement id is stored in the LRS. */
export function idCounts(statements: readonly Record<string, unknown>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(String(s.id), (counts.get(String(s.id)) ?? 0) + 1);
  return counts;
}

/** Every property we sent is stored as we sent it (the LRS adds `stored`, `authority`, `version`). */
export function sentPart(stored: Record<string, unknown>, sent: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(sent).map((key) => [key, stored[key]]));
}

/** The statements kept as refused, with the LRS's status and reason. */
export function refusedRows(dataDir: string): { statementId: string; roundId: string; status: number; reason: string }[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT statement_id AS statementId, round_id AS roundId, status, reason FROM xapi_refused ORDER BY statement_id').all() as {
      statementId: string;
      roundId: string;
      status: number;
      reason: string;
    }[];
  } finally {
    db.close();
  }
}

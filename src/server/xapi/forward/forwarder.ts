import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { ForwardingHealth } from '../../../shared/api/health';
import type { SqliteDatabase } from '../../store/database';
import { deliverStatements, RetryLater, type IdentifiedStatement } from './deliver-statements';
import type { ForwardConfig } from './forward-config';
import { lrsClient, type LrsClient } from './lrs-client';
import { xapiOutbox, type DeliveredRound } from './xapi-outbox';

/** How often an idle forwarder looks for newly stored rounds: a round reaches the LRS within about this. */
export const IDLE_POLL_MS = 1_000;
/** The first wait after a failure; it doubles at each failure up to ForwardConfig.retryMaxMs. */
const FIRST_RETRY_MS = 1_000;
/** The totals are counted again from the tables this often (rounds stored meanwhile, refusals re-sent). */
const TOTALS_EVERY_MS = 5_000;

/** What `GET /api/health` says of forwarding while it is on. */
export type ForwardingOn = Extract<ForwardingHealth, { forwarding: 'on' }>;

export interface Forwarder {
  health(): ForwardingOn;
  /** Stops the loop: an unanswered post is abandoned (its statements go again at the next start). */
  stop(): Promise<void>;
}

export interface ForwarderOptions {
  /** A connection of the forwarder's own (see startForwarding). */
  db: SqliteDatabase;
  config: ForwardConfig;
  /** A stored round's statements, made from what is stored now (none for a round no longer there). */
  statementsOf: (roundId: string) => readonly IdentifiedStatement[];
  log: Pick<FastifyBaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
  now?: () => number;
  client?: LrsClient;
  idlePollMs?: number;
}

/**
 * The forwarding loop, off the request path: take the oldest waiting rounds (whole rounds, up to a
 * batch of statements), make their statements, post them, mark the rounds — in that order, so a
 * stop or a crash at any point leaves them waiting and they are posted again with the same ids,
 * which the LRS answers as identical resends. One post at a time: the LRS sees each statement
 * once while it answers, and a slow LRS is not flooded.
 */
export function startForwarder(options: ForwarderOptions): Forwarder {
  const { db, config, log } = options;
  const now = options.now ?? Date.now;
  const idlePollMs = options.idlePollMs ?? IDLE_POLL_MS;
  const client = options.client ?? lrsClient(config);
  const outbox = xapiOutbox(db);
  const stopping = new AbortController();

  let totals = outbox.totals();
  // Scheduling runs on the monotonic clock: `now` may be a test's fixed clock.
  let totalsAt = performance.now();
  let lastSentAt: number | null = null;
  let lastError: { at: number; message: string } | null = null;
  let nextTryAt: number | null = null;
  let failures = 0;

  async function deliverWaiting(): Promise<number> {
    const rounds: { roundId: string; statements: readonly IdentifiedStatement[] }[] = [];
    let count = 0;
    for (const roundId of outbox.waitingRounds(config.batchSize)) {
      let statements: readonly IdentifiedStatement[];
      try {
        statements = options.statementsOf(roundId);
      } catch (error) {
        throw new RetryLater(`the statements of round ${roundId} could not be made: ${error instanceof Error ? error.message : String(error)}`);
      }
      // Whole rounds per batch, but never fewer than one round: a round larger than a batch is
      // posted in several, and marked once all are stored.
      if (rounds.length > 0 && count + statements.length > config.batchSize) break;
      rounds.push({ roundId, statements });
      count += statements.length;
    }
    if (rounds.length === 0) return 0;
    log.debug({ rounds: rounds.length, statements: count }, 'posting statements to the LRS');
    const refusals = await deliverStatements(client, rounds.flatMap((r) => r.statements), { batchSize: config.batchSize, signal: stopping.signal });
    const refusedIds = new Map(refusals.map((r) => [r.statementId, r]));
    const delivered: DeliveredRound[] = rounds.map(({ roundId, statements }) => {
      const own = statements.flatMap((s) => refusedIds.get(s.id) ?? []);
      return { roundId, stored: statements.length - own.length, refusals: own };
    });
    outbox.markDelivered(delivered, now());
    // Counted as they happen; the periodic count (TOTALS_EVERY_MS) sees rounds stored meanwhile.
    totals = {
      waitingRounds: Math.max(0, totals.waitingRounds - rounds.length),
      sentStatements: totals.sentStatements + delivered.reduce((sum, r) => sum + r.stored, 0),
      refusedStatements: totals.refusedStatements + refusals.length,
    };
    for (const refusal of refusals) {
      const roundId = rounds.find((r) => r.statements.some((s) => s.id === refusal.statementId))?.roundId;
      log.error({ statementId: refusal.statementId, roundId, status: refusal.status, reason: refusal.reason }, 'the LRS refused a statement: kept with its reason, not sent again (ludocite xapi refused)');
    }
    lastSentAt = now();
    return rounds.length;
  }

  function waitAfter(error: unknown): number {
    failures += 1;
    const message = error instanceof Error ? error.message : String(error);
    lastError = { at: now(), message };
    const backoff = Math.min(config.retryMaxMs, FIRST_RETRY_MS * 2 ** (failures - 1));
    // Jitter: centres restarting together after an outage do not all knock at once.
    const wait = Math.max(error instanceof RetryLater ? (error.retryAfterMs ?? 0) : 0, backoff * (0.75 + Math.random() * 0.25));
    nextTryAt = now() + wait;
    if (error instanceof RetryLater) log.warn({ reason: message, failures, retryInMs: Math.round(wait) }, 'the LRS cannot take statements now; they wait and go again');
    else log.error({ err: error, failures }, 'forwarding statements failed; trying again later');
    return wait;
  }

  async function loop(): Promise<void> {
    while (!stopping.signal.aborted) {
      let wait = idlePollMs;
      // Nothing may escape the loop (a busy database included): it would end forwarding unseen.
      try {
        const delivered = await deliverWaiting();
        failures = 0;
        nextTryAt = null;
        if (delivered > 0) wait = 0;
      } catch (error) {
        if (stopping.signal.aborted) break;
        wait = waitAfter(error);
      }
      if (performance.now() - totalsAt >= TOTALS_EVERY_MS) {
        totalsAt = performance.now();
        try {
          totals = outbox.totals();
        } catch (error) {
          log.error({ err: error }, 'the forwarding totals could not be counted');
        }
      }
      try {
        if (wait > 0) await sleep(wait, undefined, { signal: stopping.signal });
      } catch {
        break;
      }
    }
  }

  const running = loop();

  return {
    health: () => ({
      forwarding: 'on',
      ...totals,
      lastSentAt: lastSentAt === null ? null : new Date(lastSentAt).toISOString(),
      lastError: lastError && { at: new Date(lastError.at).toISOString(), message: lastError.message },
      nextTryAt: nextTryAt === null ? null : new Date(nextTryAt).toISOString(),
    }),
    async stop() {
      stopping.abort();
      await running;
    },
  };
}

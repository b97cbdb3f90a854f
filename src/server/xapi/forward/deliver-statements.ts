import { isDeepStrictEqual } from 'node:util';
import type { LrsClient } from './lrs-client';

/** What the forwarder needs of a statement: its id. The rest goes to the LRS as it is. */
export interface IdentifiedStatement {
  id: string;
}

/** A statement the LRS judged and refused, with its answer (status and reason). */
export interface Refusal {
  statementId: string;
  status: number;
  reason: string;
}

/**
 * The LRS cannot take statements now (network, 5xx, 429, credentials): nothing is marked, the same
 * statements go again after a wait. Resending is safe because every statement keeps its id.
 */
export class RetryLater extends Error {
  override name = 'RetryLater';
  constructor(
    readonly reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
  }
}

/**
 * Posts statements in batches of `batchSize` and returns those the LRS refused. An LRS refuses a
 * whole batch for one bad statement (xAPI 1.0.3 §2.1.3: it stores all or none), so a refused batch
 * is split in halves until the bad statements stand alone: the good ones are stored, each bad one
 * is refused with the LRS's own reason, in about 2 × log2(batch) posts per bad statement.
 * Throws RetryLater as soon as the LRS cannot answer; batches already stored stay stored.
 */
export async function deliverStatements(
  client: LrsClient,
  statements: readonly IdentifiedStatement[],
  options: { batchSize: number; signal?: AbortSignal },
): Promise<Refusal[]> {
  const refusals: Refusal[] = [];
  for (let start = 0; start < statements.length; start += options.batchSize) {
    refusals.push(...(await deliverBatch(client, statements.slice(start, start + options.batchSize), options.signal)));
  }
  return refusals;
}

async function deliverBatch(client: LrsClient, batch: readonly IdentifiedStatement[], signal?: AbortSignal): Promise<Refusal[]> {
  const outcome = await client.post(batch, signal);
  if (outcome.kind === 'stored') return [];
  if (outcome.kind === 'retry') throw new RetryLater(outcome.reason, outcome.retryAfterMs);
  if (batch.length === 1) {
    const [statement] = batch as [IdentifiedStatement];
    // 409: the id is taken. An LRS should answer an identical resend with 2xx, but some answer 409;
    // the statement then reached it already, and only a different statement under our id is refused.
    if (outcome.status === 409 && (await heldAlready(client, statement, signal))) return [];
    return [{ statementId: statement.id, status: outcome.status, reason: outcome.reason }];
  }
  const half = Math.ceil(batch.length / 2);
  return [...(await deliverBatch(client, batch.slice(0, half), signal)), ...(await deliverBatch(client, batch.slice(half), signal))];
}

/**
 * Whether the LRS holds this very statement: every property we sent is there with the same value
 * (the LRS adds `stored`, `authority` and may add `version`).
 */
async function heldAlready(client: LrsClient, statement: IdentifiedStatement, signal?: AbortSignal): Promise<boolean> {
  let stored: unknown;
  try {
    stored = await client.statement(statement.id, signal);
  } catch (error) {
    throw new RetryLater(`could not read statement back after a 409: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof stored !== 'object' || stored === null) return false;
  const sent = JSON.parse(JSON.stringify(statement)) as Record<string, unknown>;
  return Object.entries(sent).every(([key, value]) => isDeepStrictEqual((stored as Record<string, unknown>)[key], value));
}

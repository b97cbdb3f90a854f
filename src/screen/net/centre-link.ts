import type { Leaderboard } from '../../shared/api/leaderboards';
import { createApiClient, type ApiClient } from './api-client';
import { deferredOutboxStore } from './deferred-outbox-store';
import { openIndexedDbOutboxStore } from './indexeddb-outbox-store';
import { Outbox } from './outbox';

/** A signed-in seat's place on today's board of the pack it just played. */
export interface SeatRank {
  seat: string;
  rank: number;
}

/** Interactive calls (a card code, a leaderboard) give up sooner than round deliveries. */
const INTERACTIVE_TIMEOUT_MS = 5_000;

/**
 * What the screen keeps of the centre server: the API client, the outbox of round records, and
 * what it last showed from leaderboards. The screen never waits for it: play goes on with no
 * server, records wait in the outbox, and leaderboards are simply not shown.
 */
export class CentreLink {
  /** Which board of the attract loop's rotation comes next. */
  boardTurn = 0;
  /** The leaderboard on screen now, for the monitoring snapshot. */
  shownBoard: Leaderboard | null = null;
  /** Ranks of signed-in seats after a round, by round id, once the server had the record. */
  readonly ranks = new Map<string, SeatRank[]>();

  constructor(
    readonly api: ApiClient,
    readonly outbox: Outbox,
  ) {}
}

/**
 * Connects to the server the screen was served from: opens the outbox in IndexedDB and starts
 * sending what a previous page left there, all in the background.
 */
export function connectCentre(): CentreLink {
  const api = createApiClient({ timeoutMs: INTERACTIVE_TIMEOUT_MS });
  const rounds = createApiClient();
  const outbox = new Outbox({ store: deferredOutboxStore(openIndexedDbOutboxStore()), deliver: rounds.deliverRound });
  outbox.start().catch((error: unknown) => {
    // No IndexedDB (private mode, storage disabled): records are still sent, from memory.
    console.warn('[ludocite] the outbox could not open its store; records will not survive a reload', error);
  });
  window.addEventListener('online', () => outbox.flush());
  return new CentreLink(api, outbox);
}

import type { Leaderboard } from '../../shared/api/leaderboards';
import type { PairedScreen } from '../../shared/api/screens';
import type { PlayerCardDesk } from '../player-card/sign-in-flow';
import { createApiClient, type ApiClient } from './api-client';
import { cardDesk } from './card-desk';
import { deferredOutboxStore } from './deferred-outbox-store';
import { openIndexedDbOutboxStore } from './indexeddb-outbox-store';
import { Outbox } from './outbox';
import { pairScreen } from './screen-pairing';
import { SeatProgress } from './seat-progress';
import { SeatTokenBook } from './seat-tokens';

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
  /** Who this screen is for the centre once paired; null until then (rounds wait, seats play as guests). */
  screen: PairedScreen | null = null;
  readonly seatTokens = new SeatTokenBook();
  /** What the sign-in panel calls: codes become seat tokens kept in `seatTokens`. */
  readonly desk: PlayerCardDesk;
  /** Signed-in seats' mastery of the pack before and after each round, for the results screen. */
  readonly progress: SeatProgress;

  constructor(
    readonly api: ApiClient,
    readonly outbox: Outbox,
  ) {
    this.desk = cardDesk(api, this.seatTokens);
    this.progress = new SeatProgress({
      read: async (cardId, pack) => {
        const token = this.seatTokens.token(cardId);
        if (!token) return null;
        return (await api.cardMastery(cardId, token, pack)).packs.find((p) => p.pack === pack)?.objectives ?? [];
      },
      outbox,
    });
  }
}

/**
 * Connects to the server the screen was served from: opens the outbox in IndexedDB and starts
 * sending what a previous page left there, all in the background.
 */
export function connectCentre(screenName = 'loopback screen'): CentreLink {
  let link: CentreLink | null = null;
  const credential = () => link?.screen?.credential ?? null;
  const api = createApiClient({ timeoutMs: INTERACTIVE_TIMEOUT_MS, credential });
  const rounds = createApiClient({ credential });
  const outbox = new Outbox({
    store: deferredOutboxStore(openIndexedDbOutboxStore()),
    deliver: rounds.deliverRound,
    prepare: (record) => link?.seatTokens.seal(record) ?? record,
  });
  const centre = new CentreLink(api, outbox);
  link = centre;
  const place = {
    search: location.search,
    hostname: location.hostname,
    storage: globalThis.localStorage as Storage | undefined,
    forgetCode: () => {
      const url = new URL(location.href);
      url.searchParams.delete('pair');
      history.replaceState(history.state, '', url);
    },
  };
  void pairScreen(api, place, screenName).then((screen) => {
    centre.screen = screen;
    // Records that waited for the pairing may go now.
    if (screen) outbox.flush();
  });
  outbox.start().catch((error: unknown) => {
    // No IndexedDB (private mode, storage disabled): records are still sent, from memory.
    console.warn('[ludocite] the outbox could not open its store; records will not survive a reload', error);
  });
  window.addEventListener('online', () => outbox.flush());
  return centre;
}

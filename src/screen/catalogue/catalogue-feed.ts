import type { PackCatalogueListing } from '../../shared/api/packs';
import type { MiniGame } from '../../sdk/mini-game';
import { buildCatalogue, EMPTY_CATALOGUE, type Catalogue } from './catalogue';
import type { CatalogueFetch, SavedCatalogue } from './catalogue-fetch';

/** Where the catalogue on screen came from: the centre now, the copy kept from a previous visit, or nowhere yet. */
export type CatalogueOrigin = 'centre' | 'saved' | 'none';

export interface CatalogueFeedOptions {
  games: readonly MiniGame[];
  fetch: CatalogueFetch;
  /** The last good catalogue, kept in the browser for a boot with no centre. */
  saved: { load(): SavedCatalogue | null; save(catalogue: SavedCatalogue): void };
  /** Whether a new catalogue may replace the one on screen now: never while a round plays. */
  canApply: () => boolean;
  /** How often the centre is asked whether the catalogue changed. */
  pollMs?: number;
}

/** Asked every 3 s: with the centre's 2 s rescan, a pack installed shows within 5 s between rounds. */
export const POLL_MS = 3_000;

/**
 * The screen's catalogue, kept in step with the centre. At boot it asks the centre once and, if
 * the centre is away, falls back to the last catalogue it kept. Then it polls with the ETag (an
 * unchanged catalogue costs a 304), holds a changed one until no round is playing, and tells its
 * listeners when it replaced the catalogue on screen.
 */
export class CatalogueFeed {
  private catalogue: Catalogue = EMPTY_CATALOGUE;
  private etag: string | null = null;
  private waiting: SavedCatalogue | null = null;
  private readonly listeners = new Set<(catalogue: Catalogue) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private polling = false;
  private loading: Promise<void> | null = null;
  origin: CatalogueOrigin = 'none';

  constructor(private readonly options: CatalogueFeedOptions) {}

  get current(): Catalogue {
    return this.catalogue;
  }

  /** Whether a newer catalogue is waiting for the round to end. */
  get hasWaiting(): boolean {
    return this.waiting !== null;
  }

  /** Calls `listener` each time the catalogue on screen is replaced; returns the way to stop. */
  onChange(listener: (catalogue: Catalogue) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The boot: the centre's catalogue, else the one kept from the last visit, else none. The kept
   * one's ETag goes with the question, so an unchanged catalogue is not sent again. Never throws;
   * called again, it gives the same promise.
   */
  load(): Promise<void> {
    this.loading ??= this.firstLoad();
    return this.loading;
  }

  private async firstLoad(): Promise<void> {
    const saved = this.options.saved.load();
    const answer = await this.options.fetch(saved?.etag ?? null);
    if (answer.kind === 'changed') {
      this.waiting = { etag: answer.etag, listing: answer.listing };
      return this.applyWaiting();
    }
    if (!saved) return;
    this.origin = answer.kind === 'unchanged' ? 'centre' : 'saved';
    this.etag = saved.etag;
    this.replace(saved.listing);
  }

  /** Starts polling the centre (after `load`). */
  start(): void {
    if (this.polling) return;
    this.polling = true;
    const next = () => {
      this.timer = setTimeout(() => {
        void this.poll().finally(() => this.polling && next());
      }, this.options.pollMs ?? POLL_MS);
    };
    next();
  }

  stop(): void {
    this.polling = false;
    if (this.timer) clearTimeout(this.timer);
  }

  /** One look at the centre, then applies what waits if no round plays. */
  async poll(): Promise<void> {
    await this.ask();
    this.applyWaiting();
  }

  /** Puts a waiting catalogue on screen if no round plays; polls call it, and so may the shell. */
  applyWaiting(): void {
    const waiting = this.waiting;
    if (!waiting || !this.options.canApply()) return;
    this.waiting = null;
    this.etag = waiting.etag;
    this.origin = 'centre';
    this.replace(waiting.listing);
    this.options.saved.save(waiting);
  }

  /** Asks the centre; a changed catalogue waits in `waiting` for `applyWaiting`. */
  private async ask(): Promise<void> {
    const answer = await this.options.fetch(this.waiting?.etag ?? this.etag);
    if (answer.kind === 'changed') this.waiting = { etag: answer.etag, listing: answer.listing };
    // The copy kept from a previous visit is the centre's own: the screen is in step again.
    else if (answer.kind === 'unchanged' && !this.waiting && this.origin === 'saved') this.origin = 'centre';
  }

  private replace(listing: PackCatalogueListing): void {
    this.catalogue = buildCatalogue(this.options.games, listing);
    for (const listener of this.listeners) listener(this.catalogue);
  }
}

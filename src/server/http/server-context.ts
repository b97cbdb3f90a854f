import type { CodeGuard } from '../limits/code-guard';
import type { PackCatalogue } from '../packs/pack-catalogue';
import type { Store } from '../store/store';

/** What the routes work with; tests build it around a temporary store and a fixed clock. */
export interface ServerContext {
  store: Store;
  packs: PackCatalogue;
  /** The centre's IANA time zone, where "today" and "this week" begin. */
  timeZone: string;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** The back-off on wrong card codes, per client and per card. */
  codeGuard: CodeGuard;
}

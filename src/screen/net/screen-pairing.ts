import { pairedScreenSchema, type PairedScreen } from '../../shared/api/screens';
import type { ApiClient } from './api-client';

/** Where the screen keeps its identity and credential between visits. */
export const SCREEN_STORAGE_KEY = 'ludocite.screen';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface PairingPlace {
  /** The page's query string: `?pair=HX7M-A349` carries a code `ludocite screen add` printed. */
  search: string;
  hostname: string;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Takes the spent code out of the address bar, so a reload does not try it again. */
  forgetCode(): void;
}

export function storedScreen(storage: PairingPlace['storage']): PairedScreen | null {
  try {
    const parsed = pairedScreenSchema.safeParse(JSON.parse(storage?.getItem(SCREEN_STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Who this screen is for the centre, found at boot: a pairing code in the address is spent (and
 * replaces what was kept, so a revoked screen is paired again the same way); else the kept
 * credential; else, on the server's own machine, loopback pairing (which answers only when the
 * server runs with LUDOCITE_PAIR_LOOPBACK=1, in tests and development). Null while unpaired:
 * play goes on, records wait in the outbox, seats play as guests.
 */
export async function pairScreen(api: Pick<ApiClient, 'pairScreen' | 'pairLoopback'>, place: PairingPlace, name: string): Promise<PairedScreen | null> {
  const code = new URLSearchParams(place.search).get('pair');
  let paired: PairedScreen | null = null;
  try {
    if (code) {
      paired = await api.pairScreen(code);
      place.forgetCode();
    } else {
      const kept = storedScreen(place.storage);
      if (kept) return kept;
      if (LOOPBACK_HOSTS.has(place.hostname)) paired = await api.pairLoopback(name);
    }
  } catch (error) {
    console.warn('[ludocite] this screen could not be paired with the centre; rounds wait in the outbox', error);
    return storedScreen(place.storage);
  }
  if (paired) {
    try {
      place.storage?.setItem(SCREEN_STORAGE_KEY, JSON.stringify(paired));
    } catch {
      // Storage full or disabled: the screen stays paired until the page reloads.
    }
  }
  return paired;
}

import { z } from 'zod';
import { packCatalogueSchema, type PackCatalogueListing } from '../../shared/api/packs';

/** A catalogue as the centre gave it, with its ETag: what the screen keeps between visits. */
export interface SavedCatalogue {
  etag: string;
  listing: PackCatalogueListing;
}

export type CatalogueAnswer =
  | { kind: 'changed'; etag: string; listing: PackCatalogueListing }
  | { kind: 'unchanged' }
  /** No answer, or one that is not a catalogue: the screen keeps what it has. */
  | { kind: 'unreachable'; reason: string };

/** Asks the centre for its catalogue, sending the ETag the screen has (null for none). Never throws. */
export type CatalogueFetch = (etag: string | null) => Promise<CatalogueAnswer>;

/** A boot waits at most this long for the centre before falling back to the kept catalogue. */
const TIMEOUT_MS = 4_000;

/** `GET /api/packs` from the centre the screen was served from. */
export function fetchCentreCatalogue(fetchFn: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init)): CatalogueFetch {
  let warned = false;
  const unreachable = (reason: string): CatalogueAnswer => {
    // Said once per outage in the console; the screen goes on with what it has.
    if (!warned) console.warn(`[ludocite] the centre's pack catalogue could not be read (${reason}); the screen keeps the one it has`);
    warned = true;
    return { kind: 'unreachable', reason };
  };
  return async (etag) => {
    let response: Response;
    try {
      response = await fetchFn('/api/packs', {
        // The ETag is the screen's own: the browser's cache must neither answer nor revalidate for it.
        cache: 'no-store',
        headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      return unreachable(error instanceof Error ? error.message : String(error));
    }
    if (response.status === 304) {
      warned = false;
      return { kind: 'unchanged' };
    }
    const parsed = response.ok ? packCatalogueSchema.safeParse(await response.json().catch(() => null)) : null;
    const newEtag = response.headers.get('etag');
    if (!parsed?.success || !newEtag) return unreachable(`the centre answered ${response.status} without a catalogue`);
    warned = false;
    return { kind: 'changed', etag: newEtag, listing: parsed.data };
  };
}

const STORAGE_KEY = 'ludocite.catalogue';
const savedSchema = z.object({ etag: z.string().min(1), listing: packCatalogueSchema });

/** The last good catalogue in the browser's local storage, so a screen still boots with no centre. */
export function catalogueStorage(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined) {
  return {
    load(): SavedCatalogue | null {
      try {
        const parsed = savedSchema.safeParse(JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null'));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(catalogue: SavedCatalogue): void {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(catalogue));
      } catch (error) {
        // A full or disabled storage only costs a boot with no centre its catalogue.
        console.warn('[ludocite] the pack catalogue could not be kept for a boot without the centre', error);
      }
    },
  };
}

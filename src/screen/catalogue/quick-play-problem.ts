import type { Catalogue } from './catalogue';
import type { CatalogueOrigin } from './catalogue-feed';
import type { QuickPlayProblem } from '../shell';

/**
 * Why the pack a quick-play address names cannot be played on this screen, with what a studio
 * acts on: every problem of a set-aside pack with its path, the mini-game a pack needs, or which
 * packs there are (and whether the centre answered) when the id is unknown.
 */
export function quickPlayProblem(pack: string, catalogue: Catalogue, origin: CatalogueOrigin): QuickPlayProblem {
  const invalid = catalogue.invalid.find((p) => p.id === pack);
  if (invalid) return { pack, kind: 'invalid', details: invalid.problems.map((p) => `${p.path}: ${p.message}`) };
  const unavailable = catalogue.unavailable.find((u) => u.pack.id === pack);
  if (unavailable) return { pack, kind: 'unavailable', details: [], game: unavailable.missingGame };
  return { pack, kind: 'unknown', details: [], known: catalogue.entries.map((e) => e.pack.id), origin };
}

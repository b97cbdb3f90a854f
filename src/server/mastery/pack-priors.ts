import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPackSchema } from '../../shared/pack/content-pack';
import type { BktParameters } from '../../shared/mastery/bkt-parameters';
import type { PackCatalogue } from '../packs/pack-catalogue';

/** Per objective of every served pack: the BKT values its pack declares (possibly none). */
export type PackPriors = Map<string, Partial<BktParameters>>;

/**
 * Reads the `bkt` values of every objective of the packs the catalogue serves. A pack that cannot
 * be read now (removed since the catalogue looked) is skipped: its objectives keep the defaults.
 */
export function readPackPriors(packs: Pick<PackCatalogue, 'ids' | 'folder'>): PackPriors {
  const priors: PackPriors = new Map();
  for (const id of packs.ids()) {
    const folder = packs.folder(id);
    if (!folder) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(folder, 'pack.json'), 'utf8'));
    } catch {
      continue;
    }
    const parsed = contentPackSchema.safeParse(json);
    if (!parsed.success) continue;
    for (const objective of parsed.data.objectives) priors.set(objective.id, objective.bkt ?? {});
  }
  return priors;
}

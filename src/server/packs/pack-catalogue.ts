import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { toApiIssues } from '../../shared/api/api-error';
import { contentPackSchema } from '../../shared/pack/content-pack';

/** What the server needs of a content pack to judge a round: its envelope, never its game. */
export interface PackRules {
  id: string;
  version: string;
  game: string;
  maxPointsPerSeat: number;
  players: { min: number; max: number };
  objectives: ReadonlySet<string>;
}

export interface PackCatalogue {
  find(id: string): PackRules | undefined;
  ids(): string[];
}

/** A pack installed while the server runs is found on the next miss, at most this often. */
const RESCAN_AFTER_MS = 5_000;

/**
 * Reads `<contentDir>/<pack-id>/pack.json` envelopes with the shared pack schema. `data` is left
 * to the screen: the server does not import games/. A broken pack is skipped with a warning
 * so one bad folder never stops the centre.
 */
export function loadPackCatalogue(contentDir: string, log: Pick<FastifyBaseLogger, 'warn'>, now: () => number = Date.now): PackCatalogue {
  let packs = scan(contentDir, log);
  let scannedAt = now();
  return {
    find(id) {
      const known = packs.get(id);
      if (known || now() - scannedAt < RESCAN_AFTER_MS) return known;
      packs = scan(contentDir, log);
      scannedAt = now();
      return packs.get(id);
    },
    ids: () => [...packs.keys()].sort(),
  };
}

function scan(contentDir: string, log: Pick<FastifyBaseLogger, 'warn'>): Map<string, PackRules> {
  const packs = new Map<string, PackRules>();
  if (!existsSync(contentDir)) {
    log.warn({ contentDir }, 'the content folder does not exist: no pack is known, every round will be refused');
    return packs;
  }
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    // A pack folder may be a link (a centre keeping its own packs elsewhere).
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    const file = join(contentDir, entry.name, 'pack.json');
    if (!existsSync(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      log.warn({ file, reason: (error as Error).message }, 'a pack.json is not valid JSON; the pack is skipped');
      continue;
    }
    const parsed = contentPackSchema.safeParse(json);
    if (!parsed.success) {
      log.warn({ file, problems: toApiIssues(parsed.error.issues) }, 'a pack.json does not follow the pack schema; the pack is skipped');
      continue;
    }
    const pack = parsed.data;
    if (pack.id !== entry.name) {
      log.warn({ file, id: pack.id }, `a pack in folder "${entry.name}" has id "${pack.id}"; the pack is skipped`);
      continue;
    }
    packs.set(pack.id, {
      id: pack.id,
      version: pack.version,
      game: pack.game,
      maxPointsPerSeat: pack.maxPointsPerSeat,
      players: pack.players,
      objectives: new Set(pack.objectives.map((o) => o.id)),
    });
  }
  return packs;
}

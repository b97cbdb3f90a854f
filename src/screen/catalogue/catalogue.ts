import { checkPack, type PackGame, type PackProblem } from '../../shared/pack/check-pack';
import type { ContentPack } from '../../shared/pack/content-pack';
import type { MiniGame } from '../../sdk/mini-game';

/** A pack that plays: its checked content and its mini-game. */
export interface CatalogueEntry {
  pack: ContentPack;
  game: MiniGame;
}

/** A pack left out of the catalogue, with every reason. */
export interface InvalidPack {
  id: string;
  file: string;
  problems: PackProblem[];
}

export interface Catalogue {
  entries: CatalogueEntry[];
  invalid: InvalidPack[];
}

export function packGames(games: readonly MiniGame[]): Map<string, PackGame> {
  return new Map(games.map((g) => [g.id, g as unknown as PackGame]));
}

/** Checks every installed pack against its mini-game; invalid ones are set aside, never fatal. */
export function buildCatalogue(games: readonly MiniGame[], packFiles: readonly { file: string; text: string }[]): Catalogue {
  const byId = packGames(games);
  const gameOf = new Map(games.map((g) => [g.id, g]));
  const entries: CatalogueEntry[] = [];
  const invalid: InvalidPack[] = [];
  for (const { file, text } of packFiles) {
    const result = checkPack(file, text, byId);
    if (result.ok) entries.push({ pack: result.pack, game: gameOf.get(result.pack.game) as MiniGame });
    else invalid.push({ id: result.id, file: result.file, problems: result.problems });
  }
  const seen = new Set<string>();
  for (const entry of [...entries]) {
    if (seen.has(entry.pack.id)) {
      entries.splice(entries.indexOf(entry), 1);
      invalid.push({ id: entry.pack.id, file: entry.pack.id, problems: [{ path: 'id', message: 'two packs have this id' }] });
    }
    seen.add(entry.pack.id);
  }
  entries.sort((a, b) => a.pack.id.localeCompare(b.pack.id));
  return { entries, invalid };
}

/** The packs a given number of seats can play. */
export function playableWith(catalogue: Catalogue, seats: number): CatalogueEntry[] {
  return catalogue.entries.filter((e) => seats >= e.pack.players.min && seats <= e.pack.players.max);
}

import type { PackCatalogueListing } from '../../shared/api/packs';
import { checkPack, type PackGame, type PackProblem } from '../../shared/pack/check-pack';
import { contentPackSchema, type ContentPack } from '../../shared/pack/content-pack';
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

/**
 * A valid pack whose mini-game this screen does not have (a newer centre, or a game not built
 * in): shown greyed with the reason, never played.
 */
export interface UnavailablePack {
  pack: ContentPack;
  /** The mini-game id the pack names. */
  missingGame: string;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  invalid: InvalidPack[];
  unavailable: UnavailablePack[];
}

export const EMPTY_CATALOGUE: Catalogue = Object.freeze({ entries: [], invalid: [], unavailable: [] });

export function packGames(games: readonly MiniGame[]): Map<string, PackGame> {
  return new Map(games.map((g) => [g.id, g as unknown as PackGame]));
}

/**
 * Checks every pack the centre serves against its mini-game. The centre checked the envelopes;
 * the screen checks `data` with the mini-game's schema and cross-checks. Invalid packs are set
 * aside and packs of a mini-game the screen lacks are listed as unavailable, never fatal.
 */
export function buildCatalogue(games: readonly MiniGame[], listing: PackCatalogueListing): Catalogue {
  const byId = packGames(games);
  const gameOf = new Map(games.map((g) => [g.id, g]));
  const entries: CatalogueEntry[] = [];
  const invalid: InvalidPack[] = [];
  const unavailable: UnavailablePack[] = [];
  for (const served of listing.packs) {
    const envelope = contentPackSchema.safeParse(served.pack);
    const gameId = envelope.success ? envelope.data.game : undefined;
    if (envelope.success && gameId && !gameOf.has(gameId)) {
      unavailable.push({ pack: envelope.data as ContentPack, missingGame: gameId });
      continue;
    }
    const result = checkPack(served.file, JSON.stringify(served.pack), byId);
    if (result.ok) entries.push({ pack: result.pack, game: gameOf.get(result.pack.game) as MiniGame });
    else invalid.push({ id: result.id, file: result.file, problems: result.problems });
  }
  for (const aside of listing.setAside) {
    // The centre names what is wrong with the envelope; the screen adds what is wrong with `data`.
    const own = aside.pack === undefined ? null : checkPack(aside.file, JSON.stringify(aside.pack), byId);
    const problems = [...aside.problems];
    for (const problem of own && !own.ok ? own.problems : []) {
      if (!problems.some((p) => p.path === problem.path && p.message === problem.message)) problems.push(problem);
    }
    invalid.push({ id: aside.id, file: aside.file, problems });
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
  unavailable.sort((a, b) => a.pack.id.localeCompare(b.pack.id));
  return { entries, invalid, unavailable };
}

/** The packs a given number of seats can play. */
export function playableWith(catalogue: Catalogue, seats: number): CatalogueEntry[] {
  return catalogue.entries.filter((e) => seats >= e.pack.players.min && seats <= e.pack.players.max);
}

/** The unavailable packs that would suit this number of seats, to show greyed beside the playable ones. */
export function unavailableWith(catalogue: Catalogue, seats: number): UnavailablePack[] {
  return catalogue.unavailable.filter((u) => seats >= u.pack.players.min && seats <= u.pack.players.max);
}

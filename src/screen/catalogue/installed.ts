import type { MiniGame } from '../../sdk/mini-game';

/**
 * The mini-games built into this screen. Packs are not: the centre serves them (`GET /api/packs`),
 * so a pack installed on a running centre reaches screens without a new build.
 */
const gameModules = import.meta.glob<MiniGame>('../../../games/*/index.ts', { import: 'default', eager: true });

/**
 * Test fixtures (a deliberately broken mini-game and others), only in builds made for tests. Not
 * eager: an eager glob becomes static imports that a centre's build would carry even in the
 * branch the flag turns off; lazy imports in that branch go with it.
 */
const fixtureGames = __LUDOCITE_FIXTURES__ ? import.meta.glob<MiniGame>('../../../tests/fixtures/games/*/index.ts', { import: 'default' }) : {};

export async function installedGames(): Promise<MiniGame[]> {
  const fixtures = await Promise.all(Object.values(fixtureGames).map((load) => load()));
  return [...Object.values(gameModules), ...fixtures];
}

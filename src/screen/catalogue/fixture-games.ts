import type { MiniGame } from '../../sdk/mini-game';

/**
 * Test fixtures (a deliberately broken mini-game and others), built into screens made for tests
 * only: a centre's build resolves this module to no-fixture-games.ts (vite.config.ts), since an
 * eager glob becomes static imports that no build flag can drop.
 */
export const fixtureGames: readonly MiniGame[] = Object.values(
  import.meta.glob<MiniGame>('../../../tests/fixtures/games/*/index.ts', { import: 'default', eager: true }),
);

import type { MiniGame } from '../../sdk/mini-game';

/** What a centre's screen build has in place of fixture-games.ts: no test fixture. */
export const fixtureGames: readonly MiniGame[] = [];

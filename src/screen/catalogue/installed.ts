import type { MiniGame } from '../../sdk/mini-game';
import { fixtureGames } from './fixture-games';

/**
 * The mini-games built into this screen. Packs are not: the centre serves them (`GET /api/packs`),
 * so a pack installed on a running centre reaches screens without a new build.
 */
const gameModules = import.meta.glob<MiniGame>('../../../games/*/index.ts', { import: 'default', eager: true });

export function installedGames(): MiniGame[] {
  return [...Object.values(gameModules), ...fixtureGames];
}

import type { MiniGame } from '../../sdk/mini-game';

/**
 * The mini-games and content packs built into this screen. Packs are read as text, so a broken
 * file is reported by the pack checker instead of breaking the build or the boot.
 */
const gameModules = import.meta.glob<MiniGame>('../../../games/*/index.ts', { import: 'default', eager: true });
const packTexts = import.meta.glob<string>('../../../content/*/pack.json', { query: '?raw', import: 'default', eager: true });

/** Test fixtures (a deliberately broken mini-game and its pack), only in builds made for tests. */
const fixtureGames = __LUDOCITE_FIXTURES__
  ? import.meta.glob<MiniGame>('../../../tests/fixtures/games/*/index.ts', { import: 'default', eager: true })
  : {};
const fixturePacks = __LUDOCITE_FIXTURES__
  ? import.meta.glob<string>('../../../tests/fixtures/content/*/pack.json', { query: '?raw', import: 'default', eager: true })
  : {};

const relative = (path: string) => path.replace(/^(\.\.\/)+/, '');

export function installedGames(): MiniGame[] {
  return Object.values({ ...gameModules, ...fixtureGames });
}

export function installedPackFiles(): { file: string; text: string }[] {
  return Object.entries({ ...packTexts, ...fixturePacks }).map(([path, text]) => ({ file: relative(path), text }));
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackGame } from '../shared/pack/check-pack';

/**
 * Finds mini-games the way a centre installs them: every `games/<id>/index.ts` whose default
 * export is a mini-game definition. Loaded by discovery, so the CLI depends on no game.
 */
export async function discoverGames(gamesDir: string): Promise<{ games: Map<string, PackGame>; problems: string[] }> {
  const games = new Map<string, PackGame>();
  const problems: string[] = [];
  if (!existsSync(gamesDir)) return { games, problems: [`no games folder at ${gamesDir}`] };
  for (const entry of readdirSync(gamesDir, { withFileTypes: true })) {
    const file = join(gamesDir, entry.name, 'index.ts');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    try {
      const module = (await import(pathToFileURL(resolve(file)).href)) as { default?: PackGame };
      const game = module.default;
      if (!game || typeof game.id !== 'string' || !game.contentSchema) throw new Error('its default export is not a defineMiniGame({...}) definition');
      games.set(game.id, game);
    } catch (error) {
      problems.push(`${relative(process.cwd(), file)}: ${(error as Error).message}`);
    }
  }
  return { games, problems };
}

/** Every `pack.json` under a folder: the folder itself if it holds one, else each sub-folder's. */
export function findPackFiles(dir: string): { file: string; text: string }[] {
  const own = join(dir, 'pack.json');
  const files = existsSync(own)
    ? [own]
    : readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'pack.json')))
        .map((e) => join(dir, e.name, 'pack.json'))
        .sort();
  return files.map((file) => ({ file: relative(process.cwd(), file) || file, text: readFileSync(file, 'utf8') }));
}

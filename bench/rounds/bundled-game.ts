import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { MiniGame } from '../../src/sdk';
import type { playRound } from '../../src/sdk/testing/play-round';
import type { checkPack } from '../../src/shared/pack/check-pack';

/** A mini-game with the kit's `playRound` and `checkPack`, compiled as a build would ship them. */
export interface BundledGame {
  game: MiniGame;
  playRound: typeof playRound;
  checkPack: typeof checkPack;
}

/**
 * Bundles one game with the kit and imports it. Not through tsx: tsx keeps every function's name
 * by wrapping each closure in a `__name` call, which doubled road-rules' round time in a profile,
 * a cost no built screen pays. One bundle per game, so a game that does not build or load (one
 * being migrated) is reported alone. Phaser stays outside, in the lazy scene chunks a round in Node never loads.
 */
export async function bundledGame(id: string): Promise<BundledGame> {
  const dir = mkdtempSync(join(tmpdir(), 'ludocite-bench-rounds-'));
  const from = (path: string) => JSON.stringify(resolve(path));
  try {
    await build({
      stdin: {
        contents: [
          `export { default as game } from ${from(`games/${id}/index.ts`)};`,
          `export { playRound } from ${from('src/sdk/testing/play-round.ts')};`,
          `export { checkPack } from ${from('src/shared/pack/check-pack.ts')};`,
        ].join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      splitting: true, // scenes (and the Phaser they import) in chunks of their own, never loaded
      target: 'node20',
      external: ['phaser'],
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
    });
    return (await import(pathToFileURL(join(dir, 'stdin.mjs')).href)) as BundledGame;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPack } from '../../shared/pack/check-pack';
import type { MiniGame } from '../../sdk/mini-game';
import { checkMiniGame, checkRounds } from '../../sdk/testing';
import { discoverGames, findPackFiles } from '../installed';

const USAGE = 'usage: ludocite check [game-id | pack-id | pack folder] [--rounds N] [--content-dir dir] [--games-dir dir]';

/**
 * `ludocite check [game|pack]`: everything a studio must get right before shipping, in one run —
 * the mini-game's definition and texts, each pack against its schema, its items' objectives and
 * sources, and rounds played in Node (best play reaches maxPointsPerSeat, rounds end in time,
 * replays agree, random presses throw nothing). Prints each problem with its path; exits 1 if any.
 */
export async function check(args: string[], out: Pick<Console, 'log' | 'error'> = console): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    out.error(`ludocite check: ${options}\n${USAGE}`);
    return 2;
  }
  const { games: found, problems: loadProblems } = await discoverGames(resolve(options.gamesDir));
  const games = found as Map<string, MiniGame>;
  for (const problem of loadProblems) out.error(`✗ mini-game left out: ${problem}`);
  const target = options.target;
  const asFolder = target && existsSync(resolve(target)) ? resolve(target) : undefined;
  if (target && !asFolder && !games.has(target) && !existsSync(resolve(options.contentDir, target))) {
    out.error(`ludocite check: "${target}" is no mini-game (${[...games.keys()].join(', ')}), no pack in ${options.contentDir} and no folder`);
    return 2;
  }
  let failures = loadProblems.length;
  const checkedGames = target && games.has(target) ? [games.get(target)!] : [...games.values()];
  if (!asFolder && !(target && !games.has(target))) {
    for (const game of checkedGames) {
      const problems = checkMiniGame(game);
      if (problems.length) failures++;
      out[problems.length ? 'error' : 'log'](`${problems.length ? '✗' : '✓'} mini-game ${game.id}`);
      for (const problem of problems) out.error(`    ${problem}`);
    }
  }
  const folder = asFolder ?? (target && !games.has(target) ? resolve(options.contentDir, target) : resolve(options.contentDir));
  const packs = findPackFiles(folder).filter(({ text }) => !target || !games.has(target) || packGame(text) === target);
  for (const { file, text } of packs) {
    const result = checkPack(file, text, games);
    if (!result.ok) {
      failures++;
      out.error(`✗ pack ${result.id} (${file}): ${result.problems.length} problem(s)`);
      for (const problem of result.problems) out.error(`    ${problem.path}: ${problem.message}`);
      continue;
    }
    const game = games.get(result.pack.game)!;
    const started = performance.now();
    const problems = checkRounds(game, result.pack, { randomRounds: options.rounds });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (problems.length) failures++;
    out[problems.length ? 'error' : 'log'](`${problems.length ? '✗' : '✓'} pack ${result.pack.id} (${file}): rounds played in Node in ${seconds} s`);
    for (const problem of problems) out.error(`    ${problem.path}: ${problem.message}`);
  }
  out.log(failures ? `${failures} with problems` : 'everything checked is fine');
  return failures ? 1 : 0;
}

function packGame(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { game?: string }).game;
  } catch {
    return undefined;
  }
}

function parseArgs(args: string[]): { target?: string; rounds: number; contentDir: string; gamesDir: string } | string {
  let target: string | undefined;
  let gamesDir = 'games';
  let rounds = 1000;
  let contentDir = process.env.CONTENT_DIR ?? 'content';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--rounds') {
      rounds = Number(args[++i]);
      if (!Number.isInteger(rounds) || rounds < 0) return `--rounds wants a whole number, got "${args[i]}"`;
    } else if (arg === '--content-dir') {
      contentDir = args[++i] ?? '';
      if (!contentDir) return '--content-dir wants a folder';
    } else if (arg === '--games-dir') {
      gamesDir = args[++i] ?? '';
      if (!gamesDir) return '--games-dir wants a folder';
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else if (target) {
      return `one game or pack at a time (got "${target}" and "${arg}")`;
    } else {
      target = arg;
    }
  }
  return { ...(target ? { target } : {}), rounds, contentDir, gamesDir };
}

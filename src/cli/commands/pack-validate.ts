import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPack } from '../../shared/pack/check-pack';
import { discoverGames, findPackFiles } from '../installed';

/**
 * `ludocite pack validate [dir]`: checks one pack folder, or every pack under a folder (default
 * `content/`), against its mini-game. Prints every problem with its path; exits 1 if any.
 */
export async function packValidate(args: string[], out: Pick<Console, 'log' | 'error'> = console): Promise<number> {
  const dir = resolve(args[0] ?? 'content');
  if (!existsSync(dir)) {
    out.error(`ludocite pack validate: no folder at ${dir}`);
    return 1;
  }
  const { games, problems } = await discoverGames(resolve('games'));
  for (const problem of problems) out.error(`mini-game left out: ${problem}`);
  const packs = findPackFiles(dir);
  if (!packs.length) {
    out.error(`ludocite pack validate: no pack.json in ${dir} or its sub-folders`);
    return 1;
  }
  let invalid = 0;
  for (const { file, text } of packs) {
    const result = checkPack(file, text, games);
    if (result.ok) {
      out.log(`✓ ${result.pack.id} (${file})`);
      continue;
    }
    invalid++;
    out.error(`✗ ${result.id} (${file}): ${result.problems.length} problem(s)`);
    for (const problem of result.problems) out.error(`    ${problem.path}: ${problem.message}`);
  }
  out.log(`${packs.length - invalid} valid, ${invalid} invalid`);
  return invalid ? 1 : 0;
}

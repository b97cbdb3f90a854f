import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkPack, type PackProblem } from '../../shared/pack/check-pack';
import { discoverGames } from '../installed';
import { missingMedia, readPackMedia } from './pack-install-media';

type Out = Pick<Console, 'log' | 'error'>;

/** `--content-dir <dir>`, else CONTENT_DIR (the variable the centre server reads), else `content/`. */
function contentDirOf(args: string[], environment: Record<string, string | undefined>): { dir: string; rest: string[] } {
  const at = args.indexOf('--content-dir');
  if (at >= 0) return { dir: resolve(args[at + 1] ?? ''), rest: args.filter((_, i) => i !== at && i !== at + 1) };
  return { dir: resolve(environment.CONTENT_DIR || 'content'), rest: args };
}

/**
 * `ludocite pack install <folder> [--content-dir <dir>]`: checks a pack as `pack validate` does
 * (envelope, its mini-game's content schema, its cross-checks) plus its media, and installs it
 * into the centre's content folder. The running centre sees it at its next rescan (2 s) and
 * screens pick it up between rounds. A pack with any problem is refused, each problem printed
 * with its path, and nothing in the content folder changes.
 */
export async function packInstall(args: string[], out: Out = console, environment: Record<string, string | undefined> = process.env): Promise<number> {
  const { dir: contentDir, rest } = contentDirOf(args, environment);
  if (rest.length !== 1) {
    out.error('usage: ludocite pack install <pack-folder> [--content-dir <dir>]');
    return 2;
  }
  const source = resolve(rest[0]!);
  const file = join(source, 'pack.json');
  if (!existsSync(file)) {
    out.error(`ludocite pack install: no pack.json in ${source}`);
    return 1;
  }
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    out.error(`ludocite pack install: no content folder at ${contentDir}; give the centre's (CONTENT_DIR or --content-dir)`);
    return 1;
  }

  const { games, problems: gameProblems } = await discoverGames(resolve('games'));
  for (const problem of gameProblems) out.error(`mini-game left out: ${problem}`);
  const check = checkPack(`${basename(source)}/pack.json`, readFileSync(file, 'utf8'), games);
  const media = readPackMedia(source);
  const problems: PackProblem[] = [...(check.ok ? [] : check.problems), ...media.problems];
  if (check.ok) problems.push(...missingMedia(check.pack.data, media.files));
  if (problems.length || !check.ok) {
    out.error(`✗ ${check.ok ? check.pack.id : check.id} (${file}): ${problems.length} problem(s); nothing was installed`);
    for (const problem of problems) out.error(`    ${problem.path}: ${problem.message}`);
    return 1;
  }

  const { pack } = check;
  const ignored = readdirSync(source).filter((name) => name !== 'pack.json' && name !== 'media');
  if (ignored.length) out.log(`  not installed (a pack is its pack.json and media/): ${ignored.join(', ')}`);
  const target = join(contentDir, pack.id);
  const replaced = existsSync(target) ? readVersion(join(target, 'pack.json')) : null;
  replaceFolder(contentDir, pack.id, (staging) => {
    cpSync(file, join(staging, 'pack.json'));
    for (const path of media.files) {
      mkdirSync(join(staging, path, '..'), { recursive: true });
      cpSync(join(source, path), join(staging, path));
    }
  });
  out.log(
    `✓ ${pack.id} ${pack.version} installed in ${target}` +
      (replaced === null ? '' : ` (it replaced version ${replaced})`) +
      `, with ${media.files.length} media file(s). The centre serves it within seconds; screens show it between rounds.`,
  );
  return 0;
}

function readVersion(file: string): string {
  try {
    return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version ?? '?');
  } catch {
    return '?';
  }
}

/**
 * Writes the new folder beside the others under a hidden name (the centre skips those), then
 * renames it into place: the centre reads the old pack or the new one, never half of one. An
 * old folder is moved aside first (a folder cannot be renamed over a full one) and removed last.
 */
function replaceFolder(contentDir: string, id: string, fill: (staging: string) => void): void {
  const tag = randomBytes(4).toString('hex');
  const staging = join(contentDir, `.install-${id}-${tag}`);
  const aside = join(contentDir, `.replaced-${id}-${tag}`);
  const target = join(contentDir, id);
  mkdirSync(staging);
  try {
    fill(staging);
    const hadOld = existsSync(target);
    if (hadOld) renameSync(target, aside);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (hadOld) renameSync(aside, target);
      throw error;
    }
    if (hadOld) rmSync(aside, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

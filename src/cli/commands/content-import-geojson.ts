import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatPath } from '../../shared/pack/check-pack';
import { featureCollectionSchema, type GeoFeatureCollection } from '../../shared/geo/geojson-schema';

const USAGE = `usage: npm run ludocite -- content import-geojson <file.geojson> [--pack <id>] [--tolerance <metres>] [--content <dir>]

Reads the official outlines of the 20 arrondissements (the Paris open-data "arrondissements"
GeoJSON, ODbL), simplifies them for the screen and writes them into the pack's
data.map.arrondissements, with the licence and attribution in the pack's credits.
  --pack        the map-quest pack to update (default: paris-arrondissements)
  --tolerance   simplification tolerance in metres (default: 10)
  --content     the content folder (default: content)`;

/** The attribution ODbL asks for, kept in the pack's credits. */
const CREDIT = {
  what: 'Arrondissement outlines (data.map.arrondissements)',
  author: 'Ville de Paris — Paris Data',
  licence: 'ODbL 1.0',
  url: 'https://opendata.paris.fr/explore/dataset/arrondissements/',
};

/** map-quest's converter to its content format, as this command calls it. */
type ArrondissementShapes = (
  collection: GeoFeatureCollection,
  toleranceM: number,
) => { shapes: unknown[]; problems: { path: string; message: string }[]; pointsIn: number; pointsOut: number };

/** The format is map-quest's, so its converter lives in the game: loaded by path, as pack validate discovers games, so the CLI depends on no game. */
const CONVERTER = join('games', 'map-quest', 'arrondissement-shapes.ts');

async function loadConverter(): Promise<ArrondissementShapes | string> {
  try {
    const module = (await import(pathToFileURL(resolve(CONVERTER)).href)) as { arrondissementShapes?: ArrondissementShapes };
    return typeof module.arrondissementShapes === 'function' ? module.arrondissementShapes : 'it exports no arrondissementShapes function';
  } catch (error) {
    return `cannot be loaded (is map-quest installed, and is this run from the centre's folder?): ${(error as Error).message}`;
  }
}

interface Options {
  file: string;
  pack: string;
  toleranceM: number;
  content: string;
}

function parseArgs(args: string[]): Options | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return '';
    if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (!['--pack', '--tolerance', '--content'].includes(arg)) return `unknown option ${arg}`;
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      options[arg.slice(2)] = value;
      i++;
    } else positional.push(arg);
  }
  if (positional.length !== 1) return positional.length ? 'give one GeoJSON file' : 'which GeoJSON file?';
  const toleranceM = Number(options.tolerance ?? 10);
  if (!(toleranceM >= 0 && toleranceM <= 500)) return '--tolerance must be a number of metres from 0 to 500';
  const pack = options.pack ?? 'paris-arrondissements';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(pack)) return `--pack "${pack}" is not a pack id`;
  return { file: positional[0]!, pack, toleranceM, content: options.content ?? 'content' };
}

/**
 * `ludocite content import-geojson <file> [--pack <id>]`: validates the file, simplifies the 20
 * arrondissement outlines and writes them into the pack. Returns the exit code: 0 done, 1 bad
 * input (each problem printed with the file and the path inside it), 2 bad usage.
 */
export async function importGeojson(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    if (options) console.error(`content import-geojson: ${options}\n`);
    console.log(USAGE);
    return options ? 2 : 0;
  }
  const fail = (file: string, problems: { path: string; message: string }[]) => {
    for (const problem of problems) console.error(`${file}: ${problem.path}: ${problem.message}`);
    return 1;
  };

  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(options.file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(error as Error).message}`;
    return fail(options.file, [{ path: '(the whole file)', message: reason }]);
  }
  const parsed = featureCollectionSchema.safeParse(raw);
  if (!parsed.success) return fail(options.file, parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  const arrondissementShapes = await loadConverter();
  if (typeof arrondissementShapes === 'string') return fail(CONVERTER, [{ path: '(the whole file)', message: arrondissementShapes }]);
  const { shapes, problems, pointsIn, pointsOut } = arrondissementShapes(parsed.data, options.toleranceM);
  if (problems.length) return fail(options.file, problems);

  const packFile = join(options.content, options.pack, 'pack.json');
  let pack: { game?: unknown; data?: { map?: Record<string, unknown> }; credits?: { what: string }[] };
  try {
    pack = JSON.parse(await readFile(packFile, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no pack "${options.pack}" in ${options.content}/` : `not valid JSON: ${(error as Error).message}`;
    return fail(packFile, [{ path: '(the whole file)', message: reason }]);
  }
  if (pack.game !== 'map-quest') return fail(packFile, [{ path: 'game', message: `is "${String(pack.game)}": only map-quest packs have a map` }]);
  const data = pack.data ?? {};
  pack.data = { ...data, map: { ...(data.map ?? {}), arrondissements: shapes } };
  pack.credits = [...(pack.credits ?? []).filter((credit) => credit.what !== CREDIT.what), CREDIT];
  await writeFile(packFile, `${JSON.stringify(pack, null, 2)}\n`);

  console.log(`${packFile}: wrote data.map.arrondissements — 20 arrondissements, ${pointsOut} points (from ${pointsIn}, simplified at ${options.toleranceM} m)`);
  console.log(`${packFile}: credits now say "${CREDIT.author}", licence ${CREDIT.licence}`);
  console.log('Check the pack (places still in their arrondissements): npm run ludocite -- pack validate');
  return 0;
}

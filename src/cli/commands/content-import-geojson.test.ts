import { mkdtemp, readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importGeojson } from './content-import-geojson';

const FIXTURE = new URL('../../../tests/fixtures/geojson/arrondissements-schematic.geojson', import.meta.url).pathname;
const PACK = new URL('../../../content/paris-arrondissements/pack.json', import.meta.url).pathname;

let dir: string;
let errors: string[];
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ludocite-geojson-'));
  await mkdir(join(dir, 'content', 'paris-arrondissements'), { recursive: true });
  await copyFile(PACK, join(dir, 'content', 'paris-arrondissements', 'pack.json'));
  errors = [];
  lines = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
});

afterEach(() => vi.restoreAllMocks());

const run = (file: string, ...rest: string[]) => importGeojson([file, '--content', join(dir, 'content'), ...rest]);
const packNow = async () => JSON.parse(await readFile(join(dir, 'content', 'paris-arrondissements', 'pack.json'), 'utf8'));
async function geojson(value: unknown): Promise<string> {
  const file = join(dir, 'input.geojson');
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}
const fixture = async () => JSON.parse(await readFile(FIXTURE, 'utf8'));

describe('content import-geojson', () => {
  it('writes the 20 simplified outlines into the pack, with the ODbL credit, and keeps the rest', async () => {
    const before = await packNow();
    expect(await run(FIXTURE)).toBe(0);
    const after = await packNow();
    const shapes = after.data.map.arrondissements as { number: number; rings: [number, number][][] }[];
    expect(shapes.map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The fixture cut each edge in four; simplification at 10 m gives the corners back.
    const input = (await fixture()).features.reduce((n: number, f: { geometry: { coordinates: unknown[][] } }) => n + f.geometry.coordinates[0]!.length, 0);
    const output = shapes.reduce((n, s) => n + s.rings[0]!.length, 0);
    expect(output).toBeLessThan(input / 3);
    expect(after.credits).toContainEqual(expect.objectContaining({ licence: 'ODbL 1.0', author: expect.stringContaining('Ville de Paris') }));
    expect(after.data.questions).toEqual(before.data.questions);
    expect(lines.join('\n')).toMatch(/wrote data\.map\.arrondissements — 20 arrondissements/);
  });

  it('does not add the credit twice when run again', async () => {
    await run(FIXTURE);
    await run(FIXTURE, '--tolerance', '25');
    expect((await packNow()).credits.filter((c: { licence: string }) => c.licence === 'ODbL 1.0')).toHaveLength(1);
  });

  it('names the file and the path of what is wrong, and changes nothing', async () => {
    const before = await readFile(join(dir, 'content', 'paris-arrondissements', 'pack.json'), 'utf8');
    const broken = await fixture();
    broken.features[3].geometry.coordinates[0] = broken.features[3].geometry.coordinates[0].slice(0, 2);
    const file = await geojson(broken);
    expect(await run(file)).toBe(1);
    expect(errors).toContainEqual(expect.stringMatching(/input\.geojson: features\[3\]\.geometry\.coordinates\[0\]: a polygon ring needs at least four positions/));
    expect(await readFile(join(dir, 'content', 'paris-arrondissements', 'pack.json'), 'utf8')).toBe(before);
  });

  it('refuses a file that is not JSON, not a FeatureCollection, or in projected coordinates', async () => {
    expect(await run(await geojson('{ nope'))).toBe(1);
    expect(errors.pop()).toMatch(/\(the whole file\): not valid JSON/);
    expect(await run(await geojson({ type: 'Feature' }))).toBe(1);
    expect(errors.join('\n')).toMatch(/: type: the file must be a GeoJSON FeatureCollection/);
    const lambert = await fixture();
    lambert.features[0].geometry.coordinates[0] = [[652_000, 6_862_000], [653_000, 6_862_000], [653_000, 6_863_000], [652_000, 6_862_000]];
    expect(await run(await geojson(lambert))).toBe(1);
    expect(errors.join('\n')).toMatch(/features\[0\]\.geometry\.coordinates\[0\]\[0\]: .*WGS 84/);
  });

  it('refuses a missing, repeated or unreadable arrondissement number', async () => {
    const missing = await fixture();
    missing.features.pop();
    expect(await run(await geojson(missing))).toBe(1);
    expect(errors.pop()).toMatch(/features: arrondissement 20 missing: Paris has 20/);
    const twice = await fixture();
    twice.features[5].properties = { c_ar: 2 };
    expect(await run(await geojson(twice))).toBe(1);
    expect(errors.pop()).toMatch(/features\[5\]\.properties: arrondissement 2 appears twice \(also features\[1\]\)/);
    const unnamed = await fixture();
    unnamed.features[0].properties = { nom: 'Louvre' };
    expect(await run(await geojson(unnamed))).toBe(1);
    expect(errors.pop()).toMatch(/features\[0\]\.properties: no arrondissement number found/);
  });

  it('reads the number from an INSEE code or a label too', async () => {
    const other = await fixture();
    other.features.forEach((f: { properties: Record<string, unknown> }, i: number) => {
      f.properties = i % 2 ? { c_arinsee: 75101 + i } : { l_ar: i === 0 ? '1er Ardt' : `${i + 1}ème Ardt` };
    });
    expect(await run(await geojson(other))).toBe(0);
  });

  it('explains its usage on bad arguments and refuses a pack that is not map-quest', async () => {
    expect(await importGeojson([])).toBe(2);
    expect(await importGeojson([FIXTURE, '--tolerance', 'lots'])).toBe(2);
    expect(await run(FIXTURE, '--pack', 'nowhere')).toBe(1);
    expect(errors.pop()).toMatch(/no pack "nowhere"/);
  });
});

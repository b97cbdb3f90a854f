import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPackCatalogue, RESCAN_AFTER_MS } from '../../src/server/packs/pack-catalogue';
import { packCatalogueSchema } from '../../src/shared/api/packs';
import type { ContentPackInput } from '../../src/shared/pack/content-pack';
import { roundRecord, guest } from './support/round-records';
import { quizPack, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

function writePack(contentDir: string, folder: string, pack: ContentPackInput | string): void {
  mkdirSync(join(contentDir, folder), { recursive: true });
  writeFileSync(join(contentDir, folder, 'pack.json'), typeof pack === 'string' ? pack : JSON.stringify(pack));
}

async function catalogue(headers: Record<string, string> = {}) {
  return server.app.inject({ url: '/api/packs', headers });
}

describe('GET /api/packs', () => {
  beforeEach(async () => {
    server = await startTestServer({ packs: [quizPack({ data: { questions: [{ id: 'q1' }] } }), quizPack({ id: 'code-route' })] });
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('gives every served pack’s whole pack.json, data included, as the file says it', async () => {
    const response = await catalogue();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = packCatalogueSchema.parse(response.json());
    expect(body.packs.map((p) => p.id)).toEqual(['code-route', 'sante-sport']);
    const sante = body.packs.find((p) => p.id === 'sante-sport')!;
    expect(sante.file).toBe('content/sante-sport/pack.json');
    expect(sante.pack).toEqual(quizPack({ data: { questions: [{ id: 'q1' }] } }));
    expect(body.setAside).toEqual([]);
  });

  it('answers 304 with no body to the ETag it gave, and 200 to any other', async () => {
    const first = await catalogue();
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await catalogue({ 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await catalogue({ 'if-none-match': `"stale", W/${etag}` })).statusCode).toBe(304);
    const other = await catalogue({ 'if-none-match': '"stale"' });
    expect(other.statusCode).toBe(200);
    expect(other.body).toBe(first.body);
  });

  it('lists packs it set aside with every envelope problem and its path, and serves the rest', async () => {
    const { contentDir } = server.config;
    const { title: _title, ...untitled } = quizPack({ id: 'sans-titre', version: '1.0' });
    writePack(contentDir, 'sans-titre', untitled as ContentPackInput);
    writePack(contentDir, 'pas-du-json', '{ "id": "pas-du-json", ');
    writePack(contentDir, 'mauvais-dossier', quizPack({ id: 'autre-id' }));
    // A hidden folder is `pack install` at work; a folder with no pack.json is not a pack.
    writePack(contentDir, '.install-x', quizPack({ id: 'x' }));
    mkdirSync(join(contentDir, 'vide'));
    await new Promise((r) => setTimeout(r, RESCAN_AFTER_MS + 50));

    const body = packCatalogueSchema.parse((await catalogue()).json());
    expect(body.packs.map((p) => p.id)).toEqual(['code-route', 'sante-sport']);
    const setAside = Object.fromEntries(body.setAside.map((p) => [p.id, p]));
    expect(Object.keys(setAside).sort()).toEqual(['mauvais-dossier', 'pas-du-json', 'sans-titre']);
    expect(setAside['sans-titre']!.file).toBe('content/sans-titre/pack.json');
    expect(setAside['sans-titre']!.problems.map((p) => p.path).sort()).toEqual(['title', 'version']);
    expect(setAside['sans-titre']!.pack).toMatchObject({ id: 'sans-titre', version: '1.0' });
    expect(setAside['pas-du-json']!.problems).toEqual([{ path: '(the whole file)', message: expect.stringMatching(/^not valid JSON/) }]);
    expect(setAside['pas-du-json']!.pack).toBeUndefined();
    expect(setAside['mauvais-dossier']!.problems).toEqual([{ path: 'id', message: expect.stringContaining('folder "mauvais-dossier"') }]);
    // A set-aside pack takes no rounds.
    const refused = await server.postRound(roundRecord([{ seat: guest('pad-0'), points: 1 }], { pack: 'sans-titre' }));
    expect(refused.statusCode).toBe(422);
  });

  it('notices a pack installed while it runs: new ETag, the pack listed, its rounds taken', async () => {
    const before = await catalogue();
    const staging = join(server.config.contentDir, '.install-nouveau');
    writePack(server.config.contentDir, '.install-nouveau', quizPack({ id: 'nouveau' }));
    renameSync(staging, join(server.config.contentDir, 'nouveau'));
    await new Promise((r) => setTimeout(r, RESCAN_AFTER_MS + 50));
    const after = await catalogue({ 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(packCatalogueSchema.parse(after.json()).packs.map((p) => p.id)).toContain('nouveau');
    const record = roundRecord([{ seat: guest('pad-0'), points: 10, answered: 1, correct: 1 }], { pack: 'nouveau' });
    const stored = await server.postRound(record);
    expect(stored.statusCode, stored.body).toBe(201);
  });
});

describe('the pack catalogue’s rescans', () => {
  let dir: string;
  let now = 0;
  const warnings: unknown[] = [];
  const log = { warn: (...args: unknown[]) => warnings.push(args) };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ludocite-packs-'));
    now = 0;
    warnings.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('looks again only once RESCAN_AFTER_MS has passed, and the ETag follows changes, updates and removals', () => {
    writePack(dir, 'un', quizPack({ id: 'un' }));
    const packs = loadPackCatalogue(dir, log, () => now);
    const first = packs.listing().etag;
    writePack(dir, 'deux', quizPack({ id: 'deux' }));
    now += RESCAN_AFTER_MS - 1;
    expect(packs.ids()).toEqual(['un']);
    now += 1;
    expect(packs.ids()).toEqual(['deux', 'un']);
    const second = packs.listing().etag;
    expect(second).not.toBe(first);

    now += RESCAN_AFTER_MS;
    expect(packs.listing().etag).toBe(second);
    writePack(dir, 'un', quizPack({ id: 'un', version: '1.1.0' }));
    now += RESCAN_AFTER_MS;
    expect(packs.find('un')?.version).toBe('1.1.0');
    const third = packs.listing().etag;
    expect(third).not.toBe(second);

    rmSync(join(dir, 'deux'), { recursive: true });
    now += RESCAN_AFTER_MS;
    expect(packs.find('deux')).toBeUndefined();
    expect(packs.listing().etag).not.toBe(third);
  });

  it('warns once about a set-aside pack, not at every rescan', () => {
    writePack(dir, 'casse', '{');
    const packs = loadPackCatalogue(dir, log, () => now);
    for (let i = 0; i < 3; i++) {
      now += RESCAN_AFTER_MS;
      packs.listing();
    }
    expect(warnings).toHaveLength(1);
  });

  it('serves no pack, and says so once, when the content folder is missing', () => {
    const packs = loadPackCatalogue(join(dir, 'absent'), log, () => now);
    now += RESCAN_AFTER_MS;
    expect(JSON.parse(packs.listing().body)).toEqual({ packs: [], setAside: [] });
    expect(warnings).toHaveLength(1);
  });
});

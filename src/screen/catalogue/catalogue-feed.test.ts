import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { PackCatalogueListing } from '../../shared/api/packs';
import type { MiniGame } from '../../sdk/mini-game';
import { CatalogueFeed } from './catalogue-feed';
import type { CatalogueAnswer, SavedCatalogue } from './catalogue-fetch';
import { quickPlayProblem } from './quick-play-problem';

/** The part of a mini-game the catalogue reads: its id, seats and content schema. */
const quiz = { id: 'quiz', players: { min: 1, max: 4 }, contentSchema: z.object({ questions: z.array(z.string()).min(1) }).strict() } as unknown as MiniGame;

const pack = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  version: '1.0.0',
  game: 'quiz',
  title: { fr: id, en: id },
  description: { fr: 'd', en: 'd' },
  ages: { min: 8, max: 99 },
  players: { min: 1, max: 4 },
  durationS: 60,
  objectives: [{ id: `${id}/un`, title: { fr: 'un', en: 'one' } }],
  maxPointsPerSeat: 10,
  licence: 'CC0-1.0',
  data: { questions: ['a'] },
  ...overrides,
});

const listing = (...packs: ReturnType<typeof pack>[]): PackCatalogueListing => ({
  packs: packs.map((p) => ({ id: p.id, file: `content/${p.id}/pack.json`, pack: p })),
  setAside: [],
});

/** A centre whose answers the test sets, honouring If-None-Match as the server does. */
function fakeCentre(start: { etag: string; listing: PackCatalogueListing } | null) {
  let now = start;
  const asked: (string | null)[] = [];
  const fetch = vi.fn(async (etag: string | null): Promise<CatalogueAnswer> => {
    asked.push(etag);
    if (!now) return { kind: 'unreachable', reason: 'refused' };
    if (etag === now.etag) return { kind: 'unchanged' };
    return { kind: 'changed', etag: now.etag, listing: now.listing };
  });
  return { fetch, asked, set: (next: typeof start) => (now = next) };
}

function memoryStore(initial: SavedCatalogue | null = null) {
  let kept = initial;
  return { load: () => kept, save: (c: SavedCatalogue) => void (kept = c), get kept() { return kept; } };
}

describe('the screen’s catalogue feed', () => {
  it('boots from the centre, keeps that catalogue, and checks each pack’s data with its mini-game', async () => {
    const centre = fakeCentre({ etag: '"a"', listing: listing(pack('bon'), pack('mauvais', { data: { questions: [] } }), pack('ailleurs', { game: 'map-quest' })) });
    const saved = memoryStore();
    const feed = new CatalogueFeed({ games: [quiz], fetch: centre.fetch, saved, canApply: () => true });
    await feed.load();
    expect(feed.origin).toBe('centre');
    expect(feed.current.entries.map((e) => e.pack.id)).toEqual(['bon']);
    expect(feed.current.invalid).toEqual([{ id: 'mauvais', file: 'content/mauvais/pack.json', problems: [expect.objectContaining({ path: 'data.questions' })] }]);
    expect(feed.current.unavailable.map((u) => [u.pack.id, u.missingGame])).toEqual([['ailleurs', 'map-quest']]);
    expect(saved.kept?.etag).toBe('"a"');
  });

  it('boots with the catalogue kept from the last visit when the centre is away, and none when nothing was kept', async () => {
    const away = fakeCentre(null);
    const feed = new CatalogueFeed({ games: [quiz], fetch: away.fetch, saved: memoryStore({ etag: '"a"', listing: listing(pack('bon')) }), canApply: () => true });
    await feed.load();
    expect(feed.origin).toBe('saved');
    expect(feed.current.entries.map((e) => e.pack.id)).toEqual(['bon']);
    expect(away.asked).toEqual(['"a"']);

    const bare = new CatalogueFeed({ games: [quiz], fetch: fakeCentre(null).fetch, saved: memoryStore(), canApply: () => true });
    await bare.load();
    expect(bare.origin).toBe('none');
    expect(bare.current.entries).toEqual([]);
    expect(quickPlayProblem('bon', bare.current, bare.origin)).toEqual({ pack: 'bon', kind: 'unknown', details: [], known: [], origin: 'none' });
  });

  it('holds a new catalogue while a round plays and puts it on screen once the round is over', async () => {
    const centre = fakeCentre({ etag: '"a"', listing: listing(pack('bon')) });
    let playing = false;
    const feed = new CatalogueFeed({ games: [quiz], fetch: centre.fetch, saved: memoryStore(), canApply: () => !playing });
    await feed.load();
    const seen: string[][] = [];
    feed.onChange((c) => seen.push(c.entries.map((e) => e.pack.id)));

    await feed.poll();
    expect(centre.asked.at(-1)).toBe('"a"');
    expect(seen).toEqual([]);

    playing = true;
    centre.set({ etag: '"b"', listing: listing(pack('bon'), pack('nouveau')) });
    await feed.poll();
    await feed.poll();
    expect(feed.hasWaiting).toBe(true);
    expect(feed.current.entries.map((e) => e.pack.id)).toEqual(['bon']);
    // While it waits, the screen asks about the waiting one, so the centre answers 304.
    expect(centre.asked.at(-1)).toBe('"b"');

    playing = false;
    await feed.poll();
    expect(feed.hasWaiting).toBe(false);
    expect(feed.current.entries.map((e) => e.pack.id)).toEqual(['bon', 'nouveau']);
    expect(seen).toEqual([['bon', 'nouveau']]);
  });

  it('keeps what it shows when the centre goes away, and the quick-play reason names each problem', async () => {
    const centre = fakeCentre({ etag: '"a"', listing: { packs: listing(pack('bon')).packs, setAside: [{ id: 'casse', file: 'content/casse/pack.json', problems: [{ path: 'version', message: 'use a version like "1.0.0"' }], pack: pack('casse', { version: '1', data: { questions: 3 } }) }] } });
    const feed = new CatalogueFeed({ games: [quiz], fetch: centre.fetch, saved: memoryStore(), canApply: () => true });
    await feed.load();
    centre.set(null);
    await feed.poll();
    expect(feed.current.entries.map((e) => e.pack.id)).toEqual(['bon']);
    const problem = quickPlayProblem('casse', feed.current, feed.origin);
    expect(problem.kind).toBe('invalid');
    expect(problem.details).toEqual(['version: use a version like "1.0.0"', expect.stringMatching(/^data\.questions: /)]);
  });
});

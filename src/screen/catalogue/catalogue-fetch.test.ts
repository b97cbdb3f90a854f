import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueStorage, fetchCentreCatalogue } from './catalogue-fetch';

const LISTING = { packs: [{ id: 'bon', file: 'content/bon/pack.json', pack: { id: 'bon' } }], setAside: [] };

function answering(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response();
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetchFn };
}

afterEach(() => vi.restoreAllMocks());

describe('fetchCentreCatalogue', () => {
  it('sends the ETag it has, past the browser cache, and reads a 304 as unchanged', async () => {
    const { calls, fetchFn } = answering(() => new Response(null, { status: 304 }));
    expect(await fetchCentreCatalogue(fetchFn)('"a"')).toEqual({ kind: 'unchanged' });
    expect(calls[0]!.url).toBe('/api/packs');
    expect(calls[0]!.init.cache).toBe('no-store');
    expect(calls[0]!.init.headers).toMatchObject({ 'if-none-match': '"a"' });
  });

  it('gives a changed catalogue with its new ETag', async () => {
    const { fetchFn } = answering(() => new Response(JSON.stringify(LISTING), { status: 200, headers: { etag: '"b"' } }));
    expect(await fetchCentreCatalogue(fetchFn)(null)).toEqual({ kind: 'changed', etag: '"b"', listing: LISTING });
  });

  it('counts no answer, an error status or a body that is not a catalogue as unreachable, warning once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refused = fetchCentreCatalogue((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch);
    expect(await refused(null)).toMatchObject({ kind: 'unreachable', reason: 'Failed to fetch' });
    expect(await refused(null)).toMatchObject({ kind: 'unreachable' });
    expect(warn).toHaveBeenCalledTimes(1);
    const broken = answering(() => new Response(JSON.stringify({ packs: 'no' }), { status: 200, headers: { etag: '"c"' } }));
    expect(await fetchCentreCatalogue(broken.fetchFn)(null)).toMatchObject({ kind: 'unreachable' });
    const failing = answering(() => new Response('{}', { status: 500 }));
    expect(await fetchCentreCatalogue(failing.fetchFn)(null)).toMatchObject({ kind: 'unreachable', reason: expect.stringContaining('500') });
  });
});

describe('catalogueStorage', () => {
  it('gives back what it kept, and nothing for a missing or damaged copy', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    const kept = catalogueStorage(storage);
    expect(kept.load()).toBeNull();
    kept.save({ etag: '"a"', listing: LISTING });
    expect(kept.load()).toEqual({ etag: '"a"', listing: LISTING });
    items.set('ludocite.catalogue', '{ not json');
    expect(kept.load()).toBeNull();
    expect(catalogueStorage(undefined).load()).toBeNull();
  });
});

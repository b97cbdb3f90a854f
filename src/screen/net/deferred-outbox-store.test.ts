import { describe, expect, it } from 'vitest';
import { deferredOutboxStore } from './deferred-outbox-store';
import type { OutboxEntry, OutboxStore } from './outbox-store';

const entry = { id: 'r1', status: 'pending' } as OutboxEntry;

describe('deferredOutboxStore', () => {
  it('waits for the store to open, then passes every call on', async () => {
    const kept = new Map<string, OutboxEntry>();
    let open!: (store: OutboxStore) => void;
    const store = deferredOutboxStore(new Promise((resolve) => (open = resolve)));
    const put = store.put(entry);
    expect(kept.size).toBe(0);
    open({ put: async (e) => void kept.set(e.id, e), delete: async (id) => void kept.delete(id), all: async () => [...kept.values()] });
    await put;
    expect(await store.all()).toEqual([entry]);
    await store.delete('r1');
    expect(kept.size).toBe(0);
  });

  it('fails each call when the store cannot open', async () => {
    const store = deferredOutboxStore(Promise.reject(new Error('IndexedDB is disabled')));
    await expect(store.put(entry)).rejects.toThrow('IndexedDB is disabled');
    await expect(store.all()).rejects.toThrow('IndexedDB is disabled');
  });
});

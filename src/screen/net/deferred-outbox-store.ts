import type { OutboxStore } from './outbox-store';

/**
 * An outbox store that is still opening (IndexedDB opens asynchronously): every call waits for
 * it, so the screen can create its outbox at once and never waits for storage to boot. If the
 * store cannot open, every call fails and the outbox keeps records in memory only.
 */
export function deferredOutboxStore(opening: Promise<OutboxStore>): OutboxStore {
  // Handled here so a failed opening is not reported as unhandled before the first call.
  opening.catch(() => undefined);
  return {
    put: async (entry) => (await opening).put(entry),
    delete: async (id) => (await opening).delete(id),
    all: async () => (await opening).all(),
  };
}

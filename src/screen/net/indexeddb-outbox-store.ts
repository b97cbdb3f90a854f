import type { OutboxEntry, OutboxStore } from './outbox-store';

export const OUTBOX_DATABASE = 'ludocite';
export const OUTBOX_STORE = 'outbox';
/** Raise it (and extend `upgrade`) when another object store joins the `ludocite` database. */
const DATABASE_VERSION = 1;

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

/**
 * The outbox in IndexedDB (`ludocite` → `outbox`, keyed by round id). A write resolves only when
 * its transaction has committed, so a record the outbox calls pending survives a reload or a
 * power cut from that moment on.
 */
export async function openIndexedDbOutboxStore(factory: IDBFactory = globalThis.indexedDB): Promise<OutboxStore> {
  const opening = factory.open(OUTBOX_DATABASE, DATABASE_VERSION);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'id' });
  };
  const db = await settle(opening);

  const write = async (change: (store: IDBObjectStore) => void) => {
    const transaction = db.transaction(OUTBOX_STORE, 'readwrite', { durability: 'strict' });
    change(transaction.objectStore(OUTBOX_STORE));
    await committed(transaction);
  };

  return {
    put: (entry) => write((store) => store.put(entry)),
    delete: (id) => write((store) => store.delete(id)),
    all: async () => {
      const transaction = db.transaction(OUTBOX_STORE, 'readonly');
      return settle(transaction.objectStore(OUTBOX_STORE).getAll() as IDBRequest<OutboxEntry[]>);
    },
  };
}

import type { RoundRecord } from '../../shared/round/round-record';

/** A round record waiting in the outbox. Saved records leave the store; refused ones stay. */
export interface OutboxEntry {
  id: string;
  record: RoundRecord;
  status: 'pending' | 'refused';
  attempts: number;
  /** When the next try is due (ms since the epoch). */
  nextAttemptAt: number;
  queuedAt: number;
  /** The last failure, for the admin: a network error or the server's message. */
  lastError?: string;
}

/** Where the outbox keeps its records: IndexedDB in the screen, a fake in tests. */
export interface OutboxStore {
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  all(): Promise<OutboxEntry[]>;
}

/**
 * What the outbox emits, so the results screen can say "saved" or "will be saved":
 * - `status`: a record's status changed — `pending` when queued or after a failed try (with when
 *   the next try is due), `saved` when the server acknowledged it (stored now or before),
 *   `refused` when the server said it can never take it (kept in IndexedDB for the admin).
 * Listeners are removed with the function `on()` returns; a scene does so on shutdown.
 */
export const OUTBOX_EVENTS = ['status'] as const;
export type OutboxEventName = (typeof OUTBOX_EVENTS)[number];

export type RecordStatus = 'saved' | 'pending' | 'refused';

export interface OutboxEventPayloads {
  status: {
    id: string;
    status: RecordStatus;
    /** Tries made so far. */
    attempts: number;
    /** For `pending`: when the next try is due (ms since the epoch). */
    nextAttemptAt?: number;
    /** For `refused`, and for `pending` after a failed try: what the server or the network said. */
    reason?: string;
  };
}

/** A small typed emitter: `on()` is typed by the payload map and returns its own remover. */
export class TypedEmitter<Payloads> {
  private readonly listeners = new Map<keyof Payloads, Set<(payload: never) => void>>();

  on<Name extends keyof Payloads>(name: Name, listener: (payload: Payloads[Name]) => void): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as (payload: never) => void);
    this.listeners.set(name, set);
    return () => set.delete(listener as (payload: never) => void);
  }

  emit<Name extends keyof Payloads>(name: Name, payload: Payloads[Name]): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) (listener as (p: Payloads[Name]) => void)(payload);
  }
}

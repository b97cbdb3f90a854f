import type { RoundRecord } from '../../shared/round/round-record';
import type { Delivery } from './api-client';
import { TypedEmitter, type OutboxEventPayloads, type RecordStatus } from './events';
import type { OutboxEntry, OutboxStore } from './outbox-store';
import { retryDelay } from './retry-delay';

/** Time as the outbox sees it; the screen passes the browser's, tests a fake they move by hand. */
export interface OutboxClock {
  now(): number;
  setTimer(run: () => void, delayMs: number): unknown;
  clearTimer(timer: unknown): void;
}

export const browserClock: OutboxClock = {
  now: () => Date.now(),
  setTimer: (run, delayMs) => globalThis.setTimeout(run, delayMs),
  clearTimer: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export interface OutboxOptions {
  store: OutboxStore;
  /** One try to deliver a record (`ApiClient.deliverRound`). */
  deliver: (record: RoundRecord) => Promise<Delivery>;
  clock?: OutboxClock;
  random?: () => number;
  /** What becomes of a record before it is kept and sent (the screen adds its seat tokens). */
  prepare?: (record: RoundRecord) => RoundRecord;
}

/**
 * Keeps every round record until the server acknowledges it. A record is written to the store
 * before the first try, so nothing is lost if the server is down, restarts, or the page reloads
 * mid-send; the server's idempotency on the round id makes a resend harmless. Records are sent
 * one at a time; after a failure a record waits (`retryDelay`), and one success makes every
 * waiting record due at once, since the server is back.
 */
export class Outbox {
  private readonly events = new TypedEmitter<OutboxEventPayloads>();
  private readonly entries = new Map<string, OutboxEntry>();
  private readonly saved = new Set<string>();
  private readonly clock: OutboxClock;
  private readonly random: () => number;
  private timer: unknown = null;
  private sending = false;
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {
    this.clock = options.clock ?? browserClock;
    this.random = options.random ?? Math.random;
  }

  readonly on = this.events.on.bind(this.events);

  /** Loads what a previous page left in the store and starts sending it. */
  async start(): Promise<void> {
    for (const entry of await this.options.store.all()) {
      this.entries.set(entry.id, entry.status === 'pending' ? { ...entry, nextAttemptAt: this.clock.now() } : entry);
    }
    this.stopped = false;
    void this.drain();
  }

  /**
   * Queues a finished round's record and resolves once it is in the store (true). Never throws:
   * if the store fails (storage full, private mode) the record is still sent from memory, but
   * would not survive a reload — then it resolves false and the status says why.
   */
  async add(finished: RoundRecord): Promise<boolean> {
    if (this.entries.has(finished.id) || this.saved.has(finished.id)) return true;
    const record = this.options.prepare ? this.options.prepare(finished) : finished;
    const now = this.clock.now();
    const entry: OutboxEntry = { id: record.id, record, status: 'pending', attempts: 0, nextAttemptAt: now, queuedAt: now };
    const kept = await this.options.store.put(entry).then(
      () => true,
      () => false,
    );
    this.entries.set(entry.id, entry);
    this.emit(entry, kept ? undefined : 'the outbox could not keep the record on this screen; it is sent from memory');
    void this.drain();
    return kept;
  }

  /** `saved`, `pending`, `refused`, or undefined for a record this page never saw. */
  status(id: string): RecordStatus | undefined {
    if (this.saved.has(id)) return 'saved';
    return this.entries.get(id)?.status;
  }

  /** How many records wait to be sent (refused ones excluded). */
  pendingCount(): number {
    return [...this.entries.values()].filter((e) => e.status === 'pending').length;
  }

  /** Tries every waiting record now (the browser went back online, an admin pressed retry). */
  flush(): void {
    const now = this.clock.now();
    for (const entry of this.entries.values()) if (entry.status === 'pending') entry.nextAttemptAt = Math.min(entry.nextAttemptAt, now);
    void this.drain();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
  }

  private emit(entry: OutboxEntry, reason?: string): void {
    this.events.emit('status', {
      id: entry.id,
      status: entry.status,
      attempts: entry.attempts,
      ...(entry.status === 'pending' ? { nextAttemptAt: entry.nextAttemptAt } : {}),
      ...(reason ? { reason } : {}),
    });
  }

  private nextDue(): OutboxEntry | undefined {
    let next: OutboxEntry | undefined;
    for (const entry of this.entries.values()) {
      if (entry.status !== 'pending') continue;
      if (!next || entry.nextAttemptAt < next.nextAttemptAt || (entry.nextAttemptAt === next.nextAttemptAt && entry.queuedAt < next.queuedAt)) next = entry;
    }
    return next;
  }

  /** Sends due records one by one, then sleeps until the next one is due. */
  private async drain(): Promise<void> {
    if (this.sending || this.stopped) return;
    this.sending = true;
    try {
      for (let next = this.nextDue(); next && next.nextAttemptAt <= this.clock.now() && !this.stopped; next = this.nextDue()) {
        await this.attempt(next);
      }
    } finally {
      this.sending = false;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
    const next = this.nextDue();
    if (!next || this.stopped) return;
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      void this.drain();
    }, Math.max(0, next.nextAttemptAt - this.clock.now()));
  }

  private async attempt(entry: OutboxEntry): Promise<void> {
    const delivery = await this.options.deliver(entry.record).catch(
      (error: unknown): Delivery => ({ outcome: 'retry', reason: error instanceof Error ? error.message : String(error) }),
    );
    entry.attempts += 1;
    if (delivery.outcome === 'acknowledged') {
      this.entries.delete(entry.id);
      this.saved.add(entry.id);
      this.events.emit('status', { id: entry.id, status: 'saved', attempts: entry.attempts });
      // The server is back: whatever waits for a later try may go now.
      for (const other of this.entries.values()) if (other.status === 'pending') other.nextAttemptAt = Math.min(other.nextAttemptAt, this.clock.now());
      await this.options.store.delete(entry.id).catch(() => undefined); // a leftover is resent and answered "duplicate"
      return;
    }
    if (delivery.outcome === 'refused') {
      entry.status = 'refused';
      entry.lastError = `${delivery.status}: ${delivery.reason}`;
    } else {
      entry.nextAttemptAt = this.clock.now() + retryDelay(entry.attempts, this.random);
      entry.lastError = delivery.reason;
    }
    await this.options.store.put(entry).catch(() => undefined); // the entry is already in the store
    this.emit(entry, delivery.reason);
  }
}

import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../../shared/round/round-record';
import type { Delivery } from './api-client';
import type { OutboxEventPayloads } from './events';
import { Outbox, type OutboxClock } from './outbox';
import type { OutboxEntry, OutboxStore } from './outbox-store';
import { RETRY_CAP_MS, retryDelay } from './retry-delay';

/** A clock the test moves by hand; due timers run when it is moved. */
class FakeClock implements OutboxClock {
  time = 1_000_000;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private ids = 0;
  now = () => this.time;
  setTimer = (run: () => void, delayMs: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.time + delayMs, run, id });
    return id;
  };
  clearTimer = (id: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  async advance(ms: number): Promise<void> {
    this.time += ms;
    for (let due = this.timers.find((t) => t.at <= this.time); due; due = this.timers.find((t) => t.at <= this.time)) {
      this.clearTimer(due.id);
      due.run();
      await settle();
    }
    await settle();
  }
}

/** The store as a Map that can be told to fail, and that records the order of events. */
class FakeStore implements OutboxStore {
  readonly entries = new Map<string, OutboxEntry>();
  failing = false;
  log: string[] = [];
  async put(entry: OutboxEntry) {
    if (this.failing) throw new Error('quota exceeded');
    this.log.push(`put ${entry.id}`);
    this.entries.set(entry.id, structuredClone(entry));
  }
  async delete(id: string) {
    this.entries.delete(id);
  }
  async all() {
    return [...this.entries.values()].map((e) => structuredClone(e));
  }
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

const record = (id: string) => ({ id }) as unknown as RoundRecord;

function setup(answers: Delivery[] | ((id: string) => Delivery)) {
  const clock = new FakeClock();
  const store = new FakeStore();
  const calls: string[] = [];
  const deliver = async (r: RoundRecord): Promise<Delivery> => {
    calls.push(r.id);
    store.log.push(`deliver ${r.id}`);
    if (typeof answers === 'function') return answers(r.id);
    return answers.shift() ?? { outcome: 'acknowledged', duplicate: false };
  };
  const outbox = new Outbox({ store, deliver, clock, random: () => 0.5 });
  const statuses: OutboxEventPayloads['status'][] = [];
  outbox.on('status', (s) => statuses.push(s));
  return { clock, store, calls, outbox, statuses };
}

const down: Delivery = { outcome: 'retry', reason: 'fetch failed' };

describe('retryDelay', () => {
  it('doubles from about a second, stays within half-step jitter, and caps at 30 s', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 0.999999))).toEqual([1000, 2000, 4000, 8000]);
    for (let n = 1; n < 40; n++) {
      const delay = retryDelay(n, Math.random);
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(RETRY_CAP_MS);
    }
    expect(retryDelay(30, () => 0)).toBe(RETRY_CAP_MS / 2);
  });
});

describe('Outbox', () => {
  it('keeps a record in the store before the first try and drops it once acknowledged', async () => {
    const { store, outbox, statuses } = setup([{ outcome: 'acknowledged', duplicate: false }]);
    await outbox.add(record('r1'));
    await settle();
    expect(store.log).toEqual(['put r1', 'deliver r1']);
    expect(store.entries.size).toBe(0);
    expect(outbox.status('r1')).toBe('saved');
    expect(statuses.map((s) => s.status)).toEqual(['pending', 'saved']);
  });

  it('retries with growing delays while the server is down, and saves when it returns', async () => {
    const { clock, calls, outbox } = setup([down, down, down]);
    await outbox.add(record('r1'));
    await settle();
    expect(calls).toHaveLength(1);
    // random 0.5 → 75 % of each step: 750 ms, 1500 ms, 3000 ms.
    await clock.advance(749);
    expect(calls).toHaveLength(1);
    await clock.advance(1);
    expect(calls).toHaveLength(2);
    await clock.advance(1500);
    expect(calls).toHaveLength(3);
    expect(outbox.status('r1')).toBe('pending');
    await clock.advance(3000);
    expect(calls).toHaveLength(4);
    expect(outbox.status('r1')).toBe('saved');
  });

  it('sends what a previous page left in the store, once each', async () => {
    const { store, calls, clock } = setup(() => ({ outcome: 'acknowledged', duplicate: true }));
    const left = (id: string, attempts: number): OutboxEntry => ({
      id, record: record(id), status: 'pending', attempts, nextAttemptAt: clock.time + 60_000, queuedAt: clock.time - attempts,
    });
    await store.put(left('old-1', 3));
    await store.put(left('old-2', 0));
    const reloaded = new Outbox({ store, deliver: async (r) => (calls.push(r.id), { outcome: 'acknowledged', duplicate: true }), clock });
    await reloaded.start();
    await settle();
    expect(calls).toEqual(['old-1', 'old-2']);
    expect(store.entries.size).toBe(0);
  });

  it('keeps a refused record for the admin and never retries it', async () => {
    const { clock, store, calls, outbox, statuses } = setup([{ outcome: 'refused', status: 422, reason: 'pack unknown' }]);
    await outbox.add(record('r1'));
    await settle();
    await clock.advance(10 * RETRY_CAP_MS);
    expect(calls).toEqual(['r1']);
    expect(outbox.status('r1')).toBe('refused');
    expect(store.entries.get('r1')).toMatchObject({ status: 'refused', lastError: '422: pack unknown' });
    expect(statuses.at(-1)).toMatchObject({ status: 'refused', reason: 'pack unknown' });
    expect(outbox.pendingCount()).toBe(0);
  });

  it('sends one record at a time, and one success makes every waiting record due', async () => {
    let serverUp = false;
    const { clock, calls, outbox } = setup(() => (serverUp ? { outcome: 'acknowledged', duplicate: false } : down));
    for (const id of ['a', 'b', 'c']) await outbox.add(record(id));
    await settle();
    for (let i = 0; i < 6; i++) await clock.advance(RETRY_CAP_MS);
    const triesWhileDown = calls.length;
    serverUp = true;
    outbox.flush();
    await settle();
    expect(calls.slice(triesWhileDown)).toEqual(['a', 'b', 'c']);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('treats a throwing delivery as a failed try and a broken store as memory-only', async () => {
    const { clock, store, outbox, statuses } = setup(() => {
      throw new Error('boom');
    });
    store.failing = true;
    expect(await outbox.add(record('r1'))).toBe(false);
    await settle();
    expect(statuses[0]).toMatchObject({ status: 'pending', reason: expect.stringMatching(/from memory/) });
    expect(statuses.at(-1)).toMatchObject({ status: 'pending', attempts: 1, reason: 'boom' });
    await clock.advance(RETRY_CAP_MS);
    expect(outbox.status('r1')).toBe('pending');
  });

  it('stops trying after stop()', async () => {
    const { clock, calls, outbox } = setup([down]);
    await outbox.add(record('r1'));
    await settle();
    outbox.stop();
    await clock.advance(10 * RETRY_CAP_MS);
    expect(calls).toEqual(['r1']);
  });
});

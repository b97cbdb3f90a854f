import { describe, expect, it } from 'vitest';
import { RECONNECT_BACKOFF } from '../../shared/room/room-limits';
import { RoomClient, type RoomEvent, type RoomSocketLike, type RoomStatus, type Timers } from './room-client';

/** A socket the test drives: it records what the client sends and plays the server's part. */
class FakeSocket implements RoomSocketLike {
  sent: Record<string, unknown>[] = [];
  closed: number | null = null;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  constructor(readonly credential: string) {}
  send(text: string): void {
    this.sent.push(JSON.parse(text) as Record<string, unknown>);
  }
  close(code = 1000): void {
    this.closed = code;
  }
  serverSays(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code = 1012): void {
    this.onclose?.({ code });
  }
}

/** Timers run by hand, in order of due time. */
class FakeTimers implements Timers {
  now = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  set(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.queue.push({ at: this.now + ms, fn, id });
    return id;
  }
  clear(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  /** Runs what falls due within `ms`. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const due = this.queue[0];
      if (!due || due.at > end) break;
      this.queue.shift();
      this.now = due.at;
      due.fn();
    }
    this.now = end;
  }
}

function setup(options: { credential?: string | null; code?: string } = {}) {
  const sockets: FakeSocket[] = [];
  const events: RoomEvent[] = [];
  const statuses: RoomStatus[] = [];
  const timers = new FakeTimers();
  let credential: string | null = options.credential === undefined ? 'screen-credential' : options.credential;
  const client = new RoomClient({
    open: (c) => {
      const socket = new FakeSocket(c);
      sockets.push(socket);
      return socket;
    },
    credential: () => credential,
    onEvent: (e) => events.push(e),
    onStatus: (s) => statuses.push(s),
    timers,
    random: () => 0.5,
    code: options.code ?? null,
  });
  return { client, sockets, events, statuses, timers, pair: (c: string) => (credential = c) };
}

const roomMessage = (code = 'HXKM', extra: object = {}) => ({ type: 'room', code, locked: false, codeHidden: false, phones: 0, ...extra });

describe('RoomClient', () => {
  it('opens the room as the paired screen and reports its code', () => {
    const { client, sockets, statuses } = setup();
    client.start();
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.credential).toBe('screen-credential');
    sockets[0]!.onopen?.();
    expect(sockets[0]!.sent).toEqual([{ type: 'open', v: 1, seats: [] }]);
    sockets[0]!.serverSays(roomMessage());
    expect(client.status).toMatchObject({ connection: 'open', code: 'HXKM' });
    expect(statuses.at(-1)).toMatchObject({ connection: 'open', code: 'HXKM' });
  });

  it('waits for the pairing before opening, trying again with back-off', () => {
    const { client, sockets, timers, pair } = setup({ credential: null });
    client.start();
    expect(sockets).toHaveLength(0);
    pair('late-credential');
    timers.advance(RECONNECT_BACKOFF.initialMs);
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.credential).toBe('late-credential');
  });

  it('reconnects with growing waits after the server restarts, and reopens the same code with the phone seats it holds', () => {
    const { client, sockets, timers } = setup();
    client.start();
    sockets[0]!.onopen?.();
    sockets[0]!.serverSays(roomMessage('HXKM'));
    client.keep({ seat: 'phone-1', style: 4, resumeKey: 'a'.repeat(64) });
    client.host('lock');
    sockets[0]!.drop(1012);
    expect(client.status.connection).toBe('offline');
    // First wait: initialMs (jitter centred by random() = 0.5); the server is still away.
    timers.advance(RECONNECT_BACKOFF.initialMs - 1);
    expect(sockets).toHaveLength(1);
    timers.advance(1);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop(1006);
    timers.advance(RECONNECT_BACKOFF.initialMs * 2 - 1);
    expect(sockets).toHaveLength(2);
    timers.advance(1);
    expect(sockets).toHaveLength(3);
    sockets[2]!.onopen?.();
    expect(sockets[2]!.sent[0]).toEqual({ type: 'open', v: 1, code: 'HXKM', locked: true, seats: [{ seat: 'phone-1', style: 4, resumeKey: 'a'.repeat(64) }] });
    sockets[2]!.serverSays(roomMessage('HXKM', { locked: true }));
    // Back to the first wait once the room answered.
    sockets[2]!.drop();
    timers.advance(RECONNECT_BACKOFF.initialMs);
    expect(sockets).toHaveLength(4);
  });

  it('asks again for the code it had before a reload', () => {
    const { client, sockets } = setup({ code: 'TWAC' });
    client.start();
    sockets[0]!.onopen?.();
    expect(sockets[0]!.sent[0]).toMatchObject({ type: 'open', code: 'TWAC' });
  });

  it('pings a quiet socket and closes one that answered nothing, then reconnects', () => {
    const { client, sockets, timers } = setup();
    client.start();
    sockets[0]!.onopen?.();
    sockets[0]!.serverSays(roomMessage());
    timers.advance(10_000);
    expect(sockets[0]!.sent.at(-1)).toMatchObject({ type: 'ping' });
    timers.advance(10_000);
    expect(sockets[0]!.closed).toBe(4002);
    expect(client.status.connection).toBe('offline');
    timers.advance(RECONNECT_BACKOFF.initialMs);
    expect(sockets).toHaveLength(2);
  });

  it('passes seat messages on, checked, and drops what does not parse', () => {
    const { client, sockets, events } = setup();
    client.start();
    sockets[0]!.onopen?.();
    sockets[0]!.serverSays(roomMessage());
    sockets[0]!.serverSays({ type: 'seat.input', seat: 'phone-1', action: { type: 'choice', choice: 2 } });
    sockets[0]!.serverSays({ type: 'seat.input', seat: 'phone-1', action: { type: 'choice', choice: 7 } });
    sockets[0]!.onmessage?.({ data: 'not json' });
    sockets[0]!.serverSays({ type: 'seat.gone', seat: 'phone-1', reason: 'timeout' });
    expect(events).toEqual([
      { type: 'seat.input', seat: 'phone-1', action: { type: 'choice', choice: 2 } },
      { type: 'seat.gone', seat: 'phone-1', reason: 'timeout' },
    ]);
  });

  it('sends seat answers, views and host commands only while the room is open', () => {
    const { client, sockets } = setup();
    client.start();
    sockets[0]!.onopen?.();
    expect(client.view('phone-1', 'wait', {})).toBe(false);
    sockets[0]!.serverSays(roomMessage());
    client.accept('ph-1', 'phone-1', 3);
    expect(client.view('phone-1', 'choices4', { phase: 'open' })).toBe(true);
    client.remove('phone-1');
    client.host('hideCode');
    expect(sockets[0]!.sent.slice(1)).toEqual([
      { type: 'seat.accept', phone: 'ph-1', seat: 'phone-1', style: 3 },
      { type: 'seat.view', seat: 'phone-1', layout: 'choices4', view: { phase: 'open' } },
      { type: 'seat.remove', seat: 'phone-1' },
      { type: 'host', command: 'hideCode' },
    ]);
    client.stop();
    expect(sockets[0]!.closed).toBe(1000);
    expect(client.status.connection).toBe('offline');
  });
});

import WebSocket from 'ws';
import { pairedScreenSchema } from '../../../src/shared/api/screens';
import type { ServerToScreen } from '../../../src/shared/room/screen-messages';
import { ROOM_PATHS, ROOM_PROTOCOL_VERSION, ROOM_SUBPROTOCOL, SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX } from '../../../src/shared/room/room-limits';

type Received<T extends ServerToScreen['type']> = Extract<ServerToScreen, { type: T }>;

/** Pairs a loopback screen once (pairing is rate-limited per address): its credential opens rooms. */
export async function pairLoopbackScreen(baseURL: string): Promise<string> {
  const response = await fetch(new URL('/api/screens/pair-loopback', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'phone e2e screen' }),
  });
  if (!response.ok) throw new Error(`pair-loopback answered ${response.status}: ${await response.text()}`);
  return pairedScreenSchema.parse(await response.json()).credential;
}

/**
 * A big screen's side of a room, spoken from the test over the real server: it grants seats and
 * sends each phone seat the views a round would, so every page of the controller can be reached
 * on cue and what the phone sends can be read back. The real screen app is driven elsewhere.
 */
export class FakeRoomScreen {
  private readonly received: ServerToScreen[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly socket: WebSocket,
    readonly code: string,
  ) {}

  static async open(baseURL: string, credential: string): Promise<FakeRoomScreen> {
    const address = new URL(ROOM_PATHS.screen, baseURL);
    address.protocol = 'ws:';
    const socket = new WebSocket(address, [ROOM_SUBPROTOCOL, `${SCREEN_CREDENTIAL_SUBPROTOCOL_PREFIX}${credential}`]);
    const early: ServerToScreen[] = [];
    socket.on('message', (data) => early.push(JSON.parse(String(data)) as ServerToScreen));
    await new Promise<void>((done, fail) => {
      socket.once('open', () => done());
      socket.once('error', fail);
    });
    socket.send(JSON.stringify({ type: 'open', v: ROOM_PROTOCOL_VERSION }));
    const deadline = Date.now() + 5_000;
    while (!early.some((m) => m.type === 'room')) {
      if (Date.now() > deadline) throw new Error(`the room did not open: ${JSON.stringify(early)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const room = early.find((m) => m.type === 'room') as Received<'room'>;
    const screen = new FakeRoomScreen(socket, room.code);
    socket.removeAllListeners('message');
    socket.on('message', (data) => {
      screen.received.push(JSON.parse(String(data)) as ServerToScreen);
      screen.wake();
    });
    return screen;
  }

  send(message: object): void {
    this.socket.send(JSON.stringify(message));
  }

  /** The first message of `type` not yet taken. */
  async next<T extends ServerToScreen['type']>(type: T, timeoutMs = 10_000): Promise<Received<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex((m) => m.type === type);
      if (index >= 0) return this.received.splice(index, 1)[0] as Received<T>;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${type}" within ${timeoutMs} ms; received ${JSON.stringify(this.received).slice(0, 400)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Answers the next seat request with a seat; returns the request. */
  async accept(seat: string, style: number): Promise<Received<'seat.request'>> {
    const request = await this.next('seat.request');
    this.send({ type: 'seat.accept', phone: request.phone, seat, style });
    await this.next('seat.joined');
    return request;
  }

  view(seat: string, layout: 'choices4' | 'dpad' | 'wait', view: Record<string, unknown>): void {
    this.send({ type: 'seat.view', seat, layout, view });
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

import { parseServerToScreen } from '../../shared/room/parse-message';
import { reconnectDelayMs, ROOM_PROTOCOL_VERSION } from '../../shared/room/room-limits';
import type { PhoneLayout } from '../../shared/room/room-fields';
import type { HOST_COMMANDS, ScreenToServer, SeatRefusal, ServerToScreen } from '../../shared/room/screen-messages';

/** The little of a WebSocket the room client uses, so tests hand it a fake. */
export interface RoomSocketLike {
  send(text: string): void;
  close(code?: number, reason?: string): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
}

/** Opens a socket to the room route with the screen's credential (see browser-socket.ts). */
export type OpenRoomSocket = (credential: string) => RoomSocketLike;

/** What the server says, for the screen's side of the room (phone-seats.ts) to act on. */
export type RoomEvent = Extract<ServerToScreen, { type: 'seat.request' | 'seat.joined' | 'seat.input' | 'seat.away' | 'seat.back' | 'seat.language' | 'seat.gone' | 'request.gone' }>;

/** What a screen shows of its room. */
export interface RoomStatus {
  /** `offline` until the first `room` answer and after every lost socket. */
  connection: 'offline' | 'connecting' | 'open';
  code: string | null;
  locked: boolean;
  codeHidden: boolean;
  /** Phones seated or asking, as the server counts them. */
  phones: number;
}

/** A phone seat the room gave, kept so a reopened room (after a server restart) takes it back. */
export interface HeldPhoneSeat {
  seat: string;
  style: number;
  resumeKey: string;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface RoomClientOptions {
  open: OpenRoomSocket;
  /** The screen's credential once paired; while null, the client waits and tries again. */
  credential: () => string | null;
  onEvent: (event: RoomEvent) => void;
  /** The room's code, lock, hidden code or connection changed. */
  onStatus?: (status: RoomStatus) => void;
  /** The code this screen had before (kept across reloads), asked for again at the first open. */
  code?: string | null;
  timers?: Timers;
  random?: () => number;
  /** How often the screen checks the socket still carries anything (ping → pong). */
  heartbeatMs?: number;
}

/** A socket that answered nothing for two heartbeats is dead: close it and reconnect. */
const HEARTBEAT_MS = 10_000;

const browserTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * The big screen's connection to its room on the centre: opens it as the paired screen, keeps it
 * open (a ping when quiet; a silent socket is closed), reconnects with back-off after any close,
 * and reopens the same code with the phone seats it holds — so after a server restart the phones
 * rejoin their seats with the tokens they kept. Every message from the server is checked with the
 * shared schemas; one that does not parse is logged and changes nothing.
 */
export class RoomClient {
  private socket: RoomSocketLike | null = null;
  private attempt = 0;
  private retryTimer: unknown = null;
  private heartbeatTimer: unknown = null;
  private heard = true;
  private stopped = true;
  private readonly held = new Map<string, HeldPhoneSeat>();
  private readonly timers: Timers;
  private readonly random: () => number;
  readonly status: RoomStatus = { connection: 'offline', code: null, locked: false, codeHidden: false, phones: 0 };
  /** What the host chose, sent again at a reopen so a restarted server keeps it. */
  private wanted: { locked?: boolean; codeHidden?: boolean } = {};

  constructor(private readonly options: RoomClientOptions) {
    this.timers = options.timers ?? browserTimers;
    this.random = options.random ?? Math.random;
    this.status.code = options.code ?? null;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.timers.clear(this.retryTimer);
    this.timers.clear(this.heartbeatTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'the screen closed its room');
    this.setStatus({ connection: 'offline' });
  }

  /** The phone seats the room gave that the screen still holds. */
  get heldSeats(): readonly HeldPhoneSeat[] {
    return [...this.held.values()];
  }

  accept(phone: string, seat: string, style: number): void {
    this.send({ type: 'seat.accept', phone, seat, style });
  }

  refuse(phone: string, reason: SeatRefusal): void {
    this.send({ type: 'seat.refuse', phone, reason });
  }

  wait(phone: string): void {
    this.send({ type: 'seat.wait', phone });
  }

  /** Sends a seat's view; false when the room is not open (the view is sent again on seat.back). */
  view(seat: string, layout: PhoneLayout, view: Record<string, unknown>): boolean {
    return this.send({ type: 'seat.view', seat, layout, view });
  }

  /** The host removes a phone seat; the screen drops it from its lobby itself. */
  remove(seat: string): void {
    this.held.delete(seat);
    this.send({ type: 'seat.remove', seat });
  }

  /** The screen lets a seat go (it left, or its grace time passed): not listed at the next reopen. */
  forget(seat: string): void {
    this.held.delete(seat);
  }

  host(command: (typeof HOST_COMMANDS)[number]): void {
    if (command === 'lock' || command === 'unlock') this.wanted.locked = command === 'lock';
    else this.wanted.codeHidden = command === 'hideCode';
    this.send({ type: 'host', command });
  }

  private send(message: ScreenToServer): boolean {
    if (!this.socket || this.status.connection !== 'open') return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connect(): void {
    if (this.stopped) return;
    const credential = this.options.credential();
    if (!credential) return this.retry();
    this.setStatus({ connection: 'connecting' });
    let socket: RoomSocketLike;
    try {
      socket = this.options.open(credential);
    } catch (error) {
      console.warn('[ludocite] the room socket could not be opened', error);
      return this.retry();
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      const { code } = this.status;
      this.send0(socket, { type: 'open', v: ROOM_PROTOCOL_VERSION, ...(code ? { code } : {}), ...this.wanted, seats: this.heldSeats.map((s) => ({ ...s })) });
      this.heard = true;
      this.beat(socket);
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.heard = true;
      this.receive(event.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.timers.clear(this.heartbeatTimer);
      this.setStatus({ connection: 'offline' });
      this.retry();
    };
  }

  private send0(socket: RoomSocketLike, message: ScreenToServer): void {
    socket.send(JSON.stringify(message));
  }

  private retry(): void {
    if (this.stopped) return;
    this.timers.clear(this.retryTimer);
    const delay = reconnectDelayMs(this.attempt++, this.random());
    this.retryTimer = this.timers.set(() => this.connect(), delay);
  }

  /** Pings when the socket has been quiet; closes it when the ping went unanswered too. */
  private beat(socket: RoomSocketLike): void {
    this.timers.clear(this.heartbeatTimer);
    this.heartbeatTimer = this.timers.set(() => {
      if (this.socket !== socket) return;
      if (!this.heard) {
        socket.close(4002, 'the room answered nothing');
        socket.onclose?.({ code: 4002 });
        return;
      }
      this.heard = false;
      this.send0(socket, { type: 'ping', t: Date.now() });
      this.beat(socket);
    }, this.options.heartbeatMs ?? HEARTBEAT_MS);
  }

  private receive(frame: unknown): void {
    const parsed = parseServerToScreen(frame);
    if (!parsed.ok) {
      console.warn(`[ludocite] the room sent a message the screen cannot read: ${parsed.error.message}`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'room':
        this.attempt = 0;
        return this.setStatus({ connection: 'open', code: message.code, locked: message.locked, codeHidden: message.codeHidden, phones: message.phones });
      case 'error':
        console.warn(`[ludocite] the room refused a message (${message.code}${message.about ? `, ${message.about}` : ''}): ${message.message}`);
        return;
      case 'pong':
        return;
      case 'seat.gone':
        this.held.delete(message.seat);
        break;
    }
    this.options.onEvent(message);
  }

  /** Keeps a seat the room gave, with its resume key, for the next reopen. */
  keep(seat: HeldPhoneSeat): void {
    this.held.set(seat.seat, { ...seat });
  }

  private setStatus(change: Partial<RoomStatus>): void {
    const before = JSON.stringify(this.status);
    Object.assign(this.status, change);
    if (JSON.stringify(this.status) !== before) this.options.onStatus?.({ ...this.status });
  }
}

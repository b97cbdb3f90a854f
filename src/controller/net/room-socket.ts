import { reconnectDelayMs } from '../../shared/room/room-limits';

/** What the page hears from its socket. */
export interface RoomSocketHandlers {
  /** The socket is open (first time or again): the page says who it is (join or resume). */
  opened(): void;
  /** One frame's text; the page checks it against the protocol. */
  received(frame: string): void;
  /** The socket dropped; `retryInMs` until the next try. */
  dropped(retryInMs: number): void;
}

/** A ping every so often; a socket that has heard nothing for SILENT_MS is taken for dead. */
const PING_EVERY_MS = 10_000;
const SILENT_MS = 25_000;

/**
 * One WebSocket to the room that comes back by itself: after a drop it tries again with backoff
 * (RECONNECT_BACKOFF), and at once when the phone wakes (page visible again) or its network
 * returns. A phone that walked out of the Wi-Fi may never see a close, so the page pings and
 * drops a socket that stays silent. `close()` ends it for good (the player left, the room is gone).
 */
export class RoomSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private lastHeardAt = 0;
  private readonly watchdog = setInterval(() => this.checkAlive(), PING_EVERY_MS);
  /** The phone is back (unlocked, online again): a socket silent all that time is taken for dead at once. */
  private readonly wake = () => {
    if (document.visibilityState === 'hidden' || this.closed) return;
    if (!this.isOpen()) this.connect();
    else if (Date.now() - this.lastHeardAt > SILENT_MS) this.drop(this.socket!);
  };

  constructor(
    private readonly url: string,
    private readonly protocol: string,
    private readonly handlers: RoomSocketHandlers,
  ) {}

  start(): void {
    document.addEventListener('visibilitychange', this.wake);
    window.addEventListener('online', this.wake);
    window.addEventListener('pageshow', this.wake);
    this.connect();
  }

  isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends one message; false when the socket is down (the page shows "reconnecting" then). */
  send(message: object): boolean {
    if (!this.isOpen()) return false;
    this.socket!.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.watchdog);
    document.removeEventListener('visibilitychange', this.wake);
    window.removeEventListener('online', this.wake);
    window.removeEventListener('pageshow', this.wake);
    this.socket?.close(1000);
    this.socket = null;
  }

  private checkAlive(): void {
    if (this.closed || !this.isOpen()) return;
    if (Date.now() - this.lastHeardAt > SILENT_MS) {
      console.warn('room: no word from the centre for a while; connecting again');
      this.drop(this.socket!);
      return;
    }
    this.send({ type: 'ping', t: Date.now() });
  }

  /** Treats `socket` as closed now (its own close event may come much later, or never). */
  private drop(socket: WebSocket): void {
    if (socket !== this.socket || this.closed) return;
    this.socket = null;
    socket.close();
    const delay = reconnectDelayMs(this.attempt++, Math.random());
    this.handlers.dropped(delay);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private connect(): void {
    clearTimeout(this.retryTimer);
    if (this.socket && this.socket.readyState === WebSocket.CONNECTING) return;
    this.socket?.close();
    const socket = new WebSocket(this.url, this.protocol);
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (socket !== this.socket) return;
      this.attempt = 0;
      this.lastHeardAt = Date.now();
      this.handlers.opened();
    });
    socket.addEventListener('message', (event) => {
      if (socket !== this.socket) return;
      this.lastHeardAt = Date.now();
      // A binary frame is handed on as it is: the protocol's parser refuses it by name.
      this.handlers.received(event.data as string);
    });
    socket.addEventListener('close', () => this.drop(socket));
  }
}

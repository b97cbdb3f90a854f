import type { WebSocket } from 'ws';
import type { RoomError, RoomErrorCode } from '../../shared/room/room-errors';

/**
 * Close codes a client can act on: 4000–4999 are the application's own (RFC 6455 §7.4.2).
 * A phone reconnects after any close but `removed` and `replaced`; a screen after any.
 */
export const CLOSE_CODES = {
  normal: 1000,
  /** The server is stopping (a restart): reconnect with back-off. */
  restart: 1012,
  /** The protocol version or the first message was wrong: reconnecting as is will not help. */
  policy: 1008,
  /** A fault of the server's on one frame (logged): reconnect. */
  internal: 1011,
  /** The host removed the seat, or the room closed. */
  removed: 4000,
  /** Another connection of the same screen or phone took over. */
  replaced: 4001,
} as const;

/** One client's socket as rooms use it: JSON out, liveness for the heartbeat, a guard on unread data. */
export class RoomSocket {
  /** Set by any frame or pong; the heartbeat clears it before each ping. */
  alive = true;

  constructor(
    readonly ws: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {
    ws.on('pong', () => {
      this.alive = true;
    });
  }

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  /** Sends one message; a socket past its unread limit is dropped instead (the client reconnects). */
  send(message: object): void {
    if (!this.open) return;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      // Terminated, not closed: a close frame would queue behind the unread data.
      this.ws.terminate();
      return;
    }
    this.ws.send(JSON.stringify(message));
  }

  /** Answers a frame the server could not use. */
  error(code: RoomErrorCode, message: string, extra: Partial<RoomError> = {}): void {
    this.send({ type: 'error', code, message, ...extra } satisfies RoomError);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.CLOSED || this.ws.readyState === this.ws.CLOSING) return;
    this.ws.close(code, reason);
  }
}

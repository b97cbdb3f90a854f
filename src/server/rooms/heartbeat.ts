import type { RoomSocket } from './room-socket';

/**
 * Drops dead connections: every `intervalMs` each socket that has neither answered the previous
 * ping nor sent a frame since is terminated (its close then frees or holds its seat as usual), and
 * the others are pinged. Browsers answer pings by themselves, even from a page in the background.
 */
export class Heartbeat {
  private readonly sockets = new Set<RoomSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  watch(socket: RoomSocket): void {
    this.sockets.add(socket);
    socket.ws.once('close', () => this.sockets.delete(socket));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private beat(): void {
    for (const socket of this.sockets) {
      if (!socket.alive) {
        socket.ws.terminate();
        continue;
      }
      socket.alive = false;
      if (socket.open) socket.ws.ping();
    }
  }
}

import { randomInt } from 'node:crypto';
import type { RoomsHealth } from '../../shared/api/health';
import { generateRoomCode } from '../../shared/room/room-code';
import { Room } from './room';
import type { RoomOptions } from './room-options';
import type { RoomSocket } from './room-socket';


/**
 * Every room of the server, by code and by screen. One room per screen: a screen that opens
 * again (a reload) takes its room back; after a server restart it asks for the code it had, which
 * it gets unless another screen took it in between.
 */
export class RoomRegistry {
  private readonly byCode = new Map<string, Room>();
  private readonly byScreen = new Map<string, Room>();
  private readonly closeTimers = new Map<Room, NodeJS.Timeout>();
  private stopped = false;

  constructor(readonly options: RoomOptions) {}

  room(code: string): Room | undefined {
    return this.byCode.get(code);
  }

  /** The screen's room, opened or taken back; null when the server holds its maximum of rooms. */
  open(screenId: string, wantedCode: string | undefined): Room | null {
    const own = this.byScreen.get(screenId);
    if (own) {
      this.cancelClose(own);
      // The room keeps the code it has: the `room` answer tells the screen which to show.
      return own;
    }
    if (this.byCode.size >= this.options.maxRooms) return null;
    const code = wantedCode !== undefined && !this.byCode.has(wantedCode) ? wantedCode : this.freeCode();
    const room = new Room(code, screenId, this.options);
    this.byCode.set(code, room);
    this.byScreen.set(screenId, room);
    return room;
  }

  /** The screen's socket closed: the room waits roomGraceMs for it before closing. */
  screenGone(room: Room, screen: RoomSocket): void {
    if (room.screen !== screen || this.stopped) return;
    room.detachScreen(screen);
    this.cancelClose(room);
    const timer = setTimeout(() => this.closeRoom(room), this.options.roomGraceMs);
    timer.unref();
    this.closeTimers.set(room, timer);
  }

  /** What `GET /api/health` shows of rooms. */
  figures(): RoomsHealth {
    const figures: RoomsHealth = { rooms: this.byCode.size, screensAway: 0, phones: 0, seatsAway: 0 };
    for (const room of this.byCode.values()) {
      if (!room.screen) figures.screensAway++;
      figures.phones += room.phones;
      figures.seatsAway += room.seatsAway;
    }
    return figures;
  }

  /** Stops every timer (the server is closing; sockets are closed by the WebSocket plugin). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.closeTimers.values()) clearTimeout(timer);
    this.closeTimers.clear();
  }

  private closeRoom(room: Room): void {
    this.closeTimers.delete(room);
    if (room.screen) return;
    room.close();
    if (this.byCode.get(room.code) === room) this.byCode.delete(room.code);
    if (this.byScreen.get(room.screenId) === room) this.byScreen.delete(room.screenId);
  }

  private cancelClose(room: Room): void {
    const timer = this.closeTimers.get(room);
    if (timer) clearTimeout(timer);
    this.closeTimers.delete(room);
  }

  /** A code no room holds. With a few hundred rooms among 50,625 codes, a handful of draws at most. */
  private freeCode(): string {
    for (;;) {
      const code = generateRoomCode((min, max) => randomInt(min, max + 1));
      if (!this.byCode.has(code)) return code;
    }
  }
}

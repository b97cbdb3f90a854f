import type { FastifyBaseLogger } from 'fastify';
import { parseScreenMessage } from '../../shared/room/parse-message';
import type { ScreenToServer } from '../../shared/room/screen-messages';
import type { Room } from './room';
import type { RoomRegistry } from './room-registry';
import { CLOSE_CODES, type RoomSocket } from './room-socket';

/**
 * One registered screen's connection: `open` first, then the screen's answers to join requests,
 * its seats' views and its host commands. A screen is trusted (it paired with the centre), yet
 * its frames are parsed like a phone's: a bug in a screen build must not reach a phone.
 */
export class ScreenLink {
  private room: Room | null = null;

  constructor(
    private readonly socket: RoomSocket,
    private readonly screenId: string,
    private readonly registry: RoomRegistry,
    private readonly log: FastifyBaseLogger,
  ) {}

  frame(data: Buffer, isBinary: boolean): void {
    this.socket.alive = true;
    const parsed = parseScreenMessage(isBinary ? data : data.toString('utf8'));
    if (!parsed.ok) {
      this.socket.send(parsed.error);
      if (parsed.error.code === 'version') this.socket.close(CLOSE_CODES.policy, 'another protocol version');
      return;
    }
    this.handle(parsed.message);
  }

  closed(): void {
    if (this.room) this.registry.screenGone(this.room, this.socket);
  }

  private handle(message: ScreenToServer): void {
    if (message.type === 'ping') return this.socket.send(message.t === undefined ? { type: 'pong' } : { type: 'pong', t: message.t });
    if (message.type === 'open') return this.open(message);
    const room = this.room;
    if (!room) return this.socket.error('out_of_turn', `${message.type} before open: open the room first`, { about: message.type });
    if (room.screen !== this.socket) {
      return this.socket.error('out_of_turn', 'another connection of this screen has taken the room: this one is closing', { about: message.type });
    }
    switch (message.type) {
      case 'seat.accept': {
        const wrong = room.seat(message.phone, message.seat, message.style);
        if (wrong) this.socket.error(wrong.code, wrong.message, { about: message.type });
        return;
      }
      case 'seat.refuse':
      case 'seat.wait':
        if (!room.answer(message.phone, message.type === 'seat.wait' ? 'wait' : { reason: message.reason })) {
          this.socket.error('unknown_seat', `no phone ${message.phone} is asking for a seat in this room (it left, or has one already)`, { about: message.type });
        }
        return;
      case 'seat.view':
        if (!room.view(message.seat, message.layout, message.view)) this.unknownSeat(message.seat, message.type);
        return;
      case 'seat.remove':
        if (!room.remove(message.seat)) this.unknownSeat(message.seat, message.type);
        return;
      case 'host':
        if (message.command === 'lock' || message.command === 'unlock') room.locked = message.command === 'lock';
        else room.codeHidden = message.command === 'hideCode';
        this.log.info({ room: room.code, command: message.command }, 'room host command');
        return this.socket.send(room.stateMessage());
    }
  }

  private open(message: Extract<ScreenToServer, { type: 'open' }>): void {
    if (this.room) return this.socket.error('out_of_turn', 'this connection has opened its room already', { about: 'open' });
    const room = this.registry.open(this.screenId, message.code);
    if (!room) return this.socket.error('too_many_rooms', 'the centre server holds as many rooms as it may: close a screen or raise the limit');
    if (room.screen && room.screen !== this.socket) {
      room.screen.send({ type: 'error', code: 'out_of_turn', message: 'another connection of this screen took the room' });
      room.screen.close(CLOSE_CODES.replaced, 'another connection of this screen took the room');
    }
    if (message.locked !== undefined) room.locked = message.locked;
    if (message.codeHidden !== undefined) room.codeHidden = message.codeHidden;
    this.room = room;
    room.attachScreen(this.socket, message.seats);
    this.log.info({ room: room.code, screen: this.screenId, seats: message.seats.length }, 'room open');
  }

  private unknownSeat(seat: string, about: string): void {
    this.socket.error('unknown_seat', `this room holds no phone seat ${seat} (it left, was removed, or is not a phone's)`, { about });
  }
}

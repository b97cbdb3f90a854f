import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { checkPseudonym } from '../../shared/player-card/pseudonym-filter';
import { parsePhoneMessage } from '../../shared/room/parse-message';
import type { PhoneToServer } from '../../shared/room/phone-messages';
import type { JoiningPlayer } from '../../shared/room/room-fields';
import type { TokenBuckets } from '../limits/token-buckets';
import type { Room } from './room';
import type { RoomRegistry } from './room-registry';
import { CLOSE_CODES, type RoomSocket } from './room-socket';

/** What a phone asks the screen for: who it is and its language, as `seat.request` carries it. */
export interface SeatRequest {
  player: JoiningPlayer;
  language: 'fr' | 'en';
}

/** What every phone connection shares: the rooms, the rate limits, and where it comes from. */
export interface PhoneContext {
  registry: RoomRegistry;
  frames: TokenBuckets;
  wrongCodes: TokenBuckets;
  now: () => number;
  log: FastifyBaseLogger;
}

type PhoneState = 'new' | 'asking' | 'seated' | 'ended';

/**
 * One phone's connection: new → asking (the screen decides; it may say wait) → seated → ended,
 * or new → seated straight away by `rejoin`. Every frame is rate-limited, then parsed; nothing a
 * phone sends reaches the screen unless it parsed and the phone holds a seat.
 */
export class PhoneLink {
  /** How the server names this phone to the screen while it asks for a seat. */
  readonly ref = `ph-${randomBytes(6).toString('hex')}`;
  request: SeatRequest | null = null;
  seatId: string | null = null;
  private state: PhoneState = 'new';
  private room: Room | null = null;
  /** Until when a phone over its rate is dropped silently: one error per wait, not one per frame. */
  private quietUntil = 0;

  constructor(
    readonly socket: RoomSocket,
    private readonly address: string,
    private readonly context: PhoneContext,
  ) {}

  frame(data: Buffer, isBinary: boolean): void {
    this.socket.alive = true;
    const { frames, now } = this.context;
    const wait = frames.waitMs(this.ref);
    if (wait > 0) {
      if (now() < this.quietUntil) return;
      this.quietUntil = now() + wait;
      this.socket.error('rate_limited', 'this phone sends faster than anyone presses: the frame was dropped', { retryMs: wait });
      return;
    }
    frames.take(this.ref);
    const parsed = parsePhoneMessage(isBinary ? data : data.toString('utf8'));
    if (!parsed.ok) {
      this.socket.send(parsed.error);
      if (parsed.error.code === 'version') this.socket.close(CLOSE_CODES.policy, 'another protocol version');
      return;
    }
    this.handle(parsed.message);
  }

  /** The socket closed: a seated phone's seat waits for it; an asking phone's request is withdrawn. */
  closed(): void {
    if (this.state === 'ended') return;
    this.room?.phoneGone(this, false);
    this.ended();
  }

  seated(seat: string): void {
    this.state = 'seated';
    this.seatId = seat;
    this.request = null;
  }

  refused(): void {
    this.state = 'new';
    this.room = null;
    this.request = null;
  }

  ended(): void {
    this.state = 'ended';
    this.room = null;
  }

  private handle(message: PhoneToServer): void {
    switch (message.type) {
      case 'ping':
        return this.socket.send(message.t === undefined ? { type: 'pong' } : { type: 'pong', t: message.t });
      case 'join':
        return this.join(message.code, { player: message.player, language: message.language });
      case 'rejoin':
        return this.rejoin(message.code, message.token);
      case 'input':
        if (this.state !== 'seated' || !this.room || this.seatId === null) {
          return this.socket.error('out_of_turn', 'input before the seat is granted: wait for "joined"', { about: 'input' });
        }
        return this.room.input(this.seatId, message.action, message.n);
      case 'language':
        if (this.state !== 'seated' || !this.room || this.seatId === null) {
          return this.socket.error('out_of_turn', 'a language before the seat is granted: the join carries it', { about: 'language' });
        }
        return this.room.language(this.seatId, message.language);
      case 'leave':
        this.room?.phoneGone(this, true);
        this.ended();
        return this.socket.close(CLOSE_CODES.normal, 'left');
    }
  }

  /** The room of `code`, or null after answering why not; a wrong code spends one of the address's tries. */
  private roomFor(code: string, about: string): Room | null {
    if (this.state !== 'new') {
      const why = this.state === 'asking' ? 'this phone is already asking for a seat' : 'this phone has a seat already';
      this.socket.error('out_of_turn', `${why}: one join per connection`, { about });
      return null;
    }
    const { wrongCodes } = this.context;
    const wait = wrongCodes.waitMs(this.address);
    if (wait > 0) {
      this.socket.error('rate_limited', 'too many wrong room codes from this address: wait before trying again', { about, retryMs: wait });
      return null;
    }
    const room = this.context.registry.room(code);
    if (!room) {
      wrongCodes.take(this.address);
      this.socket.send({ type: 'refused', reason: 'unknown_code', message: `no room has the code ${code}: check the code on the screen` });
    }
    return room ?? null;
  }

  private join(code: string, request: SeatRequest): void {
    const room = this.roomFor(code, 'join');
    if (!room) return;
    if (request.player.kind === 'guest') {
      const check = checkPseudonym(request.player.pseudonym);
      if (!check.ok) return this.socket.send({ type: 'refused', reason: 'name_refused', message: check.reason });
      request = { ...request, player: { ...request.player, pseudonym: check.pseudonym } };
    }
    this.request = request;
    this.room = room;
    this.state = 'asking';
    const refusal = room.ask(this);
    if (refusal) {
      this.refused();
      this.socket.send({ type: 'refused', ...refusal });
    }
  }

  private rejoin(code: string, token: string): void {
    const room = this.roomFor(code, 'rejoin');
    if (!room) return;
    const answer = room.rejoin(this, token);
    if (!answer || 'reason' in answer) {
      if (answer?.reason === 'unknown_token') this.context.wrongCodes.take(this.address);
      if (answer) this.socket.send({ type: 'refused', ...answer });
      return;
    }
    this.room = room;
    this.seated(answer.seat);
    this.socket.send({ type: 'joined', seat: answer.seat, style: answer.style, token, graceMs: this.context.registry.options.seatGraceMs });
  }
}

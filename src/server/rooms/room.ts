import type { Language } from '../../shared/languages';
import type { JoinRefusal } from '../../shared/room/phone-messages';
import type { PhoneLayout, PhoneSeatAction } from '../../shared/room/room-fields';
import { ROOM_PHONE_SEATS } from '../../shared/room/room-limits';
import type { SeatRefusal, ServerToScreen } from '../../shared/room/screen-messages';
import { hashSecret, newSecret } from '../screens/secrets';
import type { PhoneLink } from './phone-link';
import type { RoomOptions } from './room-options';
import { CLOSE_CODES, type RoomSocket } from './room-socket';

/** A phone seat as the server holds it: the hash of its resume token and its phone, when connected. */
interface HeldSeat {
  key: string;
  style: number;
  phone: PhoneLink | null;
  graceTimer: NodeJS.Timeout | null;
}

/** What a phone is told when its screen refuses it a seat. */
const REFUSAL_MESSAGES: Record<SeatRefusal, string> = {
  full: 'every seat of this screen is taken',
  card_unknown: 'no player card has this code',
  card_seated: 'this player card already plays a seat at this screen',
};

/** What a refused call says; null when it went through. */
export type Refusal = { reason: JoinRefusal; message: string } | null;

/**
 * One screen's room: its code, its lock, the phone seats it gave and the phones asking for one.
 * The screen decides who sits (seat.accept); the room holds the resume tokens (as hashes, like
 * every secret of the centre), relays presses to the screen and views to the phones, and keeps a
 * dropped phone's seat for the grace time.
 */
export class Room {
  locked = false;
  codeHidden = false;
  screen: RoomSocket | null = null;
  private readonly seats = new Map<string, HeldSeat>();
  private readonly keys = new Map<string, string>();
  /** Phones that asked for a seat, or wait for the next round, by reference. */
  private readonly requests = new Map<string, PhoneLink>();

  constructor(
    readonly code: string,
    readonly screenId: string,
    private readonly options: RoomOptions,
  ) {}

  get phones(): number {
    return this.seats.size + this.requests.size;
  }

  get seatsAway(): number {
    let away = 0;
    for (const held of this.seats.values()) if (!held.phone) away++;
    return away;
  }

  toScreen(message: ServerToScreen): void {
    this.screen?.send(message);
  }

  stateMessage(): ServerToScreen {
    return { type: 'room', code: this.code, locked: this.locked, codeHidden: this.codeHidden, phones: this.phones };
  }

  /**
   * The screen (re)connected. Seats it lists that the room lacks (a restarted server) are held
   * as away until their phones rejoin; seats the room holds that it no longer lists are ended.
   */
  attachScreen(screen: RoomSocket, listed: readonly { seat: string; style: number; resumeKey: string }[]): void {
    this.screen = screen;
    const names = new Set(listed.map((s) => s.seat));
    for (const [seat, held] of this.seats) if (!names.has(seat)) this.endSeat(seat, held, 'room_closed');
    for (const { seat, style, resumeKey } of listed) {
      if (this.seats.has(seat)) continue;
      const held: HeldSeat = { key: resumeKey, style, phone: null, graceTimer: null };
      this.seats.set(seat, held);
      this.keys.set(resumeKey, seat);
      this.startGrace(seat, held);
    }
    screen.send(this.stateMessage());
    for (const [seat, held] of this.seats) if (!held.phone) screen.send({ type: 'seat.away', seat, graceMs: this.options.seatGraceMs });
    for (const phone of this.requests.values()) if (phone.request) screen.send({ type: 'seat.request', phone: phone.ref, ...phone.request });
    for (const held of this.seats.values()) held.phone?.socket.send({ type: 'screen', present: true });
  }

  detachScreen(screen: RoomSocket): void {
    if (this.screen !== screen) return;
    this.screen = null;
    for (const held of this.seats.values()) held.phone?.socket.send({ type: 'screen', present: false });
  }

  /** A phone asks for a seat: refused here when the room cannot take it, else passed to the screen. */
  ask(phone: PhoneLink): Refusal {
    if (!this.screen) return { reason: 'room_away', message: 'the screen of this room is reconnecting: try again in a few seconds' };
    if (this.locked) return { reason: 'locked', message: 'the host has locked this room: ask them to unlock it' };
    if (this.phones >= ROOM_PHONE_SEATS) return { reason: 'full', message: `this room has its ${ROOM_PHONE_SEATS} phones already` };
    if (!phone.request) throw new Error('Room.ask: the phone has no request');
    this.requests.set(phone.ref, phone);
    this.toScreen({ type: 'seat.request', phone: phone.ref, ...phone.request });
    return null;
  }

  /** Gives the asking phone its seat and its token; null when done, else what is wrong. */
  seat(ref: string, seat: string, style: number): { code: 'unknown_seat' | 'invalid'; message: string } | null {
    const phone = this.requests.get(ref);
    if (!phone) return { code: 'unknown_seat', message: `no phone ${ref} is asking for a seat in this room (it left, or has one already)` };
    if (this.seats.has(seat)) return { code: 'invalid', message: `seat ${seat} is held by another phone: name a free seat` };
    const token = newSecret();
    const key = hashSecret(token);
    this.requests.delete(ref);
    this.seats.set(seat, { key, style, phone, graceTimer: null });
    this.keys.set(key, seat);
    phone.seated(seat);
    phone.socket.send({ type: 'joined', seat, style, token, graceMs: this.options.seatGraceMs });
    this.toScreen({ type: 'seat.joined', phone: ref, seat, resumeKey: key });
    return null;
  }

  /** The screen refused or deferred a request. */
  answer(ref: string, answer: { reason: SeatRefusal } | 'wait'): boolean {
    const phone = this.requests.get(ref);
    if (!phone) return false;
    if (answer === 'wait') {
      phone.socket.send({ type: 'waiting', reason: 'round_running' });
      return true;
    }
    this.requests.delete(ref);
    phone.refused();
    phone.socket.send({ type: 'refused', reason: answer.reason, message: REFUSAL_MESSAGES[answer.reason] });
    return true;
  }

  /** A phone with a token takes its seat back; another connection holding it is replaced. */
  rejoin(phone: PhoneLink, token: string): Refusal | { seat: string; style: number } {
    const seat = this.keys.get(hashSecret(token));
    const held = seat === undefined ? undefined : this.seats.get(seat);
    if (seat === undefined || !held) return { reason: 'unknown_token', message: 'this room holds no seat for this token any more: join again' };
    if (!this.screen) return { reason: 'room_away', message: 'the screen of this room is reconnecting: try again in a few seconds' };
    if (held.graceTimer) clearTimeout(held.graceTimer);
    held.graceTimer = null;
    const previous = held.phone;
    held.phone = phone;
    if (previous && previous !== phone) {
      previous.ended();
      previous.socket.send({ type: 'removed', reason: 'replaced' });
      previous.socket.close(CLOSE_CODES.replaced, 'another connection took this seat');
    }
    this.toScreen({ type: 'seat.back', seat });
    return { seat, style: held.style };
  }

  input(seat: string, action: PhoneSeatAction, n: number | undefined): void {
    this.toScreen(n === undefined ? { type: 'seat.input', seat, action } : { type: 'seat.input', seat, action, n });
  }

  /** The seat's player switched their phone's language: the screen sends the seat's texts in it. */
  language(seat: string, language: Language): void {
    this.toScreen({ type: 'seat.language', seat, language });
  }

  /** Relays a seat's view; false when the room holds no such seat. A seat away drops it: the screen resends on seat.back. */
  view(seat: string, layout: PhoneLayout, view: Record<string, unknown>): boolean {
    const held = this.seats.get(seat);
    if (!held) return false;
    held.phone?.socket.send({ type: 'view', layout, view });
    return true;
  }

  /** The host removes a seat; false when the room holds no such seat. */
  remove(seat: string): boolean {
    const held = this.seats.get(seat);
    if (!held) return false;
    this.endSeat(seat, held, 'host');
    return true;
  }

  /** A phone's socket closed (`leaving`: it said `leave` first). */
  phoneGone(phone: PhoneLink, leaving: boolean): void {
    if (this.requests.get(phone.ref) === phone) {
      this.requests.delete(phone.ref);
      this.toScreen({ type: 'request.gone', phone: phone.ref });
      return;
    }
    const seat = phone.seatId;
    const held = seat === null ? undefined : this.seats.get(seat);
    if (seat === null || !held || held.phone !== phone) return;
    held.phone = null;
    if (leaving) {
      this.forget(seat, held);
      this.toScreen({ type: 'seat.gone', seat, reason: 'left' });
      return;
    }
    this.toScreen({ type: 'seat.away', seat, graceMs: this.options.seatGraceMs });
    this.startGrace(seat, held);
  }

  /** Closes the room: every phone is told and its socket closed. */
  close(): void {
    for (const [seat, held] of this.seats) this.endSeat(seat, held, 'room_closed');
    for (const phone of this.requests.values()) {
      phone.ended();
      phone.socket.send({ type: 'removed', reason: 'room_closed' });
      phone.socket.close(CLOSE_CODES.removed, 'the room closed');
    }
    this.requests.clear();
  }

  private startGrace(seat: string, held: HeldSeat): void {
    if (held.graceTimer) clearTimeout(held.graceTimer);
    held.graceTimer = setTimeout(() => {
      if (held.phone || this.seats.get(seat) !== held) return;
      this.forget(seat, held);
      this.toScreen({ type: 'seat.gone', seat, reason: 'timeout' });
    }, this.options.seatGraceMs);
    held.graceTimer.unref();
  }

  private endSeat(seat: string, held: HeldSeat, reason: 'host' | 'room_closed'): void {
    this.forget(seat, held);
    const phone = held.phone;
    if (!phone) return;
    phone.ended();
    phone.socket.send({ type: 'removed', reason });
    phone.socket.close(CLOSE_CODES.removed, reason === 'host' ? 'the host removed this seat' : 'the room closed');
  }

  private forget(seat: string, held: HeldSeat): void {
    if (held.graceTimer) clearTimeout(held.graceTimer);
    held.graceTimer = null;
    this.seats.delete(seat);
    this.keys.delete(held.key);
  }
}

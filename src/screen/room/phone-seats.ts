import { LANGUAGES, type Language } from '../../shared/languages';
import type { PhoneLayout } from '../../shared/room/room-fields';
import type { Avatar } from '../../shared/seat-style';
import type { InputEvent } from '../input/events';
import { MAX_LOBBY_SEATS, type Lobby, type PhonePlayer } from '../lobby/lobby';
import type { RoomClient, RoomEvent } from './room-client';

type SeatRequest = Extract<RoomEvent, { type: 'seat.request' }>;

/** A round as phone seats see it: which seats play, what the game asks a phone to draw, each seat's view. */
export interface PhoneRound {
  /** Between start and end: a phone asking now waits for the next round. */
  readonly playing: boolean;
  readonly seatIds: readonly string[];
  readonly layout: PhoneLayout;
  seatView(seat: string): Record<string, unknown> | null;
}

/** Where the screen is, for what phones are sent: the lobby's wait, a round's views, or the last view kept (results). */
export type ScreenMoment = { kind: 'lobby' } | { kind: 'round'; round: PhoneRound } | { kind: 'results' };

export interface PhoneSeatsOptions {
  room: Pick<RoomClient, 'accept' | 'refuse' | 'wait' | 'view' | 'remove' | 'keep' | 'forget'>;
  lobby: Lobby;
  /** Into the input hub: a phone's press reaches the lobby, the catalogue and the round as a pad's does. */
  emit: (event: InputEvent) => void;
  moment: () => ScreenMoment;
  /** Signs a seat in with a card code (`POST /api/seat-tokens`); null when no card has it. */
  signIn?: (code: string, seat: string) => Promise<{ id: string; pseudonym: string; avatar: Avatar } | null>;
  /** Something happened on a phone: the screen is not quiet. */
  onActivity?: () => void;
}

interface Pending {
  seat: string;
  style: number;
  player: PhonePlayer;
  language: Language;
}

/** The view a seat in the lobby gets: a `wait` layout with no phase is the lobby on the phone. */
const LOBBY_VIEW: { layout: PhoneLayout; view: Record<string, unknown> } = { layout: 'wait', view: {} };

/**
 * The screen's side of its room: phones asking for a seat become lobby seats beside the pads
 * (or wait for the next round while one plays), their presses go into the input hub as a pad's
 * do, and each phone seat is sent its own view — the mini-game's `seatView` in the phone's
 * language, with the layout the game asks for — only when it changed. A seat whose phone dropped
 * keeps its place and points; the round goes on with it idle, and it gets its view back on return.
 */
export class PhoneSeats {
  /** Phones told to wait for the next round, by reference, in the order they asked. */
  private readonly waiting = new Map<string, SeatRequest>();
  /** Phones accepted whose seat the server has not confirmed yet. */
  private readonly pending = new Map<string, Pending>();
  private readonly languages = new Map<string, Language>();
  private readonly sent = new Map<string, string>();
  private readonly lastView = new Map<string, { layout: PhoneLayout; view: Record<string, unknown> }>();

  constructor(private readonly options: PhoneSeatsOptions) {}

  /** Phones waiting for the next round, for the lobby and the round's "n waiting". */
  get waitingCount(): number {
    return this.waiting.size;
  }

  handle(event: RoomEvent): void {
    const { lobby } = this.options;
    this.options.onActivity?.();
    switch (event.type) {
      case 'seat.request':
        return void this.ask(event);
      case 'request.gone':
        this.waiting.delete(event.phone);
        this.pending.delete(event.phone);
        return;
      case 'seat.joined': {
        const pending = this.pending.get(event.phone);
        if (!pending || pending.seat !== event.seat) return;
        this.pending.delete(event.phone);
        const seat = lobby.joinPhone(event.seat, pending.player);
        if (!seat) return this.options.room.remove(event.seat);
        this.languages.set(seat.id, pending.language);
        this.options.room.keep({ seat: seat.id, style: seat.styleIndex, resumeKey: event.resumeKey });
        return;
      }
      case 'seat.input':
        if (!this.plays(event.seat)) return;
        return this.options.emit(event.action.type === 'choice' ? { type: 'choice', device: event.seat, choice: event.action.choice } : event.action.type === 'step' ? { type: 'step', device: event.seat, x: event.action.x, y: event.action.y } : { type: event.action.type, device: event.seat });
      case 'seat.away':
        return lobby.setAway(event.seat, true);
      case 'seat.back':
        lobby.setAway(event.seat, false);
        // The phone may have reloaded: it holds nothing until it is sent its view again.
        return this.sendAgain(event.seat);
      case 'seat.language':
        // Only a seat this screen holds: a stale message must not make a seat up.
        if (!this.languages.has(event.seat)) return;
        this.languages.set(event.seat, event.language);
        return this.sendAgain(event.seat);
      case 'seat.gone':
        this.drop(event.seat);
        return;
    }
  }

  /** The host removes a phone seat: the room tells its phone; the seat leaves the lobby (a round keeps what it did). */
  removeSeat(seat: string): void {
    this.options.room.remove(seat);
    this.drop(seat);
  }

  /**
   * Called after every step of the round and a few times a second otherwise: seats phones told
   * to wait once no round plays, and sends each phone seat its view when it changed.
   */
  update(): void {
    const moment = this.options.moment();
    if (moment.kind !== 'round' || !moment.round.playing) {
      for (const request of [...this.waiting.values()]) {
        this.waiting.delete(request.phone);
        void this.ask(request);
      }
    }
    for (const seat of this.options.lobby.phoneSeats) {
      if (moment.kind === 'lobby') this.send(seat.id, LOBBY_VIEW.layout, LOBBY_VIEW.view);
    }
    if (moment.kind === 'round') {
      const { round } = moment;
      for (const id of round.seatIds) {
        if (!this.languages.has(id)) continue;
        const view = round.seatView(id);
        if (view) this.send(id, round.playing ? round.layout : 'wait', view);
      }
    }
  }

  private async ask(request: SeatRequest): Promise<void> {
    const { lobby, room } = this.options;
    const moment = this.options.moment();
    if (moment.kind === 'round' && moment.round.playing) {
      this.waiting.set(request.phone, request);
      room.wait(request.phone);
      return;
    }
    const reservedSeats = new Set([...this.pending.values()].map((p) => p.seat));
    if (lobby.seats.length + reservedSeats.size >= MAX_LOBBY_SEATS) return room.refuse(request.phone, 'full');
    const seat = lobby.nextPhoneId(reservedSeats);
    const style = lobby.nextStyleIndex(new Set([...this.pending.values()].map((p) => p.style)));
    let player: PhonePlayer;
    if (request.player.kind === 'guest') {
      player = { avatar: request.player.avatar, pseudonym: request.player.pseudonym };
    } else {
      this.pending.set(request.phone, { seat, style, player: { avatar: '🦊' }, language: request.language });
      const card = await this.options.signIn?.(request.player.code, seat).catch((error: unknown) => {
        console.warn('[ludocite] a phone’s card could not be signed in', error);
        return null;
      });
      if (!this.pending.has(request.phone)) return;
      if (!card || lobby.seatWithCard(card.id)) {
        this.pending.delete(request.phone);
        return room.refuse(request.phone, card ? 'card_seated' : 'card_unknown');
      }
      player = { avatar: card.avatar, playerCard: { id: card.id, pseudonym: card.pseudonym } };
    }
    this.pending.set(request.phone, { seat, style, player, language: request.language });
    room.accept(request.phone, seat, style);
  }

  /** A seat that takes presses now: in the lobby, or in the round being played. */
  private plays(seat: string): boolean {
    if (this.options.lobby.seat(seat)) return true;
    const moment = this.options.moment();
    return moment.kind === 'round' && moment.round.seatIds.includes(seat);
  }

  /** Sends the seat its view again, even unchanged: the last one sent is kept before localising, for the results. */
  private sendAgain(seat: string): void {
    this.sent.delete(seat);
    const last = this.lastView.get(seat);
    if (last && this.options.moment().kind === 'results') this.send(seat, last.layout, last.view);
    this.update();
  }

  private drop(seat: string): void {
    this.options.lobby.leave(seat);
    this.options.room.forget(seat);
    this.sent.delete(seat);
    this.lastView.delete(seat);
    this.languages.delete(seat);
  }

  private send(seat: string, layout: PhoneLayout, view: Record<string, unknown>): void {
    const language = this.languages.get(seat) ?? LANGUAGES[0];
    const shown = localise(wholeSeconds(view), language) as Record<string, unknown>;
    const key = `${layout}:${JSON.stringify(shown)}`;
    if (this.sent.get(seat) === key) return;
    if (this.options.room.view(seat, layout, shown)) {
      this.sent.set(seat, key);
      this.lastView.set(seat, { layout, view });
    }
  }
}

/**
 * Time left in whole seconds: it changes at every step of the rules, and a view sent each frame
 * would flood the relay and make the phone draw its page sixty times a second (a tap then misses
 * buttons being replaced). A phone shows seconds anyway.
 */
export function wholeSeconds(view: Record<string, unknown>): Record<string, unknown> {
  return typeof view.timeLeftMs === 'number' ? { ...view, timeLeftMs: Math.ceil(view.timeLeftMs / 1000) * 1000 } : view;
}

/** Texts given in every language (`{ fr, en }`, as packs write them) become the phone's own. */
export function localise(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((v) => localise(v, language));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === LANGUAGES.length && LANGUAGES.every((l) => typeof record[l] === 'string')) return record[language];
  return Object.fromEntries(keys.map((k) => [k, localise(record[k], language)]));
}

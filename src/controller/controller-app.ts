import { cardCodeSchema } from '../shared/player-card/card-code';
import { parseServerToPhone } from '../shared/room/parse-message';
import type { PhoneToServer, ServerToPhone } from '../shared/room/phone-messages';
import { roomCodeSchema } from '../shared/room/room-code';
import type { PhoneSeatAction } from '../shared/room/room-fields';
import { reconnectDelayMs, ROOM_PATHS, ROOM_PROTOCOL_VERSION, ROOM_SUBPROTOCOL, SEAT_GRACE_MS } from '../shared/room/room-limits';
import { AVATARS, type Avatar } from '../shared/seat-style';
import { lang, setLang } from './i18n/texts';
import { fetchSuggestions, lookUpCard } from './net/centre-api';
import { RoomSocket } from './net/room-socket';
import { forgetSeat, keepSeat, readKeptSeat, type KeptSeat } from './net/seat-store';
import { initialState, reduce, type ControllerEvent } from './state/controller-state';
import type { ControllerState, Player } from './state/page';
import type { Actions } from './view/actions';
import { renderController } from './view/render';
import { vibrateOnFeedback } from './view/vibration';

const SUGGESTIONS = 5;

/** A reload after `version` is tried once a minute at most, so an old page never loops. */
const RELOAD_MARK = 'ludocite.controller.reloadedAt';

/**
 * The controller page: holds the state, turns taps into events and messages, keeps the socket
 * and the kept seat, and draws after each change. What to show is decided by `reduce` alone.
 */
export class ControllerApp implements Actions {
  private state: ControllerState;
  private socket: RoomSocket | null = null;
  /** The first message of every connection: join before a seat is granted, rejoin after. */
  private hello: PhoneToServer | null = null;
  private kept: KeptSeat | null = null;
  private graceMs = SEAT_GRACE_MS;
  private lostAt: number | null = null;
  private awayRetry = 0;
  private awayTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly root: HTMLElement) {
    this.state = initialState('', AVATARS[Math.floor(Math.random() * AVATARS.length)]!);
  }

  /** Starts from the address (`?room=HXMA` from the QR code) and from a seat kept across a reload. */
  start(search: string): void {
    setLang(lang());
    const fromQr = roomCodeSchema.safeParse(new URLSearchParams(search).get('room') ?? '');
    const kept = readKeptSeat();
    if (kept && (!fromQr.success || fromQr.data === kept.code)) {
      this.kept = kept;
      this.connect(kept.code, { pseudonym: kept.pseudonym, avatar: kept.avatar }, { type: 'rejoin', v: ROOM_PROTOCOL_VERSION, code: kept.code, token: kept.token });
      return;
    }
    if (kept) forgetSeat();
    if (fromQr.success) this.submitCode(fromQr.data);
    else this.draw();
  }

  private dispatch(event: ControllerEvent): void {
    const before = this.state;
    this.state = reduce(before, event);
    if (this.state === before) return;
    this.draw(before);
    vibrateOnFeedback(before, this.state);
  }

  private draw(before?: ControllerState): void {
    renderController(this.root, this.state, this, before);
  }

  // --- what the player does -------------------------------------------------------------

  submitCode(typed: string): void {
    const code = roomCodeSchema.safeParse(typed);
    if (!code.success) {
      this.dispatch({ type: 'code-refused', code: typed.slice(0, 16), problem: 'format' });
      return;
    }
    this.dispatch({ type: 'code-entered', code: code.data });
    this.moreSuggestions();
  }

  moreSuggestions(): void {
    void fetchSuggestions(SUGGESTIONS).then((pseudonyms) => {
      if (pseudonyms.length === 0) this.dispatch({ type: 'identity-problem', problem: 'network' });
      else this.dispatch({ type: 'suggestions', pseudonyms });
    });
  }

  choosePseudonym(pseudonym: string): void {
    this.dispatch({ type: 'pseudonym-chosen', pseudonym });
  }

  chooseAvatar(avatar: Avatar): void {
    this.dispatch({ type: 'avatar-chosen', avatar });
  }

  useCard(useIt: boolean): void {
    this.dispatch({ type: 'card-mode', on: useIt });
  }

  changeRoom(): void {
    this.dispatch({ type: 'start-again' });
  }

  join(): void {
    const page = this.state.page;
    if (page.kind !== 'identity' || page.pseudonym === null) return;
    const player = { pseudonym: page.pseudonym, avatar: page.avatar };
    this.connect(page.code, player, { type: 'join', v: ROOM_PROTOCOL_VERSION, code: page.code, player: { kind: 'guest', ...player }, language: lang() });
  }

  submitCard(typed: string): void {
    const page = this.state.page;
    if (page.kind !== 'identity') return;
    const code = cardCodeSchema.safeParse(typed);
    if (!code.success) {
      this.dispatch({ type: 'identity-problem', problem: 'card-format' });
      return;
    }
    void lookUpCard(code.data).then((lookup) => {
      // The player may have gone back meanwhile: an answer for a page no longer shown is dropped.
      if (this.state.page.kind !== 'identity') return;
      if (!lookup.ok) {
        this.dispatch({ type: 'identity-problem', problem: lookup.problem });
        return;
      }
      const player = { pseudonym: lookup.card.pseudonym, avatar: lookup.card.avatar };
      this.connect(page.code, player, { type: 'join', v: ROOM_PROTOCOL_VERSION, code: page.code, player: { kind: 'card', code: code.data }, language: lang() });
    });
  }

  choose(choice: 0 | 1 | 2 | 3): void {
    const before = this.state;
    this.dispatch({ type: 'choice-pressed', choice });
    if (this.state !== before) this.sendAction({ type: 'choice', choice });
  }

  step(x: -1 | 0 | 1, y: -1 | 0 | 1): void {
    this.sendAction({ type: 'step', x, y });
  }

  press(button: 'confirm' | 'back'): void {
    this.sendAction({ type: button });
  }

  switchLang(): void {
    setLang(lang() === 'fr' ? 'en' : 'fr');
    // A seated phone asks the screen for its texts (answers, explanation) in the new language too.
    if (this.kept) this.socket?.send({ type: 'language', language: lang() });
    this.draw();
  }

  startAgain(): void {
    this.leaveRoom();
    this.dispatch({ type: 'start-again' });
  }

  // --- the room's socket ------------------------------------------------------------------

  private connect(code: string, player: Player, hello: PhoneToServer): void {
    this.hello = hello;
    this.dispatch({ type: 'joining', code, player });
    if (this.socket) {
      this.socket.send(hello);
      return;
    }
    const address = new URL(ROOM_PATHS.phone, location.href);
    address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
    this.socket = new RoomSocket(address.href, ROOM_SUBPROTOCOL, {
      opened: () => {
        this.dispatch({ type: 'socket', up: true });
        if (this.hello) this.socket?.send(this.hello);
      },
      received: (frame) => this.received(frame),
      dropped: () => {
        this.lostAt ??= Date.now();
        if (this.kept && Date.now() - this.lostAt > this.graceMs) {
          this.seatLost();
          return;
        }
        this.dispatch({ type: 'socket', up: false });
      },
    });
    this.socket.start();
  }

  private received(frame: string): void {
    const parsed = parseServerToPhone(frame);
    if (!parsed.ok) {
      console.warn(`room: a message from the centre was ignored (${parsed.error.message})`);
      return;
    }
    const message = parsed.message;
    this.handle(message);
    this.dispatch({ type: 'server', message });
  }

  /** What a message asks of the page besides what it shows: keeping the seat, retrying, closing. */
  private handle(message: ServerToPhone): void {
    switch (message.type) {
      case 'joined': {
        this.lostAt = null;
        this.awayRetry = 0;
        this.graceMs = message.graceMs;
        const { player, room } = this.state;
        if (!player || !room) return;
        this.kept = { code: room, token: message.token, ...player, sent: this.kept?.sent ?? 0 };
        keepSeat(this.kept);
        // A rejoin carries no language, and the player may have switched while the seat was asked for.
        const told = this.hello?.type === 'join' ? this.hello.language : null;
        if (lang() !== told) this.socket?.send({ type: 'language', language: lang() });
        this.hello = { type: 'rejoin', v: ROOM_PROTOCOL_VERSION, code: this.kept.code, token: message.token };
        return;
      }
      case 'refused':
        if (message.reason === 'room_away' && this.kept) {
          // The screen has not reopened its room yet (reload, server restart): ask again soon.
          clearTimeout(this.awayTimer);
          this.awayTimer = setTimeout(() => this.hello && this.socket?.send(this.hello), reconnectDelayMs(this.awayRetry++, Math.random()));
          return;
        }
        this.leaveRoom(false);
        return;
      case 'removed':
        this.leaveRoom(false);
        return;
      case 'error':
        if (message.code === 'version') this.reloadOnce();
        else console.warn(`room: the centre refused a message (${message.code}): ${message.message}`);
        return;
      default:
        return;
    }
  }

  private sendAction(action: PhoneSeatAction): void {
    if (!this.kept || !this.socket) return;
    this.kept = { ...this.kept, sent: this.kept.sent + 1 };
    keepSeat(this.kept);
    this.socket.send({ type: 'input', action, n: this.kept.sent });
  }

  /** The grace time passed without the seat coming back: start again from the code. */
  private seatLost(): void {
    const code = this.kept?.code ?? '';
    this.leaveRoom(false);
    this.dispatch({ type: 'code-refused', code, problem: 'seat-lost' });
  }

  /** Closes the socket and forgets the seat; `tell` says so to the room first (the seat is given up now). */
  private leaveRoom(tell = true): void {
    if (tell && this.kept) this.socket?.send({ type: 'leave' });
    clearTimeout(this.awayTimer);
    this.socket?.close();
    this.socket = null;
    this.hello = null;
    this.kept = null;
    this.lostAt = null;
    forgetSeat();
  }

  private reloadOnce(): void {
    const last = Number(sessionStorage.getItem(RELOAD_MARK) ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem(RELOAD_MARK, String(Date.now()));
    location.reload();
  }
}

import type { ServerToPhone } from '../../shared/room/phone-messages';
import { AVATARS, SEAT_STYLES, type Avatar, type SeatStyle } from '../../shared/seat-style';
import type { Choice, CodeProblem, ControllerState, IdentityProblem, Page, Player } from './page';
import { pageOfSeatView } from './seat-view';

/** Everything that changes what the phone shows: the player's taps, the socket, the server's messages. */
export type ControllerEvent =
  | { type: 'code-entered'; code: string }
  | { type: 'code-refused'; code: string; problem: CodeProblem }
  | { type: 'suggestions'; pseudonyms: readonly string[] }
  | { type: 'pseudonym-chosen'; pseudonym: string }
  | { type: 'avatar-chosen'; avatar: Avatar }
  | { type: 'card-mode'; on: boolean }
  | { type: 'identity-problem'; problem: IdentityProblem }
  /** A join or a rejoin is on its way for `player` in room `code`. */
  | { type: 'joining'; code: string; player: Player }
  | { type: 'choice-pressed'; choice: Choice }
  | { type: 'socket'; up: boolean }
  | { type: 'start-again'; code?: string }
  | { type: 'server'; message: ServerToPhone };

export function initialState(code = '', avatar: Avatar = AVATARS[0]): ControllerState {
  return { page: { kind: 'code', code, problem: null }, room: null, seat: null, connection: 'idle', screenAway: false, picked: null, player: null, avatar };
}

type State = ControllerState;

/** The seat style of a palette index: SEAT_STYLES for the first six, then round again. */
export function seatStyleAt(index: number): SeatStyle {
  return SEAT_STYLES[index % SEAT_STYLES.length]!;
}

function identityPage(state: State, code: string, change: Partial<Extract<Page, { kind: 'identity' }>> = {}): Page {
  const current = state.page.kind === 'identity' ? state.page : null;
  return {
    kind: 'identity',
    code,
    mode: current?.mode ?? 'guest',
    suggestions: current?.suggestions ?? [],
    pseudonym: current?.pseudonym ?? null,
    avatar: current?.avatar ?? state.avatar,
    problem: null,
    ...change,
  };
}

/** The room's code the phone is dealing with now, whatever page it shows. */
function codeOf(state: State): string {
  return state.room ?? ('code' in state.page ? state.page.code : '');
}

/**
 * What the phone shows after `event`: pure, so every path (a refusal, a drop, a view out of
 * order) is tested without a socket. Side effects (sending, vibrating, storage) are the page's.
 */
export function reduce(state: State, event: ControllerEvent): State {
  switch (event.type) {
    case 'code-entered':
      return { ...state, page: identityPage(state, event.code) };
    case 'code-refused':
      return { ...state, room: null, seat: null, player: null, connection: 'idle', picked: null, page: { kind: 'code', code: event.code, problem: event.problem } };
    case 'suggestions':
      if (state.page.kind !== 'identity') return state;
      return { ...state, page: { ...state.page, suggestions: event.pseudonyms, pseudonym: event.pseudonyms.includes(state.page.pseudonym ?? '') ? state.page.pseudonym : null } };
    case 'pseudonym-chosen':
      return state.page.kind === 'identity' ? { ...state, page: { ...state.page, pseudonym: event.pseudonym, problem: null } } : state;
    case 'avatar-chosen':
      return state.page.kind === 'identity' ? { ...state, avatar: event.avatar, page: { ...state.page, avatar: event.avatar } } : state;
    case 'card-mode':
      return state.page.kind === 'identity' ? { ...state, page: { ...state.page, mode: event.on ? 'card' : 'guest', problem: null } } : state;
    case 'identity-problem':
      return state.page.kind === 'identity' ? { ...state, page: { ...state.page, problem: event.problem } } : state;
    case 'joining':
      return { ...state, room: event.code, player: event.player, page: { kind: 'joining', code: event.code } };
    case 'choice-pressed': {
      const page = state.page;
      if (page.kind !== 'round' || page.layout.kind !== 'choices4' || page.layout.locked || page.feedback) return state;
      return {
        ...state,
        picked: { index: page.progress?.index ?? -1, choice: event.choice },
        page: { ...page, layout: { ...page.layout, picked: event.choice } },
      };
    }
    case 'socket':
      if (!event.up) return state.connection === 'idle' && state.page.kind !== 'joining' ? state : { ...state, connection: 'reconnecting' };
      // A socket open again is not yet a seat back: "reconnecting" stays until `joined` says so.
      return state.connection === 'reconnecting' ? state : { ...state, connection: 'online' };
    case 'start-again':
      return { ...initialState(event.code ?? '', state.avatar) };
    case 'server':
      return fromServer(state, event.message);
  }
}

function fromServer(state: State, message: ServerToPhone): State {
  switch (message.type) {
    case 'joined': {
      const player = state.player;
      if (!player) return state;
      const seat = { seatId: message.seat, style: seatStyleAt(message.style), pseudonym: player.pseudonym, avatar: player.avatar };
      // Back after a drop mid-round: keep the round on screen until the screen sends the seat's view.
      const keep = state.seat?.seatId === message.seat && (state.page.kind === 'round' || state.page.kind === 'results');
      return { ...state, seat, connection: 'online', page: keep ? state.page : { kind: 'lobby', nextRound: false } };
    }
    case 'waiting':
      return { ...state, connection: 'online', page: { kind: 'lobby', nextRound: true } };
    case 'refused':
      switch (message.reason) {
        case 'unknown_code':
          return reduce(state, { type: 'code-refused', code: codeOf(state), problem: 'unknown-room' });
        case 'locked':
          return reduce(state, { type: 'code-refused', code: codeOf(state), problem: 'room-locked' });
        case 'full':
          return reduce(state, { type: 'code-refused', code: codeOf(state), problem: 'room-full' });
        case 'unknown_token':
          return reduce(state, { type: 'code-refused', code: codeOf(state), problem: 'seat-lost' });
        case 'room_away':
          // A seated phone keeps trying to rejoin (the page retries); a new one is told to wait a moment.
          return state.seat ? state : reduce(state, { type: 'code-refused', code: codeOf(state), problem: 'room-away' });
        case 'name_refused':
          return { ...state, room: null, connection: 'idle', page: identityPage(state, codeOf(state), { mode: 'guest', problem: 'name-refused', pseudonym: null }) };
        case 'card_unknown':
          return { ...state, room: null, connection: 'idle', page: identityPage(state, codeOf(state), { mode: 'card', problem: 'card-unknown' }) };
        case 'card_seated':
          return { ...state, room: null, connection: 'idle', page: identityPage(state, codeOf(state), { mode: 'card', problem: 'card-seated' }) };
      }
      return state;
    case 'view': {
      if (!state.seat) return state;
      const index = typeof message.view.index === 'number' ? message.view.index : -1;
      const picked = state.picked?.index === index ? state.picked : null;
      return { ...state, picked, page: pageOfSeatView(message.layout, message.view, picked?.choice ?? null) };
    }
    case 'removed':
      return { ...state, room: null, seat: null, player: null, picked: null, connection: 'idle', screenAway: false, page: { kind: 'ended', reason: message.reason } };
    case 'screen':
      return { ...state, screenAway: !message.present };
    case 'error':
    case 'pong':
      return state;
  }
}

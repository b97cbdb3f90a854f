import { t } from '../../i18n/texts';
import type { Page, Player, SeatIdentity } from '../../state/page';
import type { Actions } from '../actions';
import { h } from '../dom';
import { seatIcon } from '../top-bar';

/** Seated in the lobby: the seat's shape large, so the player finds the same marker on the big screen. */
export function lobbyPage(page: Extract<Page, { kind: 'lobby' }>, seat: SeatIdentity | null, player: Player | null): HTMLElement {
  // Waiting for a seat, the phone has no colour yet: it shows who will play.
  const waiting = !seat && player ? h('p', { class: 'who' }, h('span', { class: 'avatar', 'aria-hidden': 'true' }, player.avatar), h('span', {}, player.pseudonym)) : null;
  return h('section', { class: 'centred', 'aria-live': 'polite' },
    seat ? h('div', { class: 'big-shape' }, seatIcon(seat)) : waiting,
    h('h1', {}, page.nextRound ? t('lobby.nextRound.title') : t('lobby.title')),
    h('p', { class: 'status' }, page.nextRound ? t('lobby.nextRound') : t('lobby.waiting')),
    seat ? h('p', { class: 'dim' }, t('lobby.findYou', { colour: t(`colour.${seat.style.colourName}`), shape: t(`shape.${seat.style.shape}`) })) : null);
}

export function joiningPage(page: Extract<Page, { kind: 'joining' }>): HTMLElement {
  return h('section', { class: 'centred', 'aria-live': 'polite' },
    h('div', { class: 'spinner', 'aria-hidden': 'true' }),
    h('p', { class: 'status' }, t('joining', { code: page.code })));
}

const ENDED_TEXT = { host: 'ended.host', room_closed: 'ended.closed', replaced: 'ended.replaced' } as const;

/** The room is over for this phone; it may start again with a code. */
export function endedPage(page: Extract<Page, { kind: 'ended' }>, actions: Actions): HTMLElement {
  return h('section', { class: 'centred' },
    h('h1', {}, t('ended.title')),
    h('p', { class: 'status' }, t(ENDED_TEXT[page.reason])),
    h('button', { type: 'button', onclick: () => actions.startAgain() }, t('ended.again')));
}

/** Over the page while the socket comes back; the page beneath keeps what it showed. */
export function reconnectingOverlay(): HTMLElement {
  return h('div', { class: 'overlay', role: 'status', 'aria-live': 'polite' },
    h('div', { class: 'card' },
      h('div', { class: 'spinner', 'aria-hidden': 'true' }),
      h('p', { class: 'status' }, t('reconnecting.title')),
      h('p', { class: 'dim' }, t('reconnecting.calm'))));
}

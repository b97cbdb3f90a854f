import { lang, t } from '../i18n/texts';
import type { SeatIdentity } from '../state/page';
import type { Actions } from './actions';
import { cssColour, h } from './dom';
import { seatShapeIcon } from './seat-shape';

/** The seat's shape in its colour, described for a screen reader ("orange circle"). */
export function seatIcon(seat: SeatIdentity): SVGElement {
  return seatShapeIcon(seat.style.shape, cssColour(seat.style.colour), t('seat.describe', { colour: t(`colour.${seat.style.colourName}`), shape: t(`shape.${seat.style.shape}`) }));
}

/** Who this phone is (once seated) on a band of its seat colour, and the language switch. */
export function topBar(seat: SeatIdentity | null, actions: Actions): HTMLElement {
  const other = lang() === 'fr' ? 'en' : 'fr';
  const identity = seat
    ? h('div', { class: 'identity', style: `--seat: ${cssColour(seat.style.colour)}` },
        seatIcon(seat),
        h('span', { class: 'avatar', 'aria-hidden': 'true' }, seat.avatar),
        h('span', { class: 'name' }, seat.pseudonym))
    : h('p', { class: 'brand' }, 'Ludocité');
  return h('header', { class: 'bar' },
    identity,
    // Two letters leave the seat's name room on a narrow phone; the button is named in full.
    h('button', { type: 'button', class: 'secondary small lang', lang: other, 'aria-label': t('lang.other'), onclick: () => actions.switchLang() }, other.toUpperCase()));
}

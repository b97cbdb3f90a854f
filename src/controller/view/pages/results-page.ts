import { t } from '../../i18n/texts';
import type { Page } from '../../state/page';
import { h } from '../dom';

/** The seat's own result: points, and accuracy always with "answered n / m" (unanswered is not wrong). */
export function resultsPage(page: Extract<Page, { kind: 'results' }>): HTMLElement {
  const tally = page.tally;
  const accuracy = tally && tally.answered > 0 ? Math.round((100 * tally.correct) / tally.answered) : null;
  return h('section', { class: 'centred' },
    h('h1', {}, t('results.title')),
    page.rank ? h('p', { class: 'status' }, t('results.rank', { rank: page.rank.rank, seats: page.rank.seats })) : null,
    tally
      ? h('div', { class: 'figures' },
          h('p', { class: 'figure' }, h('span', { class: 'value' }, tally.points), t('results.points')),
          h('p', { class: 'figure' }, h('span', { class: 'value' }, accuracy === null ? '–' : `${accuracy} %`), t('results.accuracy'),
            h('br', {}), h('span', { class: 'dim' }, t('results.answered', { answered: tally.answered, items: tally.items }))))
      : null,
    h('p', { class: 'dim' }, t('results.next')));
}

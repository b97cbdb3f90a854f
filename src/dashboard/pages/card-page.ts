import type { CardProgress } from '../../shared/api/educator-reports';
import { ApiFailure, reportPath, type Period } from '../api';
import { formatAccuracy, formatDate, formatDateTime, formatPercent, objectiveName } from '../format';
import { lang, t } from '../i18n/texts';
import { chartFigure, POINT_STYLES, SERIES_COLOURS } from '../view/chart';
import { announce, h } from '../view/dom';
import { csvLink, sortableTable } from '../view/table';
import { findGroup, periodForm } from './group-page';
import type { PageContext } from './page-context';

type MasteryLine = CardProgress['mastery'][number];
type RoundLine = CardProgress['lastRounds'][number];

/** One card: mastery over time (a chart and its table), its objectives, its last rounds; export and erasure. */
export async function cardPage(context: PageContext, groupId: string, cardId: string, period: Period): Promise<HTMLElement> {
  const [group, report] = await Promise.all([findGroup(context, groupId), context.api.card(groupId, cardId, period)]);
  const l = lang();
  const objective = (id: string) => objectiveName(report.objectiveTitles, id, l);
  const name = `${report.card.avatar} ${report.card.pseudonym}`;
  const times = [...new Set(report.masteryAfterRounds.flatMap((line) => line.points.map((p) => p.at)))].sort();
  const progressRows = times.map((at) => ({ at, values: report.masteryAfterRounds.map((line) => line.points.find((p) => p.at === at)?.pKnown ?? null) }));
  const summary = t('card.chartSummary', { name, n: report.masteryAfterRounds.length, rounds: times.length });
  const chart = times.length
    ? chartFigure(summary, {
        type: 'line',
        data: {
          labels: times.map((at) => formatDateTime(at, l)),
          datasets: report.masteryAfterRounds.map((line, i) => ({
            label: objective(line.objectiveId),
            data: progressRows.map((row) => (row.values[i] === null ? null : Math.round(row.values[i]! * 100))),
            borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
            backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
            pointStyle: POINT_STYLES[i % POINT_STYLES.length],
            pointRadius: 5,
            spanGaps: true,
          })),
        },
        options: { scales: { y: { min: 0, max: 100, title: { display: true, text: t('card.pKnownAxis') } } } },
      })
    : h('p', {}, t('card.noRounds'));
  return h('div', {},
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, t('nav.groups')), ' › ', h('a', { href: `#/group/${groupId}/overview` }, group.name), ' › ', name),
    h('h1', {}, name),
    periodForm(period, (next) => context.go({ page: 'card', groupId, cardId, period: next })),
    h('p', { class: 'actions' }, csvLink(reportPath(groupId, `cards/${encodeURIComponent(cardId)}`, period, l), t('card.title'))),
    h('dl', { class: 'stats' }, h('div', { class: 'stat' }, h('dt', {}, t('overview.accuracy')), h('dd', {}, formatAccuracy(report.answers, t('word.answered'), l)))),
    h('section', { 'aria-labelledby': 'progress-title' },
      h('h2', { id: 'progress-title' }, t('card.progressTitle')),
      chart,
      times.length
        ? sortableTable({
            caption: t('card.progressCaption'),
            empty: t('table.empty'),
            rows: progressRows,
            columns: [
              { label: t('col.when'), value: (r) => r.at, cell: (r) => formatDateTime(r.at, l) },
              ...report.masteryAfterRounds.map((line, i) => ({ label: objective(line.objectiveId), value: (r: (typeof progressRows)[number]) => r.values[i] ?? null, numeric: true, cell: (r: (typeof progressRows)[number]) => formatPercent(r.values[i] ?? null, l) })),
            ],
          })
        : null,
    ),
    h('section', { 'aria-labelledby': 'objectives-title' },
      h('h2', { id: 'objectives-title' }, t('card.objectivesTitle')),
      sortableTable<MasteryLine>({
        caption: t('card.objectivesTitle'),
        empty: t('table.empty'),
        rows: report.mastery,
        columns: [
          { label: t('col.objective'), value: (m) => objective(m.objectiveId) },
          { label: t('card.pKnown'), value: (m) => m.pKnown, numeric: true, cell: (m) => formatPercent(m.pKnown, l) },
          { label: t('card.answers'), value: (m) => m.answers, numeric: true },
          { label: t('card.mastered'), value: (m) => (m.mastered ? 1 : 0), cell: (m) => (m.mastered ? `✔ ${t('word.yes')}` : t('word.no')) },
        ],
      }),
    ),
    h('section', { 'aria-labelledby': 'rounds-title' },
      h('h2', { id: 'rounds-title' }, t('card.roundsTitle')),
      sortableTable<RoundLine>({
        caption: t('card.roundsTitle'),
        empty: t('card.noRounds'),
        rows: report.lastRounds,
        columns: [
          { label: t('col.when'), value: (r) => r.playedAt, cell: (r) => formatDateTime(r.playedAt, l) },
          { label: t('col.pack'), value: (r) => r.packId },
          { label: t('card.points'), value: (r) => r.points, numeric: true },
          { label: t('overview.accuracy'), value: (r) => r.accuracy, numeric: true, cell: (r) => formatAccuracy(r, t('word.answered'), l) },
        ],
      }),
    ),
    h('section', { 'aria-labelledby': 'days-title' },
      h('h2', { id: 'days-title' }, t('card.daysTitle')),
      sortableTable({
        caption: t('card.daysTitle'),
        empty: t('card.noRounds'),
        rows: report.days,
        columns: [
          { label: t('col.day'), value: (d) => d.day, cell: (d) => formatDate(d.day, l) },
          { label: t('overview.accuracy'), value: (d) => d.accuracy, numeric: true, cell: (d) => formatAccuracy(d, t('word.answered'), l) },
        ],
      }),
    ),
    group.mine || context.api.educator?.role === 'admin' ? dataSection(context, groupId, cardId, name) : null,
  );
}

/** Export (JSON) and erasure, behind a confirmation that names the card and what goes. */
function dataSection(context: PageContext, groupId: string, cardId: string, name: string): HTMLElement {
  const message = h('p', { role: 'status', class: 'message' });
  const confirmButton = h('button', { type: 'button', class: 'danger' }, t('card.eraseConfirm'));
  const cancel = h('button', { type: 'button', class: 'secondary' }, t('word.cancel'));
  const dialog = h('dialog', { 'aria-labelledby': 'erase-title' },
    h('h2', { id: 'erase-title' }, t('card.eraseTitle', { name })),
    h('p', {}, t('card.eraseExplain')),
    h('p', { class: 'actions' }, cancel, confirmButton),
  );
  cancel.addEventListener('click', () => dialog.close());
  confirmButton.addEventListener('click', async () => {
    try {
      const erased = await context.api.eraseCard(cardId);
      dialog.close();
      context.go({ page: 'group', groupId, tab: 'cards', period: {} });
      void erased;
    } catch (error) {
      dialog.close();
      announce(message, error instanceof ApiFailure ? error.message : t('error.network'), 'error');
    }
  });
  return h('section', { 'aria-labelledby': 'data-title' },
    h('h2', { id: 'data-title' }, t('card.dataTitle')),
    h('p', {}, t('card.dataExplain')),
    h('p', { class: 'actions' },
      h('a', { class: 'button secondary', href: `/api/educator/cards/${encodeURIComponent(cardId)}/export`, download: '' }, t('card.export')),
      h('button', { type: 'button', class: 'danger', onclick: () => dialog.showModal() }, t('card.erase')),
    ),
    message,
    dialog,
  );
}

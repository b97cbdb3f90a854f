import type { Overview } from '../../shared/api/educator-reports';
import { reportPath } from '../api';
import { formatAccuracy, formatDate, formatNumber, formatPercent, objectiveName } from '../format';
import { lang, t, type TextKey } from '../i18n/texts';
import { chartFigure, SERIES_COLOURS } from '../view/chart';
import { h } from '../view/dom';
import { csvLink, sortableTable } from '../view/table';
import type { GroupTabContext } from './group-page';

type ObjectiveLine = NonNullable<Overview['masteryByObjective']>[number];

/** Participation, rounds, accuracy, the players over the accuracy bands (a chart and its table), mastery per objective. */
export async function overviewTab(context: GroupTabContext): Promise<HTMLElement> {
  const report = await context.api.overview(context.groupId, context.period);
  const l = lang();
  const bandName = (id: string) => t(`band.${id}` as TextKey);
  // Every band, in order, even an empty one (the server lists them all); only types come from the
  // shared schema module, so its validation library stays out of the dashboard's first load.
  const bands = report.bands;
  const stat = (label: string, value: string) => h('div', { class: 'stat' }, h('dt', {}, label), h('dd', {}, value));
  const summary = t('overview.bandsSummary', { list: bands.map((b) => t('overview.bandItem', { band: bandName(b.id), n: b.cards })).join(', ') });
  return h('div', {},
    h('p', { class: 'actions' }, csvLink(reportPath(context.groupId, 'overview', context.period, l), t('tab.overview'))),
    h('p', {}, t('overview.period', { from: formatDate(report.period.from, l), to: formatDate(report.period.to, l) })),
    h('dl', { class: 'stats' },
      stat(t('overview.participation'), t('overview.participationValue', { active: report.activeCards, cards: report.cards })),
      stat(t('overview.rounds'), formatNumber(report.rounds, l)),
      stat(t('overview.accuracy'), formatAccuracy(report.answers, t('word.answered'), l)),
    ),
    h('section', { 'aria-labelledby': 'bands-title' },
      h('h2', { id: 'bands-title' }, t('overview.bandsTitle')),
      chartFigure(summary, {
        type: 'bar',
        data: { labels: bands.map((b) => bandName(b.id)), datasets: [{ label: t('overview.players'), data: bands.map((b) => b.cards), backgroundColor: SERIES_COLOURS[0] }] },
        options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('overview.players') } } } },
      }),
      sortableTable({
        caption: t('overview.bandsTitle'),
        empty: t('table.empty'),
        rows: bands,
        columns: [
          { label: t('overview.band'), value: (b) => bandName(b.id) },
          { label: t('overview.players'), value: (b) => b.cards, numeric: true },
        ],
      }),
    ),
    h('section', { 'aria-labelledby': 'mastery-title' },
      h('h2', { id: 'mastery-title' }, t('overview.masteryTitle')),
      report.masteryByObjective === null
        ? h('p', {}, t('overview.noMastery'))
        : sortableTable<ObjectiveLine>({
            caption: t('overview.masteryTitle'),
            empty: t('table.empty'),
            rows: report.masteryByObjective,
            columns: [
              { label: t('col.objective'), value: (o) => objectiveName(report.objectiveTitles, o.objectiveId, l) },
              { label: t('col.pack'), value: (o) => o.packId },
              { label: t('overview.cardsWithMastery'), value: (o) => o.cards, numeric: true },
              { label: t('overview.mastered'), value: (o) => o.mastered, numeric: true, cell: (o) => `${o.mastered} / ${o.cards}` },
              { label: t('overview.meanPKnown'), value: (o) => o.meanPKnown, numeric: true, cell: (o) => formatPercent(o.meanPKnown, l) },
            ],
          }),
    ),
  );
}

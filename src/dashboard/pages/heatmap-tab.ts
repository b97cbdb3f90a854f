import { reportPath } from '../api';
import { formatPercent, masteryBand, masteryTint, objectiveName } from '../format';
import { lang, t, type TextKey } from '../i18n/texts';
import { routeHash } from '../route';
import { h } from '../view/dom';
import { sortableTable, type Column } from '../view/table';
import type { GroupTabContext } from './group-page';

interface HeatmapRow {
  cardId: string;
  name: string;
  pKnown: (number | null)[];
  answers: number[];
}

/**
 * Cards × objectives: each cell says P(known) as a percent and the answers it rests on, on a light
 * tint of its band — colour plus the number, never colour alone. Sortable by any objective.
 */
export async function heatmapTab(context: GroupTabContext): Promise<HTMLElement> {
  const report = await context.api.heatmap(context.groupId);
  const l = lang();
  const rows: HeatmapRow[] = report.cards.map((card, c) => ({
    cardId: card.cardId,
    name: `${card.avatar} ${card.pseudonym}`,
    pKnown: report.pKnown[c] ?? [],
    answers: report.answers[c] ?? [],
  }));
  const cell = (row: HeatmapRow, o: number) => {
    const p = row.pKnown[o] ?? null;
    const band = masteryBand(p);
    const label = p === null ? t('heatmap.noAnswer') : t('heatmap.cell', { p: formatPercent(p, l), n: row.answers[o] ?? 0, band: t(`mastery.${band}` as TextKey) });
    return h('span', { class: `heat heat-${band}`, style: `background:${masteryTint(p)}`, title: label },
      p === null ? h('span', { 'aria-label': label }, '—') : [h('strong', {}, formatPercent(p, l)), h('small', {}, t('heatmap.answers', { n: row.answers[o] ?? 0 }))],
    );
  };
  const columns: Column<HeatmapRow>[] = [
    { label: t('col.card'), value: (r) => r.name, cell: (r) => h('a', { href: routeHash({ page: 'card', groupId: context.groupId, cardId: r.cardId, period: {} }) }, r.name) },
    ...report.objectives.map((objective, o): Column<HeatmapRow> => ({ label: objectiveName(report.objectiveTitles, objective, l), value: (r) => r.pKnown[o] ?? null, numeric: true, cell: (r) => cell(r, o) })),
  ];
  const legend = h('ul', { class: 'legend', 'aria-label': t('heatmap.legend') },
    (['mastered', 'near', 'learning', 'low', 'none'] as const).map((band) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${masteryTint(band === 'mastered' ? 1 : band === 'near' ? 0.8 : band === 'learning' ? 0.5 : band === 'low' ? 0.1 : null)}`, 'aria-hidden': 'true' }), t(`mastery.${band}` as TextKey)),
    ),
  );
  return h('div', {},
    h('p', {}, t('heatmap.intro')),
    legend,
    sortableTable({ caption: t('heatmap.caption'), empty: t('heatmap.empty'), rows, columns, csvHref: reportPath(context.groupId, 'heatmap', {}, l) }),
  );
}

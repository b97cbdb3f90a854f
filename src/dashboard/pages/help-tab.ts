import type { Help } from '../../shared/api/educator-reports';
import { reportPath } from '../api';
import { formatPercent, objectiveName } from '../format';
import { lang, t } from '../i18n/texts';
import { routeHash } from '../route';
import { h } from '../view/dom';
import { sortableTable } from '../view/table';
import type { GroupTabContext } from './group-page';

type HelpCard = Help['cards'][number];

/** Cards with low mastery after enough answers, and on which objectives; weakest first. */
export async function helpTab(context: GroupTabContext): Promise<HTMLElement> {
  const report = await context.api.help(context.groupId);
  const l = lang();
  const weakest = (card: HelpCard) => Math.min(...card.objectives.map((o) => o.pKnown));
  return h('div', {},
    h('p', {}, t('help.rule', { p: formatPercent(report.threshold.pKnownBelow, l), n: report.threshold.minAnswers })),
    sortableTable<HelpCard>({
      caption: t('help.caption'),
      empty: t('help.empty'),
      rows: report.cards,
      csvHref: reportPath(context.groupId, 'help', {}, l),
      columns: [
        { label: t('col.card'), value: (c) => c.pseudonym, cell: (c) => h('a', { href: routeHash({ page: 'card', groupId: context.groupId, cardId: c.cardId, period: {} }) }, `${c.avatar} ${c.pseudonym}`) },
        { label: t('help.weakest'), value: weakest, numeric: true, cell: (c) => formatPercent(weakest(c), l) },
        {
          label: t('help.objectives'),
          value: (c) => c.objectives.length,
          cell: (c) => h('ul', { class: 'plain' }, c.objectives.map((o) => h('li', {}, t('help.objectiveLine', { objective: objectiveName(report.objectiveTitles, o.objectiveId, l), p: formatPercent(o.pKnown, l), n: o.answers })))),
        },
      ],
    }),
  );
}

import type { QuestionLine } from '../../shared/api/educator-reports';
import { reportPath } from '../api';
import { formatNumber, formatPercent, objectiveName } from '../format';
import { lang, t, type TextKey } from '../i18n/texts';
import { h } from '../view/dom';
import { sortableTable } from '../view/table';
import type { GroupTabContext } from './group-page';

/**
 * Per item: share right, discrimination, the most chosen wrong answer; hardest first. The items
 * that look broken are listed apart, with the pack and item id a studio needs to mend them.
 */
export async function questionsTab(context: GroupTabContext): Promise<HTMLElement> {
  const report = await context.api.questions(context.groupId, context.period);
  const l = lang();
  const flagged = report.items.filter((item) => item.toCheck);
  const flags = (item: QuestionLine) => item.flags.map((flag) => t(`flag.${flag}` as TextKey)).join(', ');
  return h('div', {},
    h('section', { 'aria-labelledby': 'check-title' },
      h('h2', { id: 'check-title' }, t('questions.toCheckTitle', { n: flagged.length })),
      flagged.length
        ? h('ul', { class: 'to-check' }, flagged.map((item) => h('li', {}, h('strong', {}, t('questions.toCheck')), ' ', h('code', {}, `${item.packId} / ${item.item}`), ` — ${flags(item)}`)))
        : h('p', {}, t('questions.noneToCheck')),
    ),
    h('section', { 'aria-labelledby': 'items-title' },
      h('h2', { id: 'items-title' }, t('questions.title')),
      h('p', { class: 'hint' }, t('questions.explain')),
      sortableTable<QuestionLine>({
        caption: t('questions.caption'),
        empty: t('questions.empty'),
        rows: report.items,
        csvHref: reportPath(context.groupId, 'questions', context.period, l),
        columns: [
          { label: t('col.item'), value: (q) => `${q.packId} / ${q.item}`, cell: (q) => h('code', {}, `${q.packId} / ${q.item}`) },
          { label: t('col.objective'), value: (q) => objectiveName(report.objectiveTitles, q.objectiveId, l) },
          { label: t('questions.shareCorrect'), value: (q) => q.shareCorrect, numeric: true, cell: (q) => `${formatPercent(q.shareCorrect, l)} (${q.correct} / ${q.answered})` },
          { label: t('questions.unanswered'), value: (q) => q.unanswered, numeric: true },
          { label: t('questions.discrimination'), value: (q) => q.discrimination, numeric: true, cell: (q) => formatNumber(q.discrimination, l, 2) },
          { label: t('questions.topWrong'), value: (q) => q.topWrongResponse?.response ?? null, cell: (q) => (q.topWrongResponse ? t('questions.topWrongValue', { response: q.topWrongResponse.response, n: q.topWrongResponse.count }) : '—') },
          { label: t('questions.check'), value: (q) => (q.toCheck ? flags(q) : null), cell: (q) => (q.toCheck ? h('span', { class: 'flag' }, `⚠ ${t('questions.toCheck')} : ${flags(q)}`) : '—') },
        ],
      }),
    ),
  );
}

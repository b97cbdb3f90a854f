import type { GroupSummary } from '../../shared/api/educator-groups';
import { ApiFailure, type Period } from '../api';
import { dayFormat, formatDate, parseDay } from '../format';
import { lang, t, type TextKey } from '../i18n/texts';
import { GROUP_TABS, routeHash, type GroupTab } from '../route';
import { announce, h } from '../view/dom';
import { cardsTab } from './cards-tab';
import { heatmapTab } from './heatmap-tab';
import { helpTab } from './help-tab';
import { overviewTab } from './overview-tab';
import type { PageContext } from './page-context';
import { questionsTab } from './questions-tab';

/** What a tab is given: the group's id at once, the group itself when its answer comes (both are asked together). */
export interface GroupTabContext extends PageContext {
  groupId: string;
  group: Promise<GroupSummary>;
  period: Period;
}

const TABS: Record<GroupTab, (context: GroupTabContext) => Promise<HTMLElement>> = {
  overview: overviewTab,
  heatmap: heatmapTab,
  questions: questionsTab,
  help: helpTab,
  cards: cardsTab,
};
/** The tabs whose report depends on the period (mastery and help are "now", from every answer). */
const WITH_PERIOD = new Set<GroupTab>(['overview', 'questions']);

export async function findGroup(context: PageContext, groupId: string): Promise<GroupSummary> {
  const group = (await context.api.groups()).groups.find((g) => g.id === groupId);
  if (!group) throw new ApiFailure(404, t('group.unknown'));
  return group;
}

/** One group: its name, the tabs of its reports, the period, and the tab's content. */
export async function groupPage(context: PageContext, groupId: string, tab: GroupTab, period: Period): Promise<HTMLElement> {
  // The group and the tab's report are asked for together, not one after the other.
  const groupAnswer = findGroup(context, groupId);
  const [group, content] = await Promise.all([groupAnswer, TABS[tab]({ ...context, groupId, group: groupAnswer, period })]);
  const nav = h('nav', { 'aria-label': t('group.tabs'), class: 'tabs' },
    h('ul', {}, GROUP_TABS.map((each) =>
      h('li', {}, h('a', { href: routeHash({ page: 'group', groupId, tab: each, period }), 'aria-current': each === tab ? 'page' : null }, t(`tab.${each}` as TextKey))),
    )),
  );
  return h('div', {},
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, t('nav.groups')), ' › ', group.name),
    h('h1', {}, `${group.name} — ${t(`tab.${tab}` as TextKey)}`),
    nav,
    WITH_PERIOD.has(tab) ? periodForm(period, (next) => context.go({ page: 'group', groupId, tab, period: next })) : h('p', { class: 'hint' }, t('group.masteryNow')),
    content,
  );
}

/**
 * From and to days (the centre's time zone, both included); by default the last 30 days. The days
 * are typed as the dashboard's language writes dates (29/11/2026), not in the browser's own date
 * picker, whose order follows the browser's locale whatever language the page is in.
 */
export function periodForm(period: Period, apply: (period: Period) => void): HTMLElement {
  const l = lang();
  const format = dayFormat(l);
  const field = (id: string, label: string, day: string | undefined) => {
    const input = h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: format, size: 12, value: day ? formatDate(day, l) : '', 'aria-describedby': 'period-format' });
    return { input, label, block: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  };
  const from = field('period-from', t('period.from'), period.from);
  const to = field('period-to', t('period.to'), period.to);
  const message = h('p', { role: 'alert', class: 'message' });
  const form = h('form', { class: 'inline-form period', novalidate: true },
    from.block,
    to.block,
    h('button', { type: 'submit', class: 'secondary' }, t('period.apply')),
    h('p', { class: 'hint', id: 'period-format' }, t('period.format', { format }), period.from || period.to ? '' : ` — ${t('period.default')}`),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const days: (string | undefined)[] = [];
    for (const { input, label } of [from, to]) {
      input.removeAttribute('aria-invalid');
      if (!input.value.trim()) {
        days.push(undefined);
        continue;
      }
      const reading = parseDay(input.value, l);
      if (!reading.ok) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        announce(message, t(reading.problem === 'format' ? 'period.badFormat' : 'period.badDay', { field: label, text: input.value.trim(), format }), 'error');
        return;
      }
      days.push(reading.day);
    }
    const [fromDay, toDay] = days;
    if (fromDay && toDay && fromDay > toDay) {
      from.input.setAttribute('aria-invalid', 'true');
      from.input.focus();
      announce(message, t('period.order', { from: formatDate(fromDay, l), to: formatDate(toDay, l) }), 'error');
      return;
    }
    apply({ from: fromDay, to: toDay });
  });
  return form;
}

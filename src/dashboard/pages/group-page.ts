import type { GroupSummary } from '../../shared/api/educator-groups';
import { ApiFailure, type Period } from '../api';
import { t, type TextKey } from '../i18n/texts';
import { GROUP_TABS, routeHash, type GroupTab } from '../route';
import { h } from '../view/dom';
import { cardsTab } from './cards-tab';
import { heatmapTab } from './heatmap-tab';
import { helpTab } from './help-tab';
import { overviewTab } from './overview-tab';
import type { PageContext } from './page-context';
import { questionsTab } from './questions-tab';

export interface GroupTabContext extends PageContext {
  group: GroupSummary;
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
  const group = await findGroup(context, groupId);
  const content = await TABS[tab]({ ...context, group, period });
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

/** From and to days (the centre's time zone, both included); by default the last 30 days. */
export function periodForm(period: Period, apply: (period: Period) => void): HTMLElement {
  const from = h('input', { id: 'period-from', type: 'date', value: period.from ?? '' });
  const to = h('input', { id: 'period-to', type: 'date', value: period.to ?? '' });
  const form = h('form', { class: 'inline-form period' },
    h('div', { class: 'field' }, h('label', { for: 'period-from' }, t('period.from')), from),
    h('div', { class: 'field' }, h('label', { for: 'period-to' }, t('period.to')), to),
    h('button', { type: 'submit', class: 'secondary' }, t('period.apply')),
    h('p', { class: 'hint' }, period.from || period.to ? '' : t('period.default')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply({ from: from.value || undefined, to: to.value || undefined });
  });
  return form;
}

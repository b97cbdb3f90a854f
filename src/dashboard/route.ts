import type { Period } from './api';

/** Where the dashboard is, read from the address's hash (`#/group/grp-…/heatmap?from=…`). */
export type Route =
  | { page: 'login' }
  | { page: 'groups' }
  | { page: 'privacy' }
  | { page: 'group'; groupId: string; tab: GroupTab; period: Period }
  | { page: 'card'; groupId: string; cardId: string; period: Period };

export const GROUP_TABS = ['overview', 'heatmap', 'questions', 'help', 'cards'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const period: Period = {};
  const from = params.get('from');
  const to = params.get('to');
  if (from && DAY.test(from)) period.from = from;
  if (to && DAY.test(to)) period.to = to;
  if (parts[0] === 'login') return { page: 'login' };
  if (parts[0] === 'privacy') return { page: 'privacy' };
  if (parts[0] === 'group' && parts[1]) {
    if (parts[2] === 'card' && parts[3]) return { page: 'card', groupId: parts[1], cardId: parts[3], period };
    const tab = (GROUP_TABS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as GroupTab) : 'overview';
    return { page: 'group', groupId: parts[1], tab, period };
  }
  return { page: 'groups' };
}

export function routeHash(route: Route): string {
  const query = (period: Period) => {
    const text = new URLSearchParams(Object.entries(period).filter((e): e is [string, string] => !!e[1])).toString();
    return text ? `?${text}` : '';
  };
  switch (route.page) {
    case 'login':
    case 'groups':
    case 'privacy':
      return `#/${route.page === 'groups' ? '' : route.page}`;
    case 'group':
      return `#/group/${encodeURIComponent(route.groupId)}/${route.tab}${query(route.period)}`;
    case 'card':
      return `#/group/${encodeURIComponent(route.groupId)}/card/${encodeURIComponent(route.cardId)}${query(route.period)}`;
  }
}

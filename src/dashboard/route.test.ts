import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('dashboard routes', () => {
  it('reads every page from the hash and writes it back the same', () => {
    const routes: Route[] = [
      { page: 'groups' },
      { page: 'login' },
      { page: 'privacy' },
      { page: 'group', groupId: 'grp-0123456789abcdef', tab: 'heatmap', period: { from: '2026-11-01', to: '2026-11-29' } },
      { page: 'card', groupId: 'grp-0123456789abcdef', cardId: 'card-1', period: {} },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('opens the overview for an unknown tab and drops a period that is not a day', () => {
    expect(parseRoute('#/group/grp-1/nowhere?from=yesterday&to=2026-11-29')).toEqual({ page: 'group', groupId: 'grp-1', tab: 'overview', period: { to: '2026-11-29' } });
    expect(parseRoute('')).toEqual({ page: 'groups' });
  });
});

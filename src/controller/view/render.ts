import { t } from '../i18n/texts';
import type { ControllerState } from '../state/page';
import type { Actions } from './actions';
import { h } from './dom';
import { codePage } from './pages/code-page';
import { identityPage } from './pages/identity-page';
import { resultsPage } from './pages/results-page';
import { roundPage } from './pages/round-page';
import { endedPage, joiningPage, lobbyPage, reconnectingOverlay } from './pages/waiting-pages';
import { topBar } from './top-bar';

function pageView(state: ControllerState, actions: Actions): HTMLElement {
  const page = state.page;
  switch (page.kind) {
    case 'code':
      return codePage(page, actions);
    case 'identity':
      return identityPage(page, actions);
    case 'joining':
      return joiningPage(page);
    case 'lobby':
      return lobbyPage(page, state.seat, state.player);
    case 'round':
      return roundPage(page, actions);
    case 'results':
      return resultsPage(page);
    case 'ended':
      return endedPage(page, actions);
  }
}

/**
 * Draws the whole page for `state`: the top bar, the page, and what lies over it. On a new kind of
 * page the focus moves to its heading (or its field), so a screen reader reads the new page.
 */
export function renderController(root: HTMLElement, state: ControllerState, actions: Actions, before?: ControllerState): void {
  const main = h('main', {}, pageView(state, actions));
  root.replaceChildren(
    ...[
      topBar(state.seat, actions),
      state.screenAway ? h('p', { class: 'notice', role: 'status' }, t('screenAway')) : null,
      main,
      state.connection === 'reconnecting' ? reconnectingOverlay() : null,
    ].filter((part) => part !== null),
  );
  root.dataset.page = state.page.kind;
  root.dataset.connection = state.connection;
  if (before && before.page.kind !== state.page.kind) {
    const target = main.querySelector<HTMLElement>('input, h1');
    if (target?.tagName === 'H1') target.tabIndex = -1;
    target?.focus({ preventScroll: true });
  }
}

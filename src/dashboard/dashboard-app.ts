import { ApiFailure, type EducatorApi } from './api';
import { lang, setLang, t } from './i18n/texts';
import { cardPage } from './pages/card-page';
import { groupPage } from './pages/group-page';
import { groupsPage } from './pages/groups-page';
import { loginPage } from './pages/login-page';
import type { PageContext } from './pages/page-context';
import { privacyPage } from './pages/privacy-page';
import { parseRoute, routeHash, type Route } from './route';
import { h } from './view/dom';

/**
 * The educator dashboard: one page at a time from the address's hash, drawn again on each change.
 * The header holds the navigation, the language switch and sign-out; the page goes in <main>,
 * whose heading takes the focus so keyboard and screen-reader users land on the new content.
 * main.ts loads this module and hands it the API with the session already asked for.
 */
const header = document.getElementById('top')!;
const main = document.getElementById('content')!;
let api: EducatorApi;
let context: PageContext;
let drawing = 0;

function drawHeader(route: Route): void {
  const signedIn = api.educator !== null;
  const link = (href: string, label: string, current: boolean) => h('li', {}, h('a', { href, 'aria-current': current ? 'page' : null }, label));
  header.replaceChildren(
    h('a', { class: 'skip', href: '#content', onclick: (event: Event) => {
      event.preventDefault();
      main.focus();
    } }, t('nav.skip')),
    h('div', { class: 'bar' },
      h('p', { class: 'brand' }, t('app.title')),
      signedIn
        ? h('nav', { 'aria-label': t('nav.main') }, h('ul', {},
            link('#/', t('nav.groups'), route.page === 'groups' || route.page === 'group' || route.page === 'card'),
            link('#/privacy', t('nav.privacy'), route.page === 'privacy'),
          ))
        : null,
      h('div', { class: 'tools' },
        h('button', { type: 'button', class: 'secondary', lang: lang() === 'fr' ? 'en' : 'fr', onclick: () => {
          setLang(lang() === 'fr' ? 'en' : 'fr');
          void draw();
        } }, t('nav.otherLanguage')),
        signedIn
          ? [h('span', { class: 'who' }, t('nav.signedInAs', { login: api.educator!.login })),
            h('button', { type: 'button', class: 'secondary', onclick: async () => {
              await api.signOut();
              context.go({ page: 'login' });
            } }, t('nav.signOut'))]
          : null,
      ),
    ),
  );
}

async function pageFor(route: Route): Promise<HTMLElement> {
  switch (route.page) {
    case 'login':
      return loginPage(context);
    case 'groups':
      return groupsPage(context);
    case 'privacy':
      return privacyPage(context);
    case 'group':
      return groupPage(context, route.groupId, route.tab, route.period);
    case 'card':
      return cardPage(context, route.groupId, route.cardId, route.period);
  }
}

async function draw(): Promise<void> {
  const turn = ++drawing;
  let route = parseRoute(location.hash);
  if (api.educator === null && route.page !== 'login') route = { page: 'login' };
  if (api.educator !== null && route.page === 'login') route = { page: 'groups' };
  drawHeader(route);
  main.setAttribute('aria-busy', 'true');
  let page: HTMLElement;
  try {
    page = await pageFor(route);
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) {
      await api.session();
      if (turn === drawing) context.go({ page: 'login' });
      return;
    }
    page = h('div', {}, h('h1', {}, t('error.title')), h('p', { role: 'alert' }, error instanceof Error ? error.message : String(error)), h('p', {}, h('a', { href: '#/' }, t('nav.groups'))));
  }
  // A slower answer for a page already left is dropped.
  if (turn !== drawing) return;
  main.replaceChildren(page);
  main.removeAttribute('aria-busy');
  document.title = `${page.querySelector('h1')?.textContent ?? ''} — ${t('app.title')}`;
  page.querySelector('h1')?.setAttribute('tabindex', '-1');
  page.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  document.body.dataset.page = route.page;
}

/** Draws the first page once the session's answer (asked by main.ts) is in, then follows the address. */
export async function startDashboard(educatorApi: EducatorApi, session: Promise<unknown>): Promise<void> {
  api = educatorApi;
  context = {
    api,
    go: (route: Route) => {
      const hash = routeHash(route);
      if (location.hash === hash) void draw();
      else location.hash = hash;
    },
    reload: () => void draw(),
  };
  setLang(lang());
  // A centre that did not answer leaves the session empty: the sign-in page says so when it is tried.
  await session.catch(() => undefined);
  window.addEventListener('hashchange', () => void draw());
  await draw();
}

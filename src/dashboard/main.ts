import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';
import { EducatorApi } from './api';
// Reads the reader's language now, while the answers below travel (lang-choice.ts says why).
import './i18n/lang-choice';
import { parseRoute } from './route';

/**
 * The dashboard's entry, kept small on purpose: it asks the centre for the session — and, once
 * signed in, for the groups that every page but sign-in and the children's data starts from —
 * while the rest of the dashboard's script loads. Before, the first page waited for the whole
 * script, then the session, then the groups, one after the other (bench/dashboard/first-page.ts).
 */
const api = new EducatorApi();
const { page } = parseRoute(location.hash);
const session = api.session().then((educator) => {
  // A signed-in reader on the sign-in address is sent to the groups.
  if (educator && page !== 'privacy') api.prefetchGroups();
});
void import('./dashboard-app').then(({ startDashboard }) => startDashboard(api, session));

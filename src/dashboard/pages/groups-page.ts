import type { GroupSummary } from '../../shared/api/educator-groups';
import { ApiFailure } from '../api';
import { formatDate } from '../format';
import { lang, t } from '../i18n/texts';
import { announce, h } from '../view/dom';
import { sortableTable } from '../view/table';
import type { PageContext } from './page-context';

/** The groups the educator owns or shares, and a form to create one. */
export async function groupsPage(context: PageContext): Promise<HTMLElement> {
  const { groups } = await context.api.groups();
  const name = h('input', { id: 'new-group', name: 'name', maxlength: 80, required: true });
  const message = h('p', { role: 'status', class: 'message' });
  const form = h('form', { class: 'inline-form' },
    h('div', { class: 'field' }, h('label', { for: 'new-group' }, t('groups.newName')), name),
    h('button', { type: 'submit' }, t('groups.create')),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const group = await context.api.createGroup(name.value);
      context.go({ page: 'group', groupId: group.id, tab: 'cards', period: {} });
    } catch (error) {
      announce(message, error instanceof ApiFailure ? error.message : t('error.network'), 'error');
    }
  });
  const link = (group: GroupSummary) => h('a', { href: `#/group/${group.id}/overview` }, group.name);
  return h('div', {},
    h('h1', {}, t('groups.title')),
    h('section', { 'aria-labelledby': 'create-title' }, h('h2', { id: 'create-title' }, t('groups.createTitle')), h('p', { class: 'hint' }, t('groups.noNames')), form),
    sortableTable<GroupSummary>({
      caption: t('groups.tableCaption'),
      empty: t('groups.none'),
      rows: groups,
      columns: [
        { label: t('groups.name'), value: (g) => g.name, cell: link },
        { label: t('groups.owner'), value: (g) => (g.mine ? t('groups.you') : g.owner) },
        { label: t('groups.cards'), value: (g) => g.cards, numeric: true },
        { label: t('groups.sharedWith'), value: (g) => g.sharedWith.join(', ') || null },
        { label: t('groups.created'), value: (g) => g.createdAt, cell: (g) => formatDate(g.createdAt, lang()) },
      ],
    }),
  );
}

import type { GroupMember } from '../../shared/api/educator-groups';
import { ApiFailure } from '../api';
import { formatDate, type Lang } from '../format';
import { lang, t } from '../i18n/texts';
import { routeHash } from '../route';
import { announce, h } from '../view/dom';
import { sortableTable } from '../view/table';
import type { GroupTabContext } from './group-page';

/** A form of one field and a button; `act` runs on submit, its refusal is said under the form. */
function oneFieldForm(options: { id: string; label: string; button: string; input?: Record<string, string | number | boolean>; act: (value: string, message: HTMLElement) => Promise<void> }): HTMLElement {
  const input = h('input', { id: options.id, required: true, ...options.input });
  const message = h('p', { role: 'status', class: 'message' });
  const form = h('form', { class: 'inline-form' }, h('div', { class: 'field' }, h('label', { for: options.id }, options.label), input), h('button', { type: 'submit' }, options.button), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await options.act(input.value, message);
    } catch (error) {
      announce(message, error instanceof ApiFailure ? error.message : t('error.network'), 'error');
    }
  });
  return form;
}

/** The group's cards: add by code, make and print new cards, rename and share (the owner), the list. */
export async function cardsTab(context: GroupTabContext): Promise<HTMLElement> {
  const { api } = context;
  const l = lang();
  const membersBlock = h('div', {});
  const showMembers = async () => {
    const { members } = await api.members(context.groupId);
    membersBlock.replaceChildren(membersTable(context.groupId, members, l));
    return members;
  };
  const [group, members] = await Promise.all([context.group, showMembers()]);
  const sheetHref = (ids?: string[]) => `/api/educator/groups/${group.id}/sheet${ids ? `?cards=${ids.join(',')}` : ''}`;
  const made = h('div', { class: 'made', 'aria-live': 'polite' });

  const newCards = oneFieldForm({
    id: 'new-cards',
    label: t('cards.howMany'),
    button: t('cards.make'),
    input: { type: 'number', min: 1, max: 48, value: 12, inputmode: 'numeric' },
    act: async (value) => {
      const { cards } = await api.newCards(group.id, Number(value));
      made.replaceChildren(
        h('p', {}, t('cards.made', { n: cards.length })),
        h('p', {}, h('a', { class: 'button', href: sheetHref(cards.map((c) => c.id)), target: '_blank', rel: 'noopener' }, t('cards.printNew'))),
        h('ul', { class: 'plain columns' }, cards.map((c) => h('li', {}, `${c.avatar} ${c.pseudonym} — `, h('code', {}, c.code)))),
      );
      made.querySelector('a')!.focus();
      await showMembers();
    },
  });
  const addByCode = oneFieldForm({
    id: 'add-code',
    label: t('cards.code'),
    button: t('cards.add'),
    input: { autocapitalize: 'characters', autocomplete: 'off', spellcheck: 'false' },
    act: async (value, message) => {
      const card = await api.addMember(group.id, value.trim().toUpperCase());
      announce(message, t('cards.added', { name: card.pseudonym }));
      await showMembers();
    },
  });
  const sharedText = () => t('cards.sharedWith', { list: group.sharedWith.join(', ') || t('cards.nobody') });
  const sharedLine = h('p', {}, sharedText());
  const owner = group.mine || api.educator?.role === 'admin';
  return h('div', {},
    h('section', { 'aria-labelledby': 'print-title' },
      h('h2', { id: 'print-title' }, t('cards.printTitle')),
      h('p', { class: 'hint' }, t('cards.printHint')),
      newCards,
      made,
      members.length ? h('p', {}, h('a', { class: 'button secondary', href: sheetHref(), target: '_blank', rel: 'noopener' }, t('cards.printAll'))) : null,
    ),
    h('section', { 'aria-labelledby': 'add-title' }, h('h2', { id: 'add-title' }, t('cards.addTitle')), addByCode),
    owner
      ? h('section', { 'aria-labelledby': 'manage-title' },
          h('h2', { id: 'manage-title' }, t('cards.manageTitle')),
          oneFieldForm({ id: 'rename', label: t('cards.rename'), button: t('cards.renameButton'), input: { value: group.name, maxlength: 80 }, act: async (value) => {
            await api.renameGroup(group.id, value);
            context.reload();
          } }),
          oneFieldForm({ id: 'share', label: t('cards.share'), button: t('cards.shareButton'), input: { autocapitalize: 'none' }, act: async (value, message) => {
            const login = value.trim().toLowerCase();
            await api.share(group.id, login);
            announce(message, t('cards.shared', { login }));
            if (!group.sharedWith.includes(login)) group.sharedWith.push(login);
            sharedLine.textContent = sharedText();
          } }),
          sharedLine,
        )
      : null,
    membersBlock,
  );
}

function membersTable(groupId: string, members: GroupMember[], l: Lang): HTMLElement {
  return sortableTable<GroupMember>({
    caption: t('cards.caption', { n: members.length }),
    empty: t('cards.empty'),
    rows: members,
    csvHref: `/api/educator/groups/${groupId}/members?format=csv`,
    csvLabel: t('tab.cards'),
    columns: [
      { label: t('col.card'), value: (m) => m.pseudonym, cell: (m) => h('a', { href: routeHash({ page: 'card', groupId: groupId, cardId: m.id, period: {} }) }, `${m.avatar} ${m.pseudonym}`) },
      { label: t('cards.codeColumn'), value: (m) => m.code, cell: (m) => h('code', {}, m.code) },
      { label: t('cards.rounds'), value: (m) => m.rounds, numeric: true },
      { label: t('cards.lastPlayed'), value: (m) => m.lastPlayedAt, cell: (m) => (m.lastPlayedAt ? formatDate(m.lastPlayedAt, l) : t('cards.never')) },
    ],
  });
}

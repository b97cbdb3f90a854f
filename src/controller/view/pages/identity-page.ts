import { CARD_CODE_LENGTH } from '../../../shared/player-card/card-code';
import { AVATARS } from '../../../shared/seat-style';
import { t } from '../../i18n/texts';
import type { TextKey } from '../../i18n/texts';
import type { IdentityProblem, Page } from '../../state/page';
import type { Actions } from '../actions';
import { clearOnInput, h } from '../dom';

type IdentityPage = Extract<Page, { kind: 'identity' }>;

const PROBLEM_TEXT: Record<IdentityProblem, TextKey> = {
  'card-format': 'card.problem.format',
  'card-unknown': 'card.problem.unknown',
  'card-seated': 'card.problem.seated',
  'card-too-many': 'card.problem.tooMany',
  'name-refused': 'name.problem.refused',
  network: 'problem.network',
};

function problemLine(page: IdentityPage): HTMLElement {
  return h('p', { id: 'identity-problem', class: 'error', role: 'alert' }, page.problem ? t(PROBLEM_TEXT[page.problem]) : '');
}

/** A guest picks one of the centre's suggested pseudonyms and an avatar: nothing to type. */
function guestChoice(page: IdentityPage, actions: Actions): HTMLElement[] {
  return [
    h('h1', { id: 'identity-title' }, t('name.title')),
    // Up here, not under the avatars: a player with a card must not have to scroll to find it.
    h('button', { type: 'button', class: 'secondary small', onclick: () => actions.useCard(true) }, t('name.haveCard')),
    h('div', { class: 'choices-list', role: 'group', 'aria-labelledby': 'identity-title' },
      page.suggestions.length === 0 ? h('p', { class: 'dim' }, t('name.loading')) : null,
      page.suggestions.map((pseudonym) =>
        h('button', { type: 'button', 'aria-pressed': String(pseudonym === page.pseudonym), onclick: () => actions.choosePseudonym(pseudonym) }, pseudonym))),
    h('button', { type: 'button', class: 'secondary small', onclick: () => actions.moreSuggestions() }, t('name.more')),
    h('h2', { id: 'avatar-title' }, t('name.avatar')),
    h('div', { class: 'avatars', role: 'group', 'aria-labelledby': 'avatar-title' },
      AVATARS.map((avatar) => h('button', { type: 'button', 'aria-pressed': String(avatar === page.avatar), onclick: () => actions.chooseAvatar(avatar) }, avatar))),
    problemLine(page),
    h('div', { class: 'actions sticky' },
      h('button', { type: 'button', disabled: page.pseudonym === null, onclick: () => actions.join() }, t('name.join'))),
  ];
}

/** A player with a card types its code; the centre answers with their pseudonym and avatar. */
function cardEntry(page: IdentityPage, actions: Actions): HTMLElement[] {
  const input = h('input', {
    id: 'card-code', name: 'card', maxlength: CARD_CODE_LENGTH + 4, autocomplete: 'off', autocapitalize: 'characters', autocorrect: 'off',
    spellcheck: 'false', enterkeyhint: 'go', 'aria-describedby': 'card-hint identity-problem', 'aria-invalid': page.problem ? 'true' : null,
  });
  const problem = problemLine(page);
  clearOnInput(input, problem);
  return [
    h('h1', { id: 'identity-title' }, t('card.title')),
    h('form', { class: 'stack', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      actions.submitCard(input.value);
    } },
      h('label', { for: 'card-code' }, t('card.label')),
      h('p', { id: 'card-hint', class: 'dim' }, t('card.hint', { length: CARD_CODE_LENGTH })),
      input,
      problem,
      h('button', { type: 'submit' }, t('card.submit'))),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => actions.useCard(false) }, t('card.back'))),
  ];
}

export function identityPage(page: IdentityPage, actions: Actions): HTMLElement {
  return h('section', { class: 'stack', 'aria-labelledby': 'identity-title' },
    h('div', { class: 'room-line' },
      h('p', { class: 'dim' }, t('identity.room', { code: page.code })),
      h('button', { type: 'button', class: 'secondary small', onclick: () => actions.changeRoom() }, t('identity.changeRoom'))),
    ...(page.mode === 'guest' ? guestChoice(page, actions) : cardEntry(page, actions)));
}

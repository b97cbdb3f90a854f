import { ROOM_CODE_LENGTH } from '../../../shared/room/room-code';
import { t } from '../../i18n/texts';
import type { TextKey } from '../../i18n/texts';
import type { CodeProblem, Page } from '../../state/page';
import type { Actions } from '../actions';
import { clearOnInput, h } from '../dom';

const PROBLEM_TEXT: Record<CodeProblem, TextKey> = {
  format: 'code.problem.format',
  'unknown-room': 'code.problem.unknown',
  'room-locked': 'code.problem.locked',
  'room-full': 'code.problem.full',
  'room-away': 'code.problem.away',
  'seat-lost': 'code.problem.seatLost',
};

/** The room code, as the big screen shows it: four letters, the phone's keyboard on capitals. */
export function codePage(page: Extract<Page, { kind: 'code' }>, actions: Actions): HTMLElement {
  const input = h('input', {
    id: 'room-code', name: 'room', value: page.code, maxlength: ROOM_CODE_LENGTH + 4, autocomplete: 'off', autocapitalize: 'characters',
    autocorrect: 'off', spellcheck: 'false', inputmode: 'text', enterkeyhint: 'go', 'aria-describedby': 'code-hint code-problem',
    'aria-invalid': page.problem ? 'true' : null,
  });
  const problem = h('p', { id: 'code-problem', class: 'error', role: 'alert' }, page.problem ? t(PROBLEM_TEXT[page.problem]) : '');
  clearOnInput(input, problem);
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: (event: Event) => {
    event.preventDefault();
    actions.submitCode(input.value);
  } },
    h('label', { for: 'room-code' }, t('code.label')),
    input,
    problem,
    h('button', { type: 'submit' }, t('code.submit')));
  return h('section', { class: 'stack', 'aria-labelledby': 'code-title' },
    h('h1', { id: 'code-title' }, t('code.title')),
    h('p', { id: 'code-hint', class: 'dim' }, t('code.hint', { length: ROOM_CODE_LENGTH })),
    form);
}

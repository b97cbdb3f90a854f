import { t } from '../../i18n/texts';
import type { Choice, Feedback, Layout, Page, Tally } from '../../state/page';
import type { Actions } from '../actions';
import { cssColour, h } from '../dom';
import { FACE_BUTTONS } from '../face-buttons';

type RoundPage = Extract<Page, { kind: 'round' }>;

/** Four big buttons placed as on the pad and the screen's answer panel, each with its colour and letter. */
function choices4(layout: Extract<Layout, { kind: 'choices4' }>, actions: Actions): HTMLElement {
  const answers = h('div', { class: `answers${layout.locked ? ' locked' : ''}`, role: 'group', 'aria-label': t('choices.label') },
    layout.offered.map((choice: Choice) => {
      const face = FACE_BUTTONS[choice];
      const label = layout.labels?.[choice] ?? null;
      return h('button', {
        type: 'button', class: 'answer', 'data-choice': choice, style: `background: ${cssColour(face.colour)}`,
        'aria-pressed': String(layout.picked === choice), 'aria-label': label ? `${face.letter} — ${label}` : t('choices.answer', { letter: face.letter }),
        disabled: layout.locked, onclick: () => actions.choose(choice),
      },
        h('span', { class: 'glyph', 'aria-hidden': 'true' }, face.letter),
        label ? h('span', { class: 'label' }, label) : null,
        // The pressed answer is told by words too, not by its frame alone.
        layout.picked === choice ? h('span', { class: 'yours' }, t('choices.yours')) : null);
    }));
  return h('div', { class: 'stack', style: 'flex: 1' },
    h('p', { class: 'hint-line', role: 'status' }, layout.locked ? t('choices.locked') : t('choices.pick')),
    answers);
}

/** The d-pad under the left thumb and A / B under the right, for games that move something. */
function dpad(actions: Actions): HTMLElement {
  const arrow = (cls: string, text: string, x: -1 | 0 | 1, y: -1 | 0 | 1, label: string) =>
    h('button', { type: 'button', class: cls, 'aria-label': label, onclick: () => actions.step(x, y) }, text);
  const face = (choice: 0 | 1, button: 'confirm' | 'back') =>
    h('button', { type: 'button', class: choice === 0 ? 'a' : 'b', style: `background: ${cssColour(FACE_BUTTONS[choice].colour)}`, onclick: () => actions.press(button) },
      FACE_BUTTONS[choice].letter);
  return h('div', { class: 'pad' },
    h('div', { class: 'dpad', role: 'group', 'aria-label': t('dpad.label') },
      arrow('up', '▲', 0, -1, t('dpad.up')), arrow('left', '◀', -1, 0, t('dpad.left')),
      arrow('right', '▶', 1, 0, t('dpad.right')), arrow('down', '▼', 0, 1, t('dpad.down'))),
    h('div', { class: 'face' }, face(0, 'confirm'), face(1, 'back')));
}

/** Right, wrong or no answer, told by a mark and a word (never colour alone), the points and why. */
export function feedbackCard(feedback: Feedback, tally: Tally | null, rank: { rank: number; seats: number } | null): HTMLElement {
  const mark = { correct: '✓', wrong: '✗', unanswered: '–' }[feedback.outcome];
  return h('div', { class: `feedback ${feedback.outcome}`, role: 'status' },
    h('div', { class: 'mark', 'aria-hidden': 'true' }, mark),
    h('p', { class: 'verdict' }, t(`feedback.${feedback.outcome}`)),
    h('p', { class: 'points' }, feedback.points > 0 ? t('feedback.points', { points: feedback.points }) : t('feedback.noPoints')),
    feedback.explanation ? h('p', { class: 'explanation' }, feedback.explanation) : null,
    tally ? h('p', { class: 'dim' }, t('feedback.total', { points: tally.points })) : null,
    rank ? h('p', { class: 'dim' }, t('feedback.rank', { rank: rank.rank, seats: rank.seats })) : null);
}

export function roundPage(page: RoundPage, actions: Actions): HTMLElement {
  const progress = page.progress ? h('p', { class: 'dim', style: 'text-align: center; margin: 0' }, t('round.progress', { index: page.progress.index + 1, total: page.progress.total })) : null;
  if (page.feedback) return h('section', { class: 'centred' }, progress, feedbackCard(page.feedback, page.tally, page.rank));
  if (page.intro) return h('section', { class: 'centred' }, progress, h('p', { class: 'status' }, t('round.ready')));
  switch (page.layout.kind) {
    case 'choices4':
      return h('section', { class: 'stack', style: 'flex: 1' }, progress, choices4(page.layout, actions));
    case 'dpad':
      return h('section', { class: 'stack', style: 'flex: 1' }, progress, dpad(actions));
    case 'wait':
      return h('section', { class: 'centred' }, progress, h('p', { class: 'status' }, t('round.watch')));
  }
}

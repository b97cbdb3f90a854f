import type { AnswerRules } from './item-round-types';
import type { ChoiceIndex } from './rules';

const ALL: readonly ChoiceIndex[] = [0, 1, 2, 3];

/**
 * The four-choice answer: a seat's first press of an offered face button is its answer, locked.
 * `offered` says which buttons the item uses (all four when left out); `right` lets the best-play
 * bot of the conformance kit find the right one.
 * @example
 * answer: choiceAnswer<Question>({ right: (question) => question.answer }),
 */
export function choiceAnswer<Item>(options: { offered?: (item: Item) => readonly ChoiceIndex[]; right?: (item: Item) => ChoiceIndex } = {}): AnswerRules<Item, ChoiceIndex | null> {
  return {
    start: () => null,
    input(answer, action, item, { locked }) {
      if (locked || answer !== null || action.type !== 'choice') return;
      if (!(options.offered?.(item) ?? ALL).includes(action.choice)) return;
      return { answer: action.choice, lock: true };
    },
    ...(options.right ? { best: (_answer: ChoiceIndex | null, item: Item) => [{ type: 'choice' as const, choice: options.right!(item) }] } : {}),
  };
}

import { checkPseudonym } from './pseudonym-filter';
import { PSEUDONYM_ADJECTIVES, PSEUDONYM_NOUNS } from './pseudonym-words';

/** A source of whole numbers from `min` to `max`, both included (seeded in tests, crypto on the server). */
export type PickInt = (min: number, max: number) => number;

/**
 * A friendly pseudonym, "Panda Rapide 42": noun, adjective and a number from 10 to 99, so about
 * 100 000 differ and a child can pick one without typing.
 */
export function generatePseudonym(pickInt: PickInt): string {
  const noun = PSEUDONYM_NOUNS[pickInt(0, PSEUDONYM_NOUNS.length - 1)];
  const adjective = PSEUDONYM_ADJECTIVES[pickInt(0, PSEUDONYM_ADJECTIVES.length - 1)];
  // Some numbers are refused by the filter (hate codes): draw again, so a suggestion always passes.
  for (let attempt = 0; attempt < 20; attempt++) {
    const pseudonym = `${noun} ${adjective} ${pickInt(10, 99)}`;
    if (checkPseudonym(pseudonym).ok) return pseudonym;
  }
  return `${noun} ${adjective}`;
}

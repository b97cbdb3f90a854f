import { describe, expect, it } from 'vitest';
import { checkPseudonym } from './pseudonym-filter';
import { generatePseudonym } from './pseudonym-generator';
import { PSEUDONYM_ADJECTIVES, PSEUDONYM_NOUNS } from './pseudonym-words';

describe('generatePseudonym', () => {
  it('never suggests what the filter refuses, whatever number is drawn', () => {
    for (let number = 10; number <= 99; number++) {
      for (let noun = 0; noun < PSEUDONYM_NOUNS.length; noun++) {
        // Every draw of the number returns `number` until the generator gives up on it.
        let draws = 0;
        const pick = (min: number, max: number) => (min === 10 ? (draws++ < 5 ? number : 12) : min === 0 && max === PSEUDONYM_NOUNS.length - 1 ? noun : 0);
        const pseudonym = generatePseudonym(pick);
        expect(checkPseudonym(pseudonym), pseudonym).toMatchObject({ ok: true });
      }
    }
  });

  it('makes every noun and adjective pair acceptable on its own', () => {
    for (const noun of PSEUDONYM_NOUNS) for (const adjective of PSEUDONYM_ADJECTIVES) expect(checkPseudonym(`${noun} ${adjective}`).ok, `${noun} ${adjective}`).toBe(true);
  });
});

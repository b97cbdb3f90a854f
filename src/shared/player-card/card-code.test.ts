import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { CARD_CODE_ALPHABET, cardCodeSchema, generateCardCode, isCardCode } from './card-code';

describe('card codes', () => {
  it('use an alphabet without look-alikes', () => {
    expect(new Set(CARD_CODE_ALPHABET).size).toBe(20);
    for (const lookAlike of '0O1IL2Z5S8BGQDUV') expect(CARD_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('are generated from that alphabet', () => {
    const random = createRandom(3);
    for (let i = 0; i < 200; i++) expect(isCardCode(generateCardCode(random.int))).toBe(true);
  });

  it('parse as typed: lower case, spaces and hyphens are fine', () => {
    expect(cardCodeSchema.parse('hk 7m-a'.replace('k', 'x'))).toBe('HX7MA');
    expect(cardCodeSchema.safeParse('HX7M').success).toBe(false);
    expect(cardCodeSchema.safeParse('HX7MO').success).toBe(false);
  });
});

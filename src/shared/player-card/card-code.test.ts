import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH, cardCodeSchema, formatCardCode, generateCardCode, isCardCode } from './card-code';

describe('card codes', () => {
  it('use an alphabet without look-alikes', () => {
    expect(new Set(CARD_CODE_ALPHABET).size).toBe(20);
    for (const lookAlike of '0O1IL2Z5S8BGQDUV') expect(CARD_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('are long enough that 5,000 cards leave one hit in over a million guesses', () => {
    expect(CARD_CODE_ALPHABET.length ** CARD_CODE_LENGTH / 5_000).toBeGreaterThan(1_000_000);
  });

  it('are generated from that alphabet', () => {
    const random = createRandom(3);
    for (let i = 0; i < 200; i++) expect(isCardCode(generateCardCode(random.int))).toBe(true);
  });

  it('parse as typed: lower case, spaces and hyphens are fine', () => {
    expect(cardCodeSchema.parse('hx 7m-a349')).toBe('HX7MA349');
    expect(cardCodeSchema.safeParse('HX7MA34').success).toBe(false);
    expect(cardCodeSchema.safeParse('HX7MA34O').success).toBe(false);
    expect(cardCodeSchema.safeParse('HX7MA').success).toBe(false);
  });

  it('are shown in two groups of four', () => {
    expect(formatCardCode('HX7MA349')).toBe('HX7M A349');
  });
});

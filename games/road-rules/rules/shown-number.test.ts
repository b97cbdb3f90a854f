import { describe, expect, it } from 'vitest';
import { shownNumber } from './shown-number';

describe('shownNumber', () => {
  it('writes a decimal comma in French and a point in English', () => {
    expect(shownNumber(4.5, 'fr')).toBe('4,5');
    expect(shownNumber(4.5, 'en')).toBe('4.5');
  });

  it('drops a zero fraction and keeps whole metres plain', () => {
    expect(shownNumber(9, 'fr')).toBe('9');
    expect(shownNumber(169, 'en')).toBe('169');
  });

  it('keeps fixed digits for seconds', () => {
    expect(shownNumber(0.23, 'fr', { min: 2, max: 2 })).toBe('0,23');
    expect(shownNumber(0.5, 'en', { min: 2, max: 2 })).toBe('0.50');
  });

  it('does not group thousands', () => {
    expect(shownNumber(1234.5, 'fr')).toBe('1234,5');
  });

  it('refuses a number that is not finite', () => {
    expect(() => shownNumber(Number.NaN, 'fr')).toThrow(/not a finite number/);
  });
});

import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { formatDistance, ordinal, type Wording } from './wording';

const wording = (locale: 'fr' | 'en'): Wording => {
  const texts: Record<string, string> = locale === 'fr' ? fr : en;
  return {
    locale,
    text: (v) => v[locale],
    t: (key, vars = {}) => (texts[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name])),
  };
};

describe('wording', () => {
  it('writes ordinals the French and the English way', () => {
    expect([1, 2, 20].map((n) => ordinal(n, 'fr'))).toEqual(['1er', '2e', '20e']);
    expect([1, 2, 3, 4, 11, 12, 13, 20].map((n) => ordinal(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '20th']);
  });

  it('writes distances in metres, then kilometres with the local decimal mark', () => {
    expect(formatDistance(347, wording('fr'))).toBe('350 m');
    expect(formatDistance(4097, wording('fr'))).toBe('4,1 km');
    expect(formatDistance(4097, wording('en'))).toBe('4.1 km');
  });
});

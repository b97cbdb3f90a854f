import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import { langFrom } from './texts';

describe('controller texts', () => {
  it('has every text in French and in English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, french] of Object.entries(fr)) {
      const english = (en as Record<string, string>)[key]!;
      expect(french.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(french));
    }
  });

  it('names every seat colour and shape, in both languages', async () => {
    const { SEAT_STYLES } = await import('../../shared/seat-style');
    for (const style of SEAT_STYLES) {
      expect(fr, style.colourName).toHaveProperty([`colour.${style.colourName}`]);
      expect(fr, style.shape).toHaveProperty([`shape.${style.shape}`]);
    }
  });
});

describe('the phone\'s language', () => {
  it('follows what the phone asks for, and is French otherwise', () => {
    expect(langFrom(['en-GB', 'fr'])).toBe('en');
    expect(langFrom(['de-DE', 'fr-CA'])).toBe('fr');
    expect(langFrom(['de-DE', 'en-US'])).toBe('en');
    expect(langFrom(['es-ES'])).toBe('fr');
    expect(langFrom([])).toBe('fr');
  });
});

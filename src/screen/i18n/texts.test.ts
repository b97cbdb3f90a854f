import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';
import { SHELL_LOCALES, createTexts, keyPaths } from './texts';

describe('shell texts', () => {
  it('has every key in every language, and no empty text', () => {
    const reference = keyPaths(SHELL_LOCALES.fr).sort();
    for (const language of LANGUAGES) {
      expect(keyPaths(SHELL_LOCALES[language]).sort(), `keys of ${language}`).toEqual(reference);
      for (const key of reference) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], SHELL_LOCALES[language]);
        expect(typeof text === 'string' && text.trim().length > 0, `${language}: ${key}`).toBe(true);
      }
    }
  });

  it('interpolates and switches language', () => {
    const texts = createTexts('fr', []);
    expect(texts.t('seat.name', { n: 2 })).toBe('Joueur 2');
    void texts.changeLanguage('en');
    expect(texts.t('seat.name', { n: 2 })).toBe('Player 2');
  });
});

import { describe, expect, it } from 'vitest';
import { ACCESS_ACTIONS } from '../../shared/api/educator-privacy';
import en from './en.json';
import fr from './fr.json';

describe('dashboard texts', () => {
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

  it('names every action of the access log, so the privacy page never shows a raw key', () => {
    for (const action of ACCESS_ACTIONS) {
      expect(Object.keys(fr), action).toContain(`action.${action}`);
      expect(Object.keys(en), action).toContain(`action.${action}`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generatePseudonym } from './pseudonym-generator';
import { PSEUDONYM_ADJECTIVES, PSEUDONYM_NOUNS } from './pseudonym-words';
import { checkPseudonym, pseudonymKey } from './pseudonym-filter';

describe('checkPseudonym', () => {
  it('accepts every generated pseudonym word pair', () => {
    for (const noun of PSEUDONYM_NOUNS) {
      for (const adjective of PSEUDONYM_ADJECTIVES) {
        const pseudonym = `${noun} ${adjective} 42`;
        expect(checkPseudonym(pseudonym), pseudonym).toEqual({ ok: true, pseudonym });
      }
    }
  });

  it('accepts names in many scripts and words that merely contain a short blocked word', () => {
    for (const typed of ['Flocon', 'Scorpion', 'Unique', 'Dynamique', 'Class A', 'Ngozi-7', 'Ana Lúcia', 'Мария', 'Yasmine', "N'Golo", '小龙王']) {
      expect(checkPseudonym(typed).ok, typed).toBe(true);
    }
  });

  it('refuses insults, also disguised with digits, spaces or doubled letters', () => {
    for (const typed of ['connard', 'C0NNARD', 's a l o p e', 'fuuuuck you', 'Le Con', 'p u t a i n', 'sh1t', 'ta mère']) {
      expect(checkPseudonym(typed), typed).toEqual({ ok: false, rule: 'blocked-word', reason: expect.stringMatching(/not allowed/) });
    }
  });

  it('refuses contact details and text that is not a name', () => {
    expect(checkPseudonym('06 12 34 56 78')).toMatchObject({ ok: false, rule: 'phone-number' });
    expect(checkPseudonym('lea@mail.fr')).toMatchObject({ ok: false, rule: 'e-mail', reason: expect.stringMatching(/@/) });
    expect(checkPseudonym('www.site.com')).toMatchObject({ ok: false });
    expect(checkPseudonym('ab')).toMatchObject({ ok: false, reason: expect.stringMatching(/at least 3/) });
    expect(checkPseudonym('x'.repeat(25))).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 24/) });
    expect(checkPseudonym('1234')).toMatchObject({ ok: false, reason: expect.stringMatching(/two letters/) });
  });

  it('tidies spaces and compares pseudonyms without case, accents or punctuation', () => {
    expect(checkPseudonym('  Léa   Comète ')).toEqual({ ok: true, pseudonym: 'Léa Comète' });
    expect(pseudonymKey('Léa Comète')).toBe(pseudonymKey('LEA-comete'));
    expect(pseudonymKey('Léa Comète')).not.toBe(pseudonymKey('Léa Comète 2'));
    // Look-alikes of other scripts and full-width letters are the same pseudonym.
    expect(pseudonymKey('P\u0430nda Rapide')).toBe(pseudonymKey('Panda Rapide'));
    expect(pseudonymKey('\uFF30\uFF41\uFF4E\uFF44\uFF41 Rapide')).toBe(pseudonymKey('Panda Rapide'));
  });
});

describe('generatePseudonym', () => {
  it('draws noun, adjective and a two-digit number from the source it is given', () => {
    const random = createRandom(7);
    const made = Array.from({ length: 50 }, () => generatePseudonym(random.int));
    for (const p of made) expect(p).toMatch(/^\p{L}+ \p{L}+ [1-9]\d$/u);
    expect(new Set(made).size).toBeGreaterThan(45);
    expect(generatePseudonym((min) => min)).toBe(`${PSEUDONYM_NOUNS[0]} ${PSEUDONYM_ADJECTIVES[0]} 10`);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCKED_ROOTS, BLOCKED_WHOLE_WORDS } from './pseudonym-blocklist';
import { checkName, PSEUDONYM_NAME, TEAM_LABEL_NAME } from './name-filter';
import { nameKey } from './name-skeleton';
import { PSEUDONYM_ADJECTIVES, PSEUDONYM_NOUNS } from './pseudonym-words';

/**
 * Look-alikes of Latin letters in other scripts (Cyrillic, Greek, Armenian, Cherokee), written
 * out by hand from how they are drawn, not taken from the filter's data. (Greek ϲ is left out: NFKC
 * turns it into ς before anything is stored or shown.)
 */
const LOOK_ALIKES: Record<string, string[]> = {
  a: ['\u0430', '\u03B1'], c: ['\u0441'], e: ['\u0435'], i: ['\u0456', '\u03B9'], j: ['\u0458'], o: ['\u043E', '\u03BF', '\u0585'],
  p: ['\u0440', '\u03C1'], s: ['\u0455'], x: ['\u0445'], y: ['\u0443'], h: ['\u04BB'],
  A: ['\u0410', '\u0391', '\u13AA'], B: ['\u0412', '\u0392'], C: ['\u0421'], E: ['\u0415', '\u0395'], H: ['\u041D', '\u0397'], I: ['\u0406', '\u0399'],
  K: ['\u041A', '\u039A'], M: ['\u041C', '\u039C'], N: ['\u039D'], O: ['\u041E', '\u039F'], P: ['\u0420', '\u03A1'], T: ['\u0422', '\u03A4'],
  X: ['\u0425', '\u03A7'], Z: ['\u0396'],
};
const FULL_WIDTH = (c: string) => (/[!-~]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c);
const LEET: Record<string, string> = { o: '0', i: '1', e: '3', a: '4', s: '5', t: '7' };
const INVISIBLES = ['\u0000', '\u0007', '\t', '\n', '\u007F', '\u0085', '\u00AD', '\u200B', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u2028', '\uFEFF', '\uE000', '\uD800', '\uDC00'];

/** A generated pseudonym, "Panda Rapide 42". */
const generated = fc
  .tuple(fc.constantFrom(...PSEUDONYM_NOUNS), fc.constantFrom(...PSEUDONYM_ADJECTIVES), fc.integer({ min: 10, max: 99 }))
  .map(([noun, adjective, n]) => `${noun} ${adjective} ${n}`);

/** Each letter kept or swapped for a look-alike, chosen by the fuzzer. */
function disguise(text: string, picks: number[]): string {
  return [...text].map((c, i) => (LOOK_ALIKES[c] && picks[i % picks.length]! > 0 ? LOOK_ALIKES[c]![picks[i % picks.length]! % LOOK_ALIKES[c]!.length]! : c)).join('');
}

describe('checkName', () => {
  it('names the rule a refused name breaks', () => {
    const cases: [string, string][] = [
      ['Panda\u202ERapide', 'invisible-character'],
      ['Panda\u200BRapide', 'invisible-character'],
      ['Panda\uD800', 'invisible-character'],
      ['lea@mail.fr', 'e-mail'],
      ['lea\uFF20mail', 'e-mail'],
      ['Léa 06 12 34 56 78', 'phone-number'],
      ['Léa \u0660\u0666\u0661\u0662\u0663\u0664', 'phone-number'],
      ['Léa \uFF10\uFF16\uFF11\uFF12\uFF13', 'phone-number'],
      ['P\u0430nda Rapide', 'mixed-script'],
      ['\u0410bruti Total', 'mixed-script'],
      ['Le \u0430\u0455\u0455', 'blocked-word'],
      ['\uFF21\uFF22\uFF32\uFF35\uFF34\uFF29', 'blocked-word'],
      ['\u{1D42C}\u{1D421}\u{1D422}\u{1D42D} bro', 'blocked-word'],
      ['Ze\u0301\u0301\u0301bre', 'characters'],
      ['www.site.com', 'characters'],
    ];
    for (const [typed, rule] of cases) expect(checkName(typed, PSEUDONYM_NAME), JSON.stringify(typed)).toMatchObject({ ok: false, rule });
  });

  it('filters team labels with the same rules, and lets plain team names through', () => {
    for (const label of ['Bleu', 'Équipe 2', 'Les Renards', 'A', '紅隊']) expect(checkName(label, TEAM_LABEL_NAME), label).toMatchObject({ ok: true, name: label });
    expect(checkName('06 12 34 56 78', TEAM_LABEL_NAME)).toMatchObject({ ok: false, rule: 'phone-number' });
    expect(checkName('moi@ici.fr', TEAM_LABEL_NAME)).toMatchObject({ ok: false, rule: 'e-mail' });
    expect(checkName('Bleu\u202E', TEAM_LABEL_NAME)).toMatchObject({ ok: false, rule: 'invisible-character' });
    expect(checkName('Les Connards', TEAM_LABEL_NAME)).toMatchObject({ ok: false, rule: 'blocked-word', reason: expect.stringMatching(/team label/) });
    expect(checkName('x'.repeat(41), TEAM_LABEL_NAME)).toMatchObject({ ok: false, rule: 'length' });
  });

  it('keeps names in one script of any alphabet, and Japanese or Korean mixes', () => {
    for (const name of ['Мария', 'Γιώργος', 'محمد', 'דוד', 'さくら花', '김민준', 'Ana-Мария', 'Ngozi-7']) {
      expect(checkName(name, PSEUDONYM_NAME), name).toMatchObject({ ok: true, name });
    }
  });

  it('reads I, l, 1 and look-alikes as one in the comparison key', () => {
    expect(nameKey('Iol Rapide')).toBe(nameKey('lol rapide'));
    expect(nameKey('Panda Rapide 11')).toBe(nameKey('Panda Rapide ll'));
    expect(nameKey('ＰＡＮＤＡ')).toBe(nameKey('panda'));
    expect(nameKey('Panda Rapide')).not.toBe(nameKey('Panda Rapide 2'));
  });
});

describe('checkName, fuzzed', () => {
  it('a generated pseudonym with look-alike letters is refused, or takes the same place as the original', () => {
    fc.assert(
      fc.property(generated, fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }), (pseudonym, picks) => {
        const disguised = disguise(pseudonym, picks);
        const check = checkName(disguised, PSEUDONYM_NAME);
        if (check.ok) expect(nameKey(check.name)).toBe(nameKey(pseudonym));
      }),
      { numRuns: 2000 },
    );
  });

  it('a word written wholly in another script keeps the key of its Latin twin', () => {
    fc.assert(
      fc.property(fc.constantFrom('Pope', 'Coco', 'Papa', 'Cachou', 'Pepe', 'Aexo', 'Hoopa', 'Ocas'), fc.nat(1), (word, pick) => {
        const twin = [...word].map((c) => (LOOK_ALIKES[c] ? LOOK_ALIKES[c]![pick % LOOK_ALIKES[c]!.length]! : c)).join('');
        expect(nameKey(twin)).toBe(nameKey(word));
      }),
    );
  });

  it('a blocked word in disguise (case, digits, look-alikes, full width, spaces, doubled letters) is always refused', () => {
    const blocked = [...BLOCKED_ROOTS.filter((root) => root.length >= 5), ...BLOCKED_WHOLE_WORDS.filter((word) => word.length >= 4)];
    fc.assert(
      fc.property(
        fc.constantFrom(...blocked),
        fc.array(fc.nat(7), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('', 'Le ', 'Super '),
        (word, picks, before) => {
          const disguised = before + [...word]
            .map((c, i) => {
              const pick = picks[i % picks.length]!;
              if (pick === 1) return c.toUpperCase();
              if (pick === 2) return LEET[c] ?? c;
              if (pick === 3) return FULL_WIDTH(c);
              if (pick === 4) return `${c}${c}`;
              if (pick === 5) return (LOOK_ALIKES[c.toUpperCase()] ?? [c.toUpperCase()])[0];
              return c;
            })
            .join(picks.length % 3 === 0 ? ' ' : '');
          expect(checkName(disguised, PSEUDONYM_NAME), disguised).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('an invisible or direction-changing character anywhere is refused', () => {
    fc.assert(
      fc.property(generated, fc.nat(30), fc.constantFrom(...INVISIBLES), (pseudonym, at, invisible) => {
        const i = at % (pseudonym.length + 1);
        const typed = pseudonym.slice(0, i) + invisible + pseudonym.slice(i);
        expect(checkName(typed, PSEUDONYM_NAME)).toMatchObject({ ok: false, rule: 'invisible-character' });
      }),
    );
  });

  it('whatever is typed, an accepted name is stable and shows nothing that reaches a person', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme-composite', maxLength: 20 }), generated), (typed) => {
        const check = checkName(typed, PSEUDONYM_NAME);
        if (!check.ok) return;
        expect(checkName(check.name, PSEUDONYM_NAME)).toEqual(check);
        expect(check.name).not.toMatch(/[@\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u);
        expect((check.name.match(/\p{N}/gu) ?? []).length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 3000 },
    );
  });
});

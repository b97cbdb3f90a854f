import { describe, expect, it } from 'vitest';
import { standings } from '../rules/standings';
import { standingTexts } from './standing-texts';
import { cssColour, textStyle, THEME } from './theme';

describe('standingTexts', () => {
  const [first, second, third] = standings([
    { seat: 'pad-0', points: 450, correct: 3, answered: 4 },
    { seat: 'pad-1', points: 0, correct: 0, answered: 0 },
    { seat: 'kb-left', points: 0, correct: 0, answered: 5 },
  ]);

  it('says points, then accuracy over the answered items and "answered n / m" apart', () => {
    expect(standingTexts(first!, 5, 'fr')).toEqual({ rank: '1', points: '450 pts', accuracy: '75 % justes', answered: 'répondu 4 / 5' });
    expect(standingTexts(first!, 5, 'en')).toEqual({ rank: '1', points: '450 pts', accuracy: '75 % right', answered: 'answered 4 / 5' });
  });

  it('never shows a seat that answered nothing as 0 % right', () => {
    expect(standingTexts(second!, 5, 'en')).toMatchObject({ rank: '2', accuracy: 'no answer', answered: 'answered 0 / 5' });
    expect(standingTexts(third!, 5, 'fr')).toMatchObject({ rank: '2', accuracy: '0 % justes', answered: 'répondu 5 / 5' });
  });

  it('refuses a line that cannot be', () => {
    expect(() => standingTexts(first!, 3, 'fr')).toThrow(/seat "pad-0": 3 right of 4 answered of 3 items/);
  });
});

describe('palette', () => {
  it('is all 0xRRGGBB numbers, turned into CSS strings for text', () => {
    for (const colour of Object.values(THEME.palette)) expect(Number.isInteger(colour)).toBe(true);
    expect(cssColour(THEME.palette.background)).toBe('#0b1d33');
    expect(textStyle(40, THEME.palette.accent).color).toBe('#ffd23f');
    expect(() => cssColour(0x1000000)).toThrow(/not a 0xRRGGBB colour/);
  });
});

import { describe, expect, it } from 'vitest';
import { createTexts } from '../i18n/texts';
import { boardHeading, countOf, ordinal, percentText } from './leaderboard-labels';

const fr = createTexts('fr', []);
const en = createTexts('en', []);
const tFr = (key: string, vars?: Record<string, string | number>) => fr.t(key, vars);
const tEn = (key: string, vars?: Record<string, string | number>) => en.t(key, vars);

describe('leaderboard labels', () => {
  it('write ranks as ordinals in each language', () => {
    expect([1, 2, 3, 11].map((n) => ordinal(tFr, 'fr', n))).toEqual(['1er', '2e', '3e', '11e']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => ordinal(tEn, 'en', n))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd']);
  });

  it('say the rank of a seat after a round the way players read it', () => {
    expect(tFr('results.rankToday', { rank: ordinal(tFr, 'fr', 3), pack: 'Santé & sport' })).toBe("3e aujourd'hui dans Santé & sport");
    expect(tEn('results.rankToday', { rank: ordinal(tEn, 'en', 3), pack: 'Health & sport' })).toBe('3rd today in Health & sport');
  });

  it('count guests with the right singular and plural', () => {
    expect(countOf(tFr, 'fr', 1, 'leaderboard.guests')).toBe('+ 1 invité');
    expect(countOf(tFr, 'fr', 12, 'leaderboard.guests')).toBe('+ 12 invités');
    expect(countOf(tEn, 'en', 1, 'leaderboard.guests')).toBe('+ 1 guest');
    expect(countOf(tEn, 'en', 0, 'leaderboard.guests')).toBe('+ 0 guests');
  });

  it('show accuracy as a percentage apart from the score, and a dash when nothing was answered', () => {
    expect(percentText(tFr, 0.826)).toBe('83 %');
    expect(percentText(tEn, 0.826)).toBe('83%');
    expect(percentText(tEn, null)).toBe('–');
  });

  it('name the period and the scope of a board', () => {
    expect(boardHeading(tFr, { period: 'today', pack: 'sante-sport', by: 'player' }, 'Santé & sport')).toBe("Aujourd'hui · Santé & sport");
    expect(boardHeading(tEn, { period: 'week', pack: null, by: 'player' }, undefined)).toBe('This week · Whole centre');
    expect(boardHeading(tEn, { period: 'all', pack: null, by: 'team' }, undefined)).toBe('All time · Teams');
  });
});

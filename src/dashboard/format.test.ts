import { describe, expect, it } from 'vitest';
import { breakableId, dayFormat, formatAccuracy, formatDate, formatNumber, formatPercent, localeOf, masteryBand, masteryTint, objectiveName, parseDay } from './format';

describe('dashboard formatting', () => {
  it('writes shares as whole percents in each language, a dash for nothing', () => {
    expect(formatPercent(0.724, 'en')).toBe('72%');
    expect(formatPercent(0.724, 'fr').replace(/\s/g, ' ')).toBe('72 %');
    expect(formatPercent(null, 'fr')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });

  it('writes accuracy with what it rests on, unanswered items apart', () => {
    expect(formatAccuracy({ accuracy: 6 / 8, answered: 8, items: 10 }, 'answered', 'en')).toBe('75% (answered 8 / 10)');
    expect(formatAccuracy({ accuracy: null, answered: 0, items: 4 }, 'répondu', 'fr')).toBe('— (répondu 0 / 4)');
  });

  it('writes numbers with the language separators', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(0.456, 'fr', 2)).toBe('0,46');
    expect(formatNumber(null, 'fr')).toBe('—');
  });

  it('writes a day as the same date whatever the time zone, and refuses what is not a date', () => {
    expect(formatDate('2026-11-29', 'fr')).toBe('29/11/2026');
    expect(formatDate('2026-11-29', 'en')).toBe('29/11/2026');
    expect(() => formatDate('yesterday', 'en')).toThrow(/"yesterday" is not a date/);
  });

  it('writes dates exactly as Intl writes the language\'s short dates (the table spares the page loading Intl\'s calendars)', () => {
    for (const lang of ['fr', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeZone: 'UTC' });
      for (const day of ['2026-01-05', '2026-11-29', '1999-12-31', '2028-02-29']) expect(formatDate(day, lang)).toBe(intl.format(new Date(`${day}T12:00:00Z`)));
      // A time is written on the reader's own clock, as Intl does without a time zone.
      const local = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short' });
      for (const time of ['2026-11-29T23:30:00.000Z', '2026-03-01T00:15:00.000Z']) expect(formatDate(time, lang)).toBe(local.format(new Date(time)));
    }
  });

  it('reads a typed day in the order the language writes it, whatever the browser\'s locale', () => {
    expect(dayFormat('fr')).toBe('jj/mm/aaaa');
    expect(dayFormat('en')).toBe('dd/mm/yyyy');
    for (const lang of ['fr', 'en'] as const) {
      // What formatDate writes, parseDay reads back.
      expect(parseDay(formatDate('2026-03-07', lang), lang)).toEqual({ ok: true, day: '2026-03-07' });
      expect(parseDay(' 7/3/2026 ', lang)).toEqual({ ok: true, day: '2026-03-07' });
      expect(parseDay('07.03.2026', lang)).toEqual({ ok: true, day: '2026-03-07' });
      expect(parseDay('2026-03-07', lang)).toEqual({ ok: true, day: '2026-03-07' });
    }
    // Day first, not month first: 12/01 is the twelfth of January.
    expect(parseDay('12/01/2026', 'en')).toEqual({ ok: true, day: '2026-01-12' });
    expect(parseDay('29/02/2028', 'fr')).toEqual({ ok: true, day: '2028-02-29' });
  });

  it('tells a day that is not written as one from a day the calendar lacks', () => {
    expect(parseDay('31/02/2026', 'fr')).toEqual({ ok: false, problem: 'calendar' });
    expect(parseDay('29/02/2027', 'en')).toEqual({ ok: false, problem: 'calendar' });
    expect(parseDay('11/29/2026', 'en')).toEqual({ ok: false, problem: 'calendar' });
    expect(parseDay('0/1/2026', 'fr')).toEqual({ ok: false, problem: 'calendar' });
    for (const text of ['', 'hier', '29/11', '29/11/26', '2026/11/29', '29-11-2026x', '129/11/2026']) expect(parseDay(text, 'fr'), text).toEqual({ ok: false, problem: 'format' });
  });

  it('names an objective by its title in the page\'s language, by its id only when it has none', () => {
    const titles = { 'sante-sport/fair-play': { fr: 'Le fair-play', en: 'Fair play' } };
    expect(objectiveName(titles, 'sante-sport/fair-play', 'fr')).toBe('Le fair-play');
    expect(objectiveName(titles, 'sante-sport/fair-play', 'en')).toBe('Fair play');
    expect(objectiveName(titles, 'old-pack/gone', 'en')).toBe('old-pack/\u200bgone');
  });

  it('gives each mastery band its own light tint and word, and none to a missing cell', () => {
    const ps = [null, 0.1, 0.5, 0.8, 0.97];
    expect(ps.map(masteryBand)).toEqual(['none', 'low', 'learning', 'near', 'mastered']);
    expect(new Set(ps.map(masteryTint)).size).toBe(5);
    expect(masteryBand(0.95)).toBe('mastered');
    expect(masteryBand(0.9499)).toBe('near');
  });

  it('lets an id wrap after each slash without changing what it reads', () => {
    expect(breakableId('sante-sport/fair-play')).toBe('sante-sport/\u200bfair-play');
    expect(breakableId('sante-sport/fair-play').replace(/\u200b/g, '')).toBe('sante-sport/fair-play');
  });
});

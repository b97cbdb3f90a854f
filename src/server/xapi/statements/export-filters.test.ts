import { describe, expect, it } from 'vitest';
import { exportFiltersSchema, exportRange } from './export-filters';

describe('export filters', () => {
  it('reads a day as its midnight in the centre’s time zone, and a day as until as that whole day', () => {
    expect(exportRange({ since: '2026-03-01', until: '2026-03-31' }, 'Europe/Paris')).toEqual({
      since: Date.parse('2026-02-28T23:00:00Z'),
      // 1 April is in summer time in Paris.
      until: Date.parse('2026-03-31T22:00:00Z'),
    });
    expect(exportRange({ since: '2026-03-01T08:00:00+01:00' }, 'Europe/Paris')).toEqual({ since: Date.parse('2026-03-01T07:00:00Z') });
    expect(exportRange({}, 'Europe/Paris')).toEqual({});
  });

  it('names what is wrong: a shape, a day the calendar lacks, a period that ends before it starts', () => {
    expect(exportFiltersSchema.safeParse({ since: 'last week' }).success).toBe(false);
    expect(exportFiltersSchema.safeParse({ since: '2026-03-01T08:00:00' }).success).toBe(false);
    expect(exportFiltersSchema.safeParse({ pack: 'Santé' }).success).toBe(false);
    expect(exportFiltersSchema.safeParse({ group: 'mine' }).success).toBe(false);
    expect(exportRange({ since: '2026-02-29' }, 'Europe/Paris')).toEqual([{ path: 'since', message: '2026-02-29 is not a day of the calendar' }]);
    expect(exportRange({ since: '2026-03-02', until: '2026-03-01' }, 'Europe/Paris')).toEqual([
      { path: 'until', message: 'the period ends (2026-03-01) before or when it starts (2026-03-02)' },
    ]);
  });
});

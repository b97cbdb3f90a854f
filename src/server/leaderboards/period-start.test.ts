import { describe, expect, it } from 'vitest';
import { periodStart } from './period-start';

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

describe('periodStart', () => {
  it('starts today at midnight in Paris, in winter and in summer time', () => {
    expect(iso(periodStart('today', Date.parse('2025-01-15T15:00:00Z'), 'Europe/Paris'))).toBe('2025-01-14T23:00:00.000Z');
    expect(iso(periodStart('today', Date.parse('2025-07-15T15:00:00Z'), 'Europe/Paris'))).toBe('2025-07-14T22:00:00.000Z');
    // 00:30 in Paris is still the previous day in UTC.
    expect(iso(periodStart('today', Date.parse('2025-07-14T22:30:00Z'), 'Europe/Paris'))).toBe('2025-07-14T22:00:00.000Z');
  });

  it('starts the week on Monday, across the spring clock change', () => {
    // Tuesday 1 April 2025; Monday 31 March is in summer time, the clocks changed on Sunday 30.
    expect(iso(periodStart('week', Date.parse('2025-04-01T10:00:00Z'), 'Europe/Paris'))).toBe('2025-03-30T22:00:00.000Z');
    // A Monday counts from its own midnight; a Sunday from six days before.
    expect(iso(periodStart('week', Date.parse('2025-03-31T10:00:00Z'), 'Europe/Paris'))).toBe('2025-03-30T22:00:00.000Z');
    expect(iso(periodStart('week', Date.parse('2025-03-30T10:00:00Z'), 'Europe/Paris'))).toBe('2025-03-23T23:00:00.000Z');
  });

  it('has no start for all time', () => {
    expect(periodStart('all', Date.now(), 'Europe/Paris')).toBeNull();
  });
});

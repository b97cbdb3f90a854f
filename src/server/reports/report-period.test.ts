import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/http-problem';
import { reportPeriod } from './report-period';

const NOW = Date.parse('2025-03-12T11:00:00Z');

describe('reportPeriod', () => {
  it('covers whole days of the centre, both ends included, the last 30 by default', () => {
    expect(reportPeriod({}, NOW, 'Europe/Paris')).toMatchObject({ from: '2025-02-11', to: '2025-03-12', fromAt: '2025-02-10T23:00:00.000Z', toAt: '2025-03-12T23:00:00.000Z' });
    // Across the change to summer time (30 March 2025 in Paris): the last day has 23 hours.
    expect(reportPeriod({ from: '2025-03-30', to: '2025-03-30' }, NOW, 'Europe/Paris')).toMatchObject({ fromAt: '2025-03-29T23:00:00.000Z', toAt: '2025-03-30T22:00:00.000Z' });
  });

  it('refuses a day that does not exist, an inverted or too long period, naming the field', () => {
    const refusal = (query: { from?: string; to?: string }) => {
      try {
        reportPeriod(query, NOW, 'Europe/Paris');
      } catch (error) {
        return error instanceof HttpProblem ? [error.code, error.issues?.[0]?.path] : error;
      }
      return 'accepted';
    };
    expect(refusal({ from: '2025-02-30' })).toEqual(['bad_request', 'from']);
    expect(refusal({ to: '2025-13-01' })).toEqual(['bad_request', 'to']);
    expect(refusal({ from: '2025-03-12', to: '2025-03-01' })).toEqual(['bad_request', 'from']);
    expect(refusal({ from: '2010-01-01', to: '2025-01-01' })).toEqual(['bad_request', 'from']);
  });
});

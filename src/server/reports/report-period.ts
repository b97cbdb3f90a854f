import type { ReportPeriod } from '../../shared/api/educator-reports';
import { HttpProblem } from '../http/http-problem';
import { periodStart } from '../leaderboards/period-start';

const DAY_MS = 86_400_000;
/** Reports look back this far by default. */
export const DEFAULT_PERIOD_DAYS = 30;
/** A longer period is refused: reports of a whole history go through the card export. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** The day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function localDay(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Local midnight at the start of `day` (noon UTC of that date lies on it for any offset up to ±12 h). */
function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return periodStart('today', Date.UTC(y, m - 1, d, 12), timeZone)!;
}

/** A report's period in instants, [start, end): both days included, in the centre's time zone. */
export interface PeriodRange extends ReportPeriod {
  start: number;
  end: number;
}

export function reportPeriod(query: { from?: string | undefined; to?: string | undefined }, now: number, timeZone: string): PeriodRange {
  const to = query.to ?? localDay(now, timeZone);
  const toNoon = Date.parse(`${to}T12:00:00Z`);
  if (Number.isNaN(toNoon) || localDay(toNoon, 'UTC') !== to) throw new HttpProblem('bad_request', `to=${to} is not a day of the calendar`, [{ path: 'to', message: 'not a real day' }]);
  const from = query.from ?? localDay(toNoon - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS, 'UTC');
  const fromNoon = Date.parse(`${from}T12:00:00Z`);
  if (Number.isNaN(fromNoon) || localDay(fromNoon, 'UTC') !== from) throw new HttpProblem('bad_request', `from=${from} is not a day of the calendar`, [{ path: 'from', message: 'not a real day' }]);
  if (fromNoon > toNoon) throw new HttpProblem('bad_request', `the period starts (${from}) after it ends (${to})`, [{ path: 'from', message: 'after to' }]);
  if ((toNoon - fromNoon) / DAY_MS >= MAX_PERIOD_DAYS) {
    throw new HttpProblem('bad_request', `a report covers at most ${MAX_PERIOD_DAYS} days`, [{ path: 'from', message: 'period too long' }]);
  }
  const start = dayStart(from, timeZone);
  const end = dayStart(localDay(toNoon + DAY_MS, 'UTC'), timeZone);
  return { from, to, start, end, fromAt: new Date(start).toISOString(), toAt: new Date(end).toISOString() };
}

/** The public part of a period, for an answer. */
export const periodView = ({ from, to, fromAt, toAt }: PeriodRange): ReportPeriod => ({ from, to, fromAt, toAt });

export function answerCounts(correct: number, answered: number, unanswered: number) {
  return { correct, answered, items: answered + unanswered, accuracy: answered > 0 ? correct / answered : null };
}

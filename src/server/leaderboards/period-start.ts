import type { LeaderboardPeriod } from '../../shared/api/leaderboards';

const DAY_MS = 86_400_000;

function wallClockParts(instant: number, timeZone: string): { year: number; month: number; day: number; weekday: number; wall: number } {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const wall = Date.UTC(year, month - 1, day, Number(parts.hour), Number(parts.minute), Number(parts.second));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(String(parts.weekday));
  return { year, month, day, weekday, wall };
}

/** The UTC instant at which the wall clock of `timeZone` reads 00:00 on the given date. */
function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  const offsetAt = (instant: number) => wallClockParts(instant, timeZone).wall - Math.floor(instant / 1000) * 1000;
  const first = guess - offsetAt(guess);
  // Once more at the candidate, in case a daylight-saving change lies between the two.
  return guess - offsetAt(first);
}

/**
 * When a leaderboard period began, in the centre's time zone: `today` since local midnight,
 * `week` since Monday 00:00 (the French week), `all` has no start (null).
 */
export function periodStart(period: LeaderboardPeriod, now: number, timeZone: string): number | null {
  if (period === 'all') return null;
  const today = wallClockParts(now, timeZone);
  const back = period === 'week' ? today.weekday : 0;
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day) - back * DAY_MS);
  return localMidnight(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), timeZone);
}

import { z } from 'zod';
import { groupIdSchema } from '../../../shared/api/educator-groups';
import { slug } from '../../../shared/ids';
import { periodStart } from '../../leaderboards/period-start';

/** Statements one export page holds unless asked; and at most (a page is about 3 kB a statement). */
export const DEFAULT_EXPORT_LIMIT = 500;
export const MAX_EXPORT_LIMIT = 2000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An instant as a person writes it: a timestamp with its offset (`2026-03-01T08:00:00Z`,
 * `…+01:00`) or a day (`2026-03-01`, read in the centre's time zone).
 */
const instant = z.union([z.iso.datetime({ offset: true }), z.string().regex(DAY)], {
  error: 'give a day (2026-03-01) or a timestamp with its offset (2026-03-01T08:00:00Z)',
});

/**
 * The filters of `GET /api/xapi/statements` and `ludocite xapi export`: `since` and `until` on when
 * the rounds were played (a day as `until` includes that day), a pack, a group.
 */
export const exportFiltersSchema = z
  .object({
    since: instant.optional(),
    until: instant.optional(),
    pack: slug.optional(),
    group: groupIdSchema.optional(),
  })
  .strict();
export type ExportFilters = z.infer<typeof exportFiltersSchema>;

export interface ExportRange {
  since?: number;
  until?: number;
}

/** What is wrong with a range, by field; [] when it holds. */
export type FilterProblem = { path: string; message: string };

/**
 * The instants of `since` and `until`, in ms: a day is its local midnight in `timeZone` (for
 * `until`, the next midnight, so the day is included). Problems name the field: a day that the
 * calendar lacks, or a period that ends before it starts.
 */
export function exportRange(filters: Pick<ExportFilters, 'since' | 'until'>, timeZone: string): ExportRange | FilterProblem[] {
  const problems: FilterProblem[] = [];
  const read = (field: 'since' | 'until'): number | undefined => {
    const text = filters[field];
    if (text === undefined) return undefined;
    const day = DAY.exec(text);
    if (!day) return Date.parse(text);
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      problems.push({ path: field, message: `${text} is not a day of the calendar` });
      return undefined;
    }
    const next = field === 'until' ? new Date(date.getTime() + 86_400_000) : date;
    // Noon UTC of a date lies on that date in every time zone within ±12 h: its local midnight follows.
    return periodStart('today', next.getTime() + 43_200_000, timeZone)!;
  };
  const since = read('since');
  const until = read('until');
  if (since !== undefined && until !== undefined && since >= until) {
    problems.push({ path: 'until', message: `the period ends (${filters.until}) before or when it starts (${filters.since})` });
  }
  if (problems.length) return problems;
  return { ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}) };
}

/**
 * How the dashboard writes numbers, shares and dates, in the page's language. Pure functions, so
 * the tables and their tests agree on what a reader sees.
 */
export type Lang = 'fr' | 'en';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Intl formatters, made once per language and options: making one costs far more than using it
 * (the groups page spent most of its drawing time making one per date — bench/dashboard).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], options)));
  return format;
}
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE[lang], options)));
  return format;
}

/** A share in [0, 1] as a whole percent ("72 %" in French, "72%" in English); a dash for null. */
export function formatPercent(share: number | null, lang: Lang): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A number with the language's separators; `digits` after the point (a dash for null). */
export function formatNumber(value: number | null, lang: Lang, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

type DayPart = 'day' | 'month' | 'year';

/**
 * How each language writes a short date (its locale's `dateStyle: 'short'`: 29/11/2026 in fr-FR and
 * en-GB alike), written out rather than asked of Intl: a page's first Intl date format loads the
 * calendar and time-zone data, 150–350 ms of the groups page's drawing on a fresh load (CPU profile,
 * bench/dashboard). format.test.ts holds this table to what Intl writes.
 */
export const SHORT_DATE: Record<Lang, { order: readonly DayPart[]; separator: string }> = {
  fr: { order: ['day', 'month', 'year'], separator: '/' },
  en: { order: ['day', 'month', 'year'], separator: '/' },
};

/** A day `YYYY-MM-DD` (as it is) or an ISO time (on the reader's clock) as the language writes dates. */
export function formatDate(iso: string, lang: Lang): string {
  const day = iso.length === 10;
  const date = new Date(day ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: "${iso}" is not a date`);
  const parts: Record<DayPart, string> = {
    day: String(day ? date.getUTCDate() : date.getDate()).padStart(2, '0'),
    month: String((day ? date.getUTCMonth() : date.getMonth()) + 1).padStart(2, '0'),
    year: String(day ? date.getUTCFullYear() : date.getFullYear()),
  };
  const { order, separator } = SHORT_DATE[lang];
  return order.map((part) => parts[part]).join(separator);
}

/** The BCP 47 locale the dashboard writes numbers and dates in, for a language (also given to Chart.js). */
export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

const PART_LETTERS: Record<Lang, Record<DayPart, string>> = { fr: { day: 'jj', month: 'mm', year: 'aaaa' }, en: { day: 'dd', month: 'mm', year: 'yyyy' } };

/** How a reader types a day in the language: "jj/mm/aaaa" in French, "dd/mm/yyyy" in English. */
export function dayFormat(lang: Lang): string {
  const { order, separator } = SHORT_DATE[lang];
  return order.map((part) => PART_LETTERS[lang][part]).join(separator);
}

export type DayReading = { ok: true; day: string } | { ok: false; problem: 'format' | 'calendar' };

/**
 * A day as a reader types it in the language (the order `formatDate` writes: 29/11/2026; dots,
 * dashes or spaces between the numbers are read too), or as YYYY-MM-DD; gives YYYY-MM-DD, the
 * form the reports' API takes. `calendar`: the numbers make no day (31/02/2026).
 */
export function parseDay(text: string, lang: Lang): DayReading {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const numbers = iso ? null : /^(\d{1,4})[/.\-\s]+(\d{1,4})[/.\-\s]+(\d{1,4})$/.exec(trimmed);
  if (!iso && !numbers) return { ok: false, problem: 'format' };
  const found: Record<DayPart, string> = { day: '', month: '', year: '' };
  if (iso) [found.year, found.month, found.day] = [iso[1]!, iso[2]!, iso[3]!];
  else SHORT_DATE[lang].order.forEach((part, i) => (found[part] = numbers![i + 1]!));
  if (found.year.length !== 4 || found.day.length > 2 || found.month.length > 2) return { ok: false, problem: 'format' };
  const [year, month, day] = [Number(found.year), Number(found.month), Number(found.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, problem: 'calendar' };
  return { ok: true, day: date.toISOString().slice(0, 10) };
}

/** A time with its date and hour ("29/11/2026 14:05"). */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDateTime: "${iso}" is not a time`);
  return dateFormat(lang, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/**
 * Accuracy as the issue writes it: correct ÷ answered, with what it rests on beside it, so an
 * unanswered item is visibly not counted as wrong ("67 % (answered 6 / 8)").
 */
export function formatAccuracy(counts: { accuracy: number | null; answered: number; items: number }, answeredWord: string, lang: Lang): string {
  return `${formatPercent(counts.accuracy, lang)} (${answeredWord} ${formatNumber(counts.answered, lang)} / ${formatNumber(counts.items, lang)})`;
}

/**
 * The heatmap's colour for a P(known): light tints only, so the dark number written in every cell
 * keeps a contrast above 7:1 whatever the mastery (the colour never carries the meaning alone).
 */
export function masteryTint(pKnown: number | null): string {
  if (pKnown === null) return '#ffffff';
  if (pKnown >= 0.95) return '#b9e6c3';
  if (pKnown >= 0.7) return '#dcf0c8';
  if (pKnown >= 0.4) return '#fff1bf';
  return '#fbd3cd';
}

/** The mastery band a P(known) falls in: the word the cell also shows. */
export function masteryBand(pKnown: number | null): 'none' | 'mastered' | 'near' | 'learning' | 'low' {
  if (pKnown === null) return 'none';
  if (pKnown >= 0.95) return 'mastered';
  if (pKnown >= 0.7) return 'near';
  if (pKnown >= 0.4) return 'learning';
  return 'low';
}

/**
 * What an educator reads for an objective: its title in the page's language, from the report's
 * titles; the id (wrapping after its slash) only for an objective whose pack has left the catalogue.
 */
export function objectiveName(titles: Readonly<Record<string, Readonly<Record<Lang, string>>>>, objectiveId: string, lang: Lang): string {
  return titles[objectiveId]?.[lang] ?? breakableId(objectiveId);
}

/** An objective or item id that may wrap after its slashes in a narrow column (a zero-width space, unread). */
export function breakableId(id: string): string {
  return id.replace(/\//g, '/\u200b');
}

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

/** A day `YYYY-MM-DD` or an ISO time as the reader writes dates ("29/11/2026" in both languages here). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: "${iso}" is not a date`);
  return dateFormat(lang, { dateStyle: 'short', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** The BCP 47 locale the dashboard writes numbers and dates in, for a language (also given to Chart.js). */
export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

type DayPart = 'day' | 'month' | 'year';
const PART_LETTERS: Record<Lang, Record<DayPart, string>> = { fr: { day: 'jj', month: 'mm', year: 'aaaa' }, en: { day: 'dd', month: 'mm', year: 'yyyy' } };

/** The order of day, month and year in the language's short dates, and the separator, as Intl writes them (so reading follows writing). */
function dayOrder(lang: Lang): { order: DayPart[]; separator: string } {
  const parts = dateFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 10, 29));
  const order = parts.flatMap((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : []));
  return { order, separator: parts.find((part) => part.type === 'literal')?.value ?? '/' };
}

/** How a reader types a day in the language: "jj/mm/aaaa" in French, "dd/mm/yyyy" in English. */
export function dayFormat(lang: Lang): string {
  const { order, separator } = dayOrder(lang);
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
  else dayOrder(lang).order.forEach((part, i) => (found[part] = numbers![i + 1]!));
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

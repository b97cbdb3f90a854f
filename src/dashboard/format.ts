/**
 * How the dashboard writes numbers, shares and dates, in the page's language. Pure functions, so
 * the tables and their tests agree on what a reader sees.
 */
export type Lang = 'fr' | 'en';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A share in [0, 1] as a whole percent ("72 %" in French, "72%" in English); a dash for null. */
export function formatPercent(share: number | null, lang: Lang): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A number with the language's separators; `digits` after the point (a dash for null). */
export function formatNumber(value: number | null, lang: Lang, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A day `YYYY-MM-DD` or an ISO time as the reader writes dates ("29/11/2026" in both languages here). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: "${iso}" is not a date`);
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'short', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(date);
}

/** A time with its date and hour ("29/11/2026 14:05"). */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDateTime: "${iso}" is not a time`);
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'short', timeStyle: 'short' }).format(date);
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

/** An objective or item id that may wrap after its slashes in a narrow column (a zero-width space, unread). */
export function breakableId(id: string): string {
  return id.replace(/\//g, '/\u200b');
}

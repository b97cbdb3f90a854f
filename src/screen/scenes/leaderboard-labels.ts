import type { Leaderboard } from '../../shared/api/leaderboards';
import type { Language } from '../../shared/languages';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const ORDINAL_FORMS = new Set(['one', 'two', 'few']);

/** "1er", "3e" / "1st", "3rd": the language's ordinal rule picks the text (`ordinal.one|two|few|other`). */
export function ordinal(t: Translate, language: Language, n: number): string {
  const form = new Intl.PluralRules(language, { type: 'ordinal' }).select(n);
  return t(`ordinal.${ORDINAL_FORMS.has(form) ? form : 'other'}`, { n });
}

/** A count with its noun, singular where the language says so (French: 0 and 1; English: 1). */
export function countOf(t: Translate, language: Language, n: number, key: string): string {
  return t(new Intl.PluralRules(language).select(n) === 'one' ? `${key}One` : key, { n });
}

/** Accuracy as a whole percentage, or a dash when nothing was answered. */
export function percentText(t: Translate, accuracy: number | null): string {
  return accuracy === null ? t('leaderboard.noAnswer') : t('leaderboard.percent', { percent: Math.round(accuracy * 100) });
}

/** "Aujourd'hui · Santé & sport", "Cette semaine · Tout le centre", "Depuis toujours · Équipes". */
export function boardHeading(t: Translate, board: Pick<Leaderboard, 'period' | 'pack' | 'by'>, packTitle: string | undefined): string {
  const scope = board.by === 'team' ? t('leaderboard.teams') : board.pack ? (packTitle ?? board.pack) : t('leaderboard.centre');
  return `${t(`leaderboard.${board.period}`)} · ${scope}`;
}

import type { Language, LocalizedText } from '../../src/sdk';
import type { MapQuestContent, Place, Question } from './content-schema';
import { ARRONDISSEMENT_NAMES } from './paris-map';

/** The game's texts and the pack's, as the round context gives them. */
export interface Wording {
  t(key: string, vars?: Record<string, string | number>): string;
  text(value: LocalizedText): string;
  locale: Language;
}

/** "1er", "2e" in French; "1st", "2nd", "3rd", "4th" in English. */
export function ordinal(n: number, locale: Language): string {
  if (locale === 'fr') return n === 1 ? '1er' : `${n}e`;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "350 m", "1,2 km" (French decimal comma) or "1.2 km". */
export function formatDistance(metres: number, w: Wording): string {
  if (metres < 1000) return w.t('distance.m', { value: Math.round(metres / 10) * 10 });
  const km = (Math.round(metres / 100) / 10).toLocaleString(w.locale === 'fr' ? 'fr-FR' : 'en-GB');
  return w.t('distance.km', { value: km });
}

export function placeOf(content: MapQuestContent, id: string): Place {
  const place = content.places.find((p) => p.id === id);
  if (!place) throw new Error(`map-quest: no place "${id}"`);
  return place;
}

/** The question as players read it. */
export function promptOf(question: Question, content: MapQuestContent, w: Wording): string {
  if (question.prompt) return w.text(question.prompt);
  if (question.kind === 'locate') return w.t('prompt.locate', { name: w.text(placeOf(content, question.place).name) });
  if (question.kind === 'arrondissement') return w.t('prompt.arrondissement', { ordinal: ordinal(question.number, w.locale) });
  return '';
}

/** The short true fact shown at the reveal. */
export function factOf(question: Question, content: MapQuestContent, w: Wording): string {
  if (question.fact) return w.text(question.fact);
  switch (question.kind) {
    case 'locate':
      return w.text(placeOf(content, question.place).fact);
    case 'arrondissement':
      return w.t('arrondissement.fact', { ordinal: ordinal(question.number, w.locale), name: ARRONDISSEMENT_NAMES[question.number] ?? '' });
    case 'direction':
      return 'place' in question.subject ? w.text(placeOf(content, question.subject.place).fact) : w.t('arrondissement.fact', { ordinal: ordinal(question.subject.arrondissement, w.locale), name: ARRONDISSEMENT_NAMES[question.subject.arrondissement] ?? '' });
    case 'closer':
      return w.text(placeOf(content, question.answer).fact);
  }
}

/** "la tour Eiffel" → "La tour Eiffel", for a name that starts a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The right answer in words, for the line under the fact at the reveal. */
export function answerText(question: Question, content: MapQuestContent, w: Wording): string {
  switch (question.kind) {
    case 'locate': {
      const place = placeOf(content, question.place);
      return `${capitalise(w.text(place.name))} · ${w.t('arrondissement.ordinal', { ordinal: ordinal(place.arrondissement, w.locale) })}`;
    }
    case 'arrondissement':
      return w.t('arrondissement.ordinal', { ordinal: ordinal(question.number, w.locale) });
    case 'direction':
      return w.t(`direction.${question.answer}`);
    case 'closer':
      return capitalise(w.text(placeOf(content, question.answer).name));
  }
}

import type { Language } from '../../shared/languages';
import type { Standing } from '../rules/standings';
import { sceneText } from './scene-texts';

/** The words of one standings line: points, then accuracy (correct ÷ answered) and "answered n / m" apart from them. */
export interface StandingTexts {
  rank: string;
  points: string;
  accuracy: string;
  answered: string;
}

/** What one line of the standings says, out of `items` put to each seat. */
export function standingTexts(line: Standing, items: number, locale: Language): StandingTexts {
  if (line.answered > items || line.correct > line.answered) {
    throw new Error(`standings of seat "${line.seat}": ${line.correct} right of ${line.answered} answered of ${items} items cannot be`);
  }
  return {
    rank: String(line.rank),
    points: sceneText(locale, 'points', { points: line.points }),
    accuracy: line.answered === 0 ? sceneText(locale, 'noAccuracy') : sceneText(locale, 'accuracy', { percent: Math.round((100 * line.correct) / line.answered) }),
    answered: sceneText(locale, 'answered', { answered: line.answered, items }),
  };
}

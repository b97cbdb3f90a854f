import { defineMiniGame, type PackItem } from '../../src/sdk';
import { checkContent } from './check-content';
import { contentSchema, type MapQuestContent, type Question } from './content-schema';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { rules } from './rules/map-quest-rules';

/** The place a question is about, whose source states its facts; none for an arrondissement. */
function placeAsked(question: Question): string | null {
  if (question.kind === 'locate') return question.place;
  if (question.kind === 'closer') return question.answer;
  if (question.kind === 'direction' && 'place' in question.subject) return question.subject.place;
  return null;
}

/** Every question, with its objective and the source of the place it asks about. */
function items(content: MapQuestContent): PackItem[] {
  return content.questions.map((question, i) => {
    const place = content.places.find((p) => p.id === placeAsked(question));
    return { id: question.id, objective: question.objective, ...(place ? { source: place.source } : {}), path: `questions[${i}]` };
  });
}

/** Everyone moves a marker on the map of Paris to find a place; the closer, the more points. */
export default defineMiniGame({
  id: 'map-quest',
  version: '2.0.0',
  // The SDK major this game was written against, as a literal: the centre refuses it if it runs another.
  sdk: 2,
  title: 'title',
  description: 'description',
  players: { min: 1, max: 4 },
  modes: ['versus', 'solo'],
  controls: ['move', 'confirm', 'choice4'],
  controllerLayout: 'dpad',
  contentSchema,
  items,
  checkContent,
  rules,
  bots: { best: rules.bestBot },
  scenes: () => import('./scenes'),
  // The longest round the schema allows is 20 × (120 s + 30 s) = 50 minutes; packs ask far less.
  maxDurationS: 3000,
  locales: { fr, en },
});

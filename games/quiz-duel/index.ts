import { defineMiniGame } from '../../src/sdk';
import { checkQuizContent } from './check-content';
import { quizContentSchema } from './content-schema';
import en from './locales/en.json';
import fr from './locales/fr.json';

/** Every seat answers the same four-choice question at once; right and fast earns the most. */
export default defineMiniGame({
  id: 'quiz-duel',
  version: '1.0.0',
  // The SDK major this game was written against, as a literal: the centre refuses it if it runs another.
  sdk: 1,
  title: 'title',
  description: 'description',
  players: { min: 1, max: 6 },
  modes: ['versus', 'solo'],
  controls: ['choice4'],
  controllerLayout: 'choice4',
  contentSchema: quizContentSchema,
  checkContent: checkQuizContent,
  scenes: () => import('./scenes'),
  // The longest round the content schema allows (15 questions × (40 s + reveal) + standings) is under 12 minutes.
  maxDurationS: 900,
  locales: { fr, en },
});

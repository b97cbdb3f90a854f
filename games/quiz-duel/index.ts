import { defineMiniGame } from '../../src/sdk';
import { checkQuizContent } from './check-content';
import { quizContentSchema } from './content-schema';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { quizRules } from './rules';

/** Every seat answers the same four-choice question at once; right and fast earns the most. */
export default defineMiniGame({
  id: 'quiz-duel',
  version: '2.0.0',
  // The SDK major this game was written against, as a literal: the centre refuses it if it runs another.
  sdk: 2,
  title: 'title',
  description: 'description',
  // With phones a whole group plays: the scenes then count answers rather than mark each seat.
  players: { min: 1, max: 6, maxWithPhones: 30 },
  modes: ['versus', 'solo'],
  controls: ['choice4'],
  controllerLayout: 'choice4',
  contentSchema: quizContentSchema,
  items: (content) => content.questions.map((question, i) => ({ id: question.id, objective: question.objective, source: question.source, path: `questions[${i}]` })),
  checkContent: checkQuizContent,
  rules: quizRules,
  bots: { best: quizRules.bestBot },
  scenes: () => import('./scenes'),
  // The longest round the content schema allows (15 questions × (40 s + reveal) + standings) is under 12 minutes.
  maxDurationS: 900,
  locales: { fr, en },
});

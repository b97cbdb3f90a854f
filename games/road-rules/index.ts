import { defineMiniGame } from '../../src/sdk';
import { checkRoadRulesContent } from './check-content';
import { roadRulesContentSchema } from './content-schema';
import en from './locales/en.json';
import fr from './locales/fr.json';

/**
 * Every seat drives its own car at once, seen from above, through junctions, lights, crossings and
 * signs; the game checks what the Code de la route asks and teaches the rule at every mistake.
 */
export default defineMiniGame({
  id: 'road-rules',
  version: '1.0.0',
  // The SDK major this game was written against, as a literal: the centre refuses it if it runs another.
  sdk: 1,
  title: 'title',
  description: 'description',
  players: { min: 1, max: 4 },
  modes: ['versus', 'solo'],
  controls: ['move', 'confirm', 'choice4'],
  controllerLayout: 'dpad',
  contentSchema: roadRulesContentSchema,
  checkContent: checkRoadRulesContent,
  scenes: () => import('./scenes'),
  // The longest round the schema allows: 20 stages × (90 s of driving + about 20 s of intro and feedback).
  maxDurationS: 2400,
  locales: { fr, en },
});

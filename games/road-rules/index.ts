import { defineMiniGame } from '../../src/sdk';
import { checkRoadRulesContent } from './check-content';
import { roadRulesContentSchema, type RoadRulesContent } from './content-schema';
import { roadRulesBestBot } from './rules/best-bot';
import { roadRulesRound } from './rules/round';
import en from './locales/en.json';
import fr from './locales/fr.json';

/**
 * Every seat drives its own car at once, seen from above, through junctions, lights, crossings and
 * signs; the game checks what the Code de la route asks and teaches the rule at every mistake.
 */
export default defineMiniGame({
  id: 'road-rules',
  version: '2.0.0',
  // The SDK major this game was written against, as a literal: the centre refuses it if it runs another.
  sdk: 2,
  title: 'title',
  description: 'description',
  players: { min: 1, max: 4 },
  modes: ['versus', 'solo'],
  controls: ['move', 'confirm', 'choice4'],
  controllerLayout: 'dpad',
  contentSchema: roadRulesContentSchema,
  items: (content: RoadRulesContent) => content.stages.map((stage, i) => ({ id: stage.id, objective: stage.objective, source: stage.source, path: `stages[${i}]` })),
  checkContent: checkRoadRulesContent,
  rules: roadRulesRound,
  bots: { best: roadRulesBestBot },
  scenes: () => import('./scenes'),
  // The longest round the schema allows: 20 stages × (90 s of driving + about 20 s of intro and feedback).
  maxDurationS: 2400,
  locales: { fr, en },
});

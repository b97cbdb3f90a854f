import { defineMiniGame } from '../../src/sdk';
import { checkContent } from './check-content';
import { contentSchema } from './content-schema';
import en from './locales/en.json';
import fr from './locales/fr.json';

/** Everyone moves a marker on the map of Paris to find a place; the closer, the more points. */
export default defineMiniGame({
  id: 'map-quest',
  version: '1.0.0',
  // The SDK major this game was written against, as a literal: the centre refuses it if it runs another.
  sdk: 1,
  title: 'title',
  description: 'description',
  players: { min: 1, max: 4 },
  modes: ['versus', 'solo'],
  controls: ['move', 'confirm', 'choice4'],
  controllerLayout: 'dpad',
  contentSchema,
  checkContent,
  scenes: () => import('./scenes'),
  // The longest round the schema allows is 20 × (120 s + 30 s) = 50 minutes; packs ask far less.
  maxDurationS: 3000,
  locales: { fr, en },
});

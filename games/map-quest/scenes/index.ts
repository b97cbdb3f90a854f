import { MapQuestScene } from './map-quest-scene';

/** The scenes of map-quest; the first starts the round. */
export default [MapQuestScene];

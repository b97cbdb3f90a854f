import { RoadRulesScene } from './road-rules-scene';

/** The scenes of road-rules; the first starts the round. */
export default [RoadRulesScene];

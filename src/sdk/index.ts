// The one door a mini-game comes through. This module loads without Phaser (in Node, the CLI and
// the conformance kit); scenes import `src/sdk/scene` for what needs Phaser.

// Declaring a mini-game
export { defineMiniGame, SDK_VERSION, MODES, CONTROLS } from './mini-game';
export type { MiniGame, MiniGameDefinition, MiniGameLocales, Mode, Control, ControllerLayout, SceneClass } from './mini-game';

// The round context handed to the first scene
export type {
  RoundContext,
  Seat,
  SeatId,
  ChoiceIndex,
  InputPort,
  InputEvents,
  SeatInputState,
  ScorePort,
  LearningPort,
  EvidenceInput,
  AudioPort,
  ClockPort,
  PackInfo,
} from './round-context';

// Content schemas: zod itself (one copy for the whole centre) and the shared pieces of a pack
/** zod, the schema library content schemas are written in. */
export { z } from 'zod';
/** A text in every language of the centre: `{ "fr": "…", "en": "…" }`. */
export { localizedText, LANGUAGES } from '../shared/languages';
export type { LocalizedText, Language } from '../shared/languages';
export type { ContentPack, Objective } from '../shared/pack/content-pack';
export type { PackProblem } from '../shared/pack/check-pack';

// Pure helpers for rules
/** A seeded random generator, the same as `round.random`, for rules tests. */
export { createRandom } from '../shared/random';
export type { Random } from '../shared/random';
export type { SeatShape, Avatar } from '../shared/seat-style';

// The one door a mini-game comes through. This module loads without Phaser (in Node, the CLI and
// the conformance kit); scenes import `src/sdk/scene` for what needs Phaser.

// Declaring a mini-game
export { defineMiniGame, SDK_VERSION, MODES, CONTROLS } from './mini-game';
export type { MiniGame, MiniGameDefinition, MiniGameLocales, Mode, Control, ControllerLayout, SceneClass } from './mini-game';

// Rules: pure, deterministic, run by the shell, by the kit in Node, later by the server
export type {
  Rules,
  RulesContext,
  RulesSeat,
  SeatAction,
  RoundInput,
  LoggedInput,
  HeldInput,
  HappenedEvent,
  EvidenceInput,
  Bot,
  BotTurn,
  SeatId,
  ChoiceIndex,
} from './rules/rules';
export { RoundEngine, IDLE } from './rules/round-engine';
export type { EngineOptions } from './rules/round-engine';
/** The question loop every item game shares: draw, open with a time limit, lock, mark, reveal, next. */
export { itemRound } from './rules/item-round';
export { choiceAnswer } from './rules/choice-answer';
export type {
  RoundItem,
  ItemPhase,
  ItemRoundSpec,
  ItemRoundState,
  ItemTiming,
  AnswerRules,
  AnswerChange,
  AnswerContext,
  SeatDraft,
  SeatTally,
  Mark,
} from './rules/item-round-types';
export { standings } from './rules/standings';
export type { Standing } from './rules/standings';

// A mini-game's own images and sounds
export { defineAssets, SHELL_SOUNDS } from './assets';
export type { MiniGameAssets, ShellSound, SoundName, ImageName } from './assets';

// The round context handed to the first scene
export type { RoundContext, Seat, AudioPort, ClockPort, PackInfo } from './round-context';

// Content schemas: zod itself (one copy for the whole centre) and the shared pieces of a pack
/** zod, the schema library content schemas are written in. */
export { z } from 'zod';
/** A text in every language of the centre: `{ "fr": "…", "en": "…" }`. */
export { localizedText, LANGUAGES } from '../shared/languages';
export type { LocalizedText, Language } from '../shared/languages';
export type { ContentPack, Objective } from '../shared/pack/content-pack';
export type { PackProblem, PackItem } from '../shared/pack/check-pack';
export type { Outcome } from '../shared/round/round-record';
/** Resolves an objective slug (`hydratation`) to its full id (`sante-sport/hydratation`). */
export { resolveObjective } from '../shared/ids';

// Pure helpers for rules
/** A seeded random generator, the same as the rules' `random`, for rules tests. */
export { createRandom } from '../shared/random';
export type { Random } from '../shared/random';
export type { SeatShape, Avatar } from '../shared/seat-style';

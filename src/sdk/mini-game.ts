import type { z } from 'zod';
import type { Language } from '../shared/languages';
import { LANGUAGES } from '../shared/languages';
import { semver, slug } from '../shared/ids';
import { MAX_GROUP_SEATS, type ContentPack } from '../shared/pack/content-pack';
import type { PackItem, PackProblem } from '../shared/pack/check-pack';
import type { Bot, Rules } from './rules/rules';
import type { MiniGameAssets } from './assets';

/** The SDK major version this build of Ludocité runs. SDK 2: rules apart from scenes, evidence with outcomes. */
export const SDK_VERSION = 2;

export const MODES = ['versus', 'coop', 'teams', 'solo'] as const;
export type Mode = (typeof MODES)[number];
export const CONTROLS = ['move', 'confirm', 'choice4', 'pointer'] as const;
export type Control = (typeof CONTROLS)[number];
/** What a phone shows while this mini-game runs. */
export type ControllerLayout = 'dpad' | 'choice4' | 'pointer';

/** A Phaser scene class; typed loosely so this module loads without Phaser (in Node, the CLI, the kit). */
export type SceneClass = new (...args: never[]) => object;

/** A mini-game's own texts, one flat dictionary per language. */
export type MiniGameLocales = Record<Language, Record<string, string>>;

/** What a studio writes. */
export interface MiniGameDefinition<Schema extends z.ZodType> {
  /** Slug, the folder name under `games/`; scene keys start with `<id>:`. */
  id: string;
  version: string;
  /** The SDK major this mini-game was written against. */
  sdk: number;
  /** Keys in `locales` for the catalogue. */
  title: string;
  description: string;
  /**
   * Seats a round can have: `min`–`max` with pads and keyboards (max 8). `maxWithPhones` (up to
   * 30), when given, is the limit once phones are in the lobby: say it only if the scenes can draw
   * a whole group (a count of answers rather than a marker per seat). Without it, phones count as
   * seats within `max`.
   */
  players: { min: number; max: number; maxWithPhones?: number };
  modes: readonly Mode[];
  controls: readonly Control[];
  controllerLayout: ControllerLayout;
  /** The schema every content pack of this mini-game satisfies; the round receives its parsed output. */
  contentSchema: Schema;
  /**
   * Every item a pack of this game holds, each with its objective, its source and its path in
   * `data`: the pack checker then checks objectives and sources for you, and reports list items.
   */
  items?: (content: z.output<Schema>) => readonly PackItem[];
  /** Cross-checks a schema cannot express (an item naming an undeclared objective, a duplicate id…). */
  checkContent?: (pack: ContentPack<z.output<Schema>>) => PackProblem[];
  /**
   * The rules: pure and deterministic, they load in Node. Everything the round records — points
   * and evidence — comes from them; scenes only draw their state.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each game's state type is its own; scenes and bots name it
  rules: Rules<z.output<Schema>, any>;
  /**
   * Simulated players for the conformance kit: `best` plays the best game (it may read the whole
   * state) and must reach the pack's `maxPointsPerSeat`; `random` presses at random (the kit has
   * its own when left out).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as for rules
  bots?: { best?: Bot<any>; random?: Bot<any> };
  /** Loads the mini-game's own images and sounds (`() => import('./assets')`); lazy, like the scenes. */
  assets?: () => Promise<{ default: MiniGameAssets }>;
  /** Loads the scene classes; the first one starts the round. Lazy, so the definition loads without Phaser. */
  scenes: () => Promise<{ default: readonly SceneClass[] }>;
  /** The shell ends a round that runs longer than this (round time, pauses excluded). */
  maxDurationS: number;
  locales: MiniGameLocales;
}

/** The longest round a mini-game may declare, in seconds of round time: a hall session is about an hour. */
export const MAX_ROUND_S = 3600;

/** What is wrong with a `maxDurationS`, or null: the one rule that `defineMiniGame` and the conformance kit apply. */
export function maxDurationProblem(seconds: number): string | null {
  return seconds > 0 && seconds <= MAX_ROUND_S ? null : `must be more than 0 s and at most ${MAX_ROUND_S} s (one hour); it is ${seconds}`;
}

/**
 * The most seats a round of this pack can have: the pack's and the mini-game's `max`, or, when
 * phones are among the seats, their `maxWithPhones` (each falling back to its `max`).
 */
export function seatLimit(game: Pick<MiniGameDefinition<z.ZodType>, 'players'>, pack: Pick<ContentPack, 'players'>, withPhones: boolean): number {
  const local = Math.min(game.players.max, pack.players.max);
  if (!withPhones) return local;
  return Math.max(local, Math.min(game.players.maxWithPhones ?? game.players.max, pack.players.maxWithPhones ?? pack.players.max));
}

/** A checked mini-game definition, as the shell and the tools see it. */
export type MiniGame<Schema extends z.ZodType = z.ZodType> = Readonly<MiniGameDefinition<Schema>>;

/**
 * Declares a mini-game. Throws at once, naming the field, when the definition itself is wrong.
 * @example
 * export default defineMiniGame({
 *   id: 'quiz-duel', version: '1.0.0', sdk: 1, title: 'title', description: 'description',
 *   players: { min: 1, max: 6 }, modes: ['versus'], controls: ['choice4'], controllerLayout: 'choice4',
 *   contentSchema, scenes: () => import('./scenes'), maxDurationS: 600, locales: { fr, en },
 * });
 */
export function defineMiniGame<Schema extends z.ZodType>(definition: MiniGameDefinition<Schema>): MiniGame<Schema> {
  const wrong = (field: string, why: string): never => {
    throw new Error(`mini-game "${String(definition.id)}": ${field} ${why}`);
  };
  if (!slug.safeParse(definition.id).success) wrong('id', 'must be lower-case words joined by hyphens');
  if (!semver.safeParse(definition.version).success) wrong('version', 'must look like "1.0.0"');
  if (definition.sdk !== SDK_VERSION) wrong('sdk', `targets SDK ${definition.sdk}; this centre runs SDK ${SDK_VERSION}`);
  const { min, max } = definition.players;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min || max > 8) wrong('players', 'must be 1 ≤ min ≤ max ≤ 8');
  const { maxWithPhones } = definition.players;
  if (maxWithPhones !== undefined && (!Number.isInteger(maxWithPhones) || maxWithPhones < max || maxWithPhones > MAX_GROUP_SEATS)) {
    wrong('players.maxWithPhones', `must be a whole number from max (${max}) to ${MAX_GROUP_SEATS}; it is ${maxWithPhones}`);
  }
  if (definition.modes.length === 0) wrong('modes', 'must name at least one mode');
  if (typeof definition.rules?.setup !== 'function' || typeof definition.rules.view !== 'function' || typeof definition.rules.seatView !== 'function') {
    wrong('rules', 'must give setup, view and seatView (see itemRound for the question loop)');
  }
  const duration = maxDurationProblem(definition.maxDurationS);
  if (duration) wrong('maxDurationS', duration);
  for (const language of LANGUAGES) {
    const texts = definition.locales[language];
    if (!texts) wrong('locales', `has no "${language}" texts`);
    for (const key of [definition.title, definition.description]) {
      if (!texts[key]) wrong(`locales.${language}`, `has no text for "${key}"`);
    }
  }
  return Object.freeze({ ...definition });
}

// The conformance kit: what a studio runs over its mini-game and content packs before shipping.
// It loads in Node (no Phaser): run it from Vitest, as tests/packs does for every game here.

import { LANGUAGES } from '../../shared/languages';
import { checkPack, type PackProblem } from '../../shared/pack/check-pack';
import { CONTROLS, MODES, SDK_VERSION, maxDurationProblem, type MiniGame } from '../mini-game';

export { playRound, randomBot } from './play-round';
export type { PlayOptions, PlayedRound } from './play-round';
export { checkRounds } from './check-rounds';
export type { RoundChecks } from './check-rounds';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Checks a mini-game definition: SDK version, players, modes and controls, and its own texts —
 * the same keys in every language, none empty, the same `{{placeholders}}` everywhere.
 * Returns every problem found; an empty list means it conforms.
 * @example
 * expect(checkMiniGame(quizDuel)).toEqual([]);
 */
export function checkMiniGame(game: MiniGame): string[] {
  const problems: string[] = [];
  if (game.sdk !== SDK_VERSION) problems.push(`sdk: targets SDK ${game.sdk}, this centre runs SDK ${SDK_VERSION}`);
  if (game.modes.some((m) => !(MODES as readonly string[]).includes(m))) problems.push(`modes: only ${MODES.join(', ')}`);
  if (!game.controls.length || game.controls.some((c) => !(CONTROLS as readonly string[]).includes(c))) problems.push(`controls: name at least one of ${CONTROLS.join(', ')}`);
  const duration = maxDurationProblem(game.maxDurationS);
  if (duration) problems.push(`maxDurationS: ${duration}`);
  if (typeof game.scenes !== 'function') problems.push('scenes: a function that imports the scene classes, e.g. () => import(\'./scenes\')');
  if (typeof game.contentSchema?.safeParse !== 'function') problems.push('contentSchema: a zod schema');
  const reference = LANGUAGES[0];
  const referenceKeys = Object.keys(game.locales[reference] ?? {}).sort();
  for (const language of LANGUAGES) {
    const texts = game.locales[language] ?? {};
    const keys = Object.keys(texts).sort();
    for (const key of referenceKeys) if (!(key in texts)) problems.push(`locales.${language}: no text for "${key}" (it exists in ${reference})`);
    for (const key of keys) {
      const text = texts[key];
      if (!referenceKeys.includes(key)) problems.push(`locales.${language}: "${key}" does not exist in ${reference}`);
      if (typeof text !== 'string' || !text.trim()) problems.push(`locales.${language}.${key}: empty`);
      else if (placeholders(text).join() !== placeholders(game.locales[reference]?.[key] ?? '').join()) {
        problems.push(`locales.${language}.${key}: its {{placeholders}} differ from the ${reference} text`);
      }
    }
  }
  return problems;
}

/**
 * Checks one content pack file against its mini-game: the pack envelope, the data against the
 * content schema, and the mini-game's own cross-checks. Returns every problem with its path.
 */
export function checkContentPack(game: MiniGame, file: string, text: string): PackProblem[] {
  const result = checkPack(file, text, new Map([[game.id, game as never]]));
  return result.ok ? [] : result.problems;
}

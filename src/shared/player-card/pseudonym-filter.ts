import { checkName, PSEUDONYM_NAME, type NameRule } from './name-filter';
import { nameKey } from './name-skeleton';

export const PSEUDONYM_MIN_LENGTH = PSEUDONYM_NAME.minLength;
export const PSEUDONYM_MAX_LENGTH = PSEUDONYM_NAME.maxLength;

export type PseudonymCheck = { ok: true; pseudonym: string } | { ok: false; rule: NameRule; reason: string };

/**
 * The comparison key of a pseudonym (the store's `pseudonym_key`): "Panda Rapide 42",
 * "panda-rapide42", "PANDA RAPIDE 42" and "Pаnda Rapide 42" with a Cyrillic а are one pseudonym,
 * so two cards never look alike on a leaderboard.
 */
export function pseudonymKey(pseudonym: string): string {
  return nameKey(pseudonym);
}

/** Checks a typed pseudonym with the name filter (see `checkName`); returns it tidied or a reason. */
export function checkPseudonym(typed: string): PseudonymCheck {
  const check = checkName(typed, PSEUDONYM_NAME);
  return check.ok ? { ok: true, pseudonym: check.name } : check;
}

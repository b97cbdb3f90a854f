import { BLOCKED_ROOTS, BLOCKED_WHOLE_WORDS } from './pseudonym-blocklist';

export const PSEUDONYM_MIN_LENGTH = 3;
export const PSEUDONYM_MAX_LENGTH = 24;

export type PseudonymCheck = { ok: true; pseudonym: string } | { ok: false; reason: string };

/** Digits people write for letters ("s4l0p3"), read back as the letters. */
const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '$': 's', '@': 'a' };

function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The comparison key of a pseudonym: "Panda Rapide 42", "panda-rapide42" and "PANDA RAPIDE 42"
 * are the same pseudonym, so two cards never look alike on a leaderboard.
 */
export function pseudonymKey(pseudonym: string): string {
  return withoutAccents(pseudonym).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Lower case, no accents, look-alikes read as letters, runs of a letter squeezed to one. */
function readable(text: string): string {
  const plain = withoutAccents(text).toLowerCase();
  const letters = [...plain].map((c) => LOOK_ALIKES[c] ?? c).join('');
  return letters.replace(/(\p{L})\1+/gu, '$1');
}

const squeeze = (word: string) => word.replace(/(.)\1+/g, '$1');
const wholeWords = new Set(BLOCKED_WHOLE_WORDS.map(squeeze));
const roots = BLOCKED_ROOTS.map(squeeze);

/**
 * Checks a typed pseudonym. It must be 3–24 characters of letters (any script), digits, spaces,
 * hyphens or apostrophes; hold at least two letters; carry nothing that reaches a person outside
 * the centre (a phone number, an e-mail, a link); and contain no insult. Returns it tidied
 * (spaces collapsed) or a reason a player can read.
 *
 * No filter can tell a real name from a pseudonym: the screen offers generated ones first.
 */
export function checkPseudonym(typed: string): PseudonymCheck {
  const pseudonym = typed.normalize('NFC').trim().replace(/\s+/g, ' ');
  if ([...pseudonym].length < PSEUDONYM_MIN_LENGTH) return { ok: false, reason: `a pseudonym has at least ${PSEUDONYM_MIN_LENGTH} characters` };
  if ([...pseudonym].length > PSEUDONYM_MAX_LENGTH) return { ok: false, reason: `a pseudonym has at most ${PSEUDONYM_MAX_LENGTH} characters` };
  if (!/^[\p{L}\p{M}\p{N}' -]+$/u.test(pseudonym)) {
    return { ok: false, reason: 'use letters, digits, spaces, hyphens and apostrophes only' };
  }
  if ((pseudonym.match(/\p{L}/gu) ?? []).length < 2) return { ok: false, reason: 'a pseudonym needs at least two letters' };
  if ((pseudonym.match(/\p{N}/gu) ?? []).length > 4) {
    return { ok: false, reason: 'too many digits: a pseudonym must not carry a phone number' };
  }
  const text = readable(pseudonym);
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const joined = words.join('');
  if (words.some((word) => wholeWords.has(word)) || roots.some((root) => joined.includes(root))) {
    return { ok: false, reason: 'this pseudonym contains a word that is not allowed here' };
  }
  return { ok: true, pseudonym };
}

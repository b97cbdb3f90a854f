import { BLOCKED_ROOTS, BLOCKED_WHOLE_WORDS } from './pseudonym-blocklist';
import { blocklistForm } from './name-skeleton';
import { mixedScripts } from './name-scripts';

/** What kind of name is checked, and its bounds (lengths in characters, i.e. code points). */
export interface NameKind {
  /** How a reason calls it: "a pseudonym", "a team label". */
  noun: string;
  minLength: number;
  maxLength: number;
  minLetters: number;
}

export const PSEUDONYM_NAME: NameKind = { noun: 'a pseudonym', minLength: 3, maxLength: 24, minLetters: 2 };
export const TEAM_LABEL_NAME: NameKind = { noun: 'a team label', minLength: 1, maxLength: 40, minLetters: 1 };

/** The rule a refused name broke, named in the API's 400 answer. */
export type NameRule =
  | 'invisible-character'
  | 'length'
  | 'e-mail'
  | 'characters'
  | 'phone-number'
  | 'letters'
  | 'mixed-script'
  | 'blocked-word';

export type NameCheck = { ok: true; name: string } | { ok: false; rule: NameRule; reason: string };

/** More digits than this could be a phone number (French numbers have 10, split in pairs). */
const MAX_DIGITS = 4;
/** A letter may carry accents (Vietnamese stacks two); more is text piled up to cover others. */
const MAX_MARKS_PER_LETTER = 2;

/**
 * Control, format (zero-width, joiners), bidirectional overrides, line and paragraph separators,
 * private-use, unassigned code points and lone surrogates: none of them is seen, all of them can
 * make a name show as something else.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u;

const wholeWords = new Set(BLOCKED_WHOLE_WORDS.map(blocklistForm));
const roots = BLOCKED_ROOTS.map((root) => blocklistForm(root).replace(/ /g, ''));

const LETTER_COUNTS: Record<number, string> = { 1: 'one letter', 2: 'two letters', 3: 'three letters' };

const refuse = (rule: NameRule, reason: string): NameCheck => ({ ok: false, rule, reason });
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Checks a typed name (a pseudonym, a team label) before it is stored and shown on a big screen.
 * It is normalised (NFKC: full-width letters and ligatures read as plain ones, spaces collapsed)
 * and must: hold no invisible or direction-changing character; fit its length; carry nothing that
 * reaches a person outside the centre (no `@`, at most four digits); use only letters, digits,
 * spaces, hyphens and apostrophes; hold enough letters; write each word in one script; and
 * contain no word of the block list, compared through TR 39 skeletons so look-alike letters of
 * other scripts, digits for letters and doubled letters do not hide one.
 *
 * No filter can tell a real name from a pseudonym: the screen offers generated ones first.
 */
export function checkName(typed: string, kind: NameKind): NameCheck {
  const invisible = typed.match(INVISIBLE);
  if (invisible) {
    return refuse('invisible-character', `${kind.noun} may not hold control, format or bidirectional characters (${codePoint(invisible[0])})`);
  }
  const name = typed.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const length = [...name].length;
  if (length < kind.minLength) return refuse('length', `${kind.noun} has at least ${kind.minLength} character${kind.minLength > 1 ? 's' : ''}`);
  if (length > kind.maxLength) return refuse('length', `${kind.noun} has at most ${kind.maxLength} characters`);
  if (name.includes('@')) return refuse('e-mail', `${kind.noun} may not hold an @: it must not carry an e-mail address`);
  if (!/^[\p{L}\p{M}\p{N}' -]+$/u.test(name)) return refuse('characters', 'use letters, digits, spaces, hyphens and apostrophes only');
  if (new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1}}`, 'u').test(name.normalize('NFD'))) {
    return refuse('characters', `at most ${MAX_MARKS_PER_LETTER} accents on one letter`);
  }
  if ((name.match(/\p{N}/gu) ?? []).length > MAX_DIGITS) {
    return refuse('phone-number', `too many digits: ${kind.noun} has at most ${MAX_DIGITS}, so it cannot carry a phone number`);
  }
  if ((name.match(/\p{L}/gu) ?? []).length < kind.minLetters) {
    return refuse('letters', `${kind.noun} needs at least ${LETTER_COUNTS[kind.minLetters] ?? `${kind.minLetters} letters`}`);
  }
  for (const word of name.split(/[ '-]+/)) {
    const scripts = mixedScripts(word);
    if (scripts) return refuse('mixed-script', `"${word}" mixes alphabets (${scripts.join(' and ')}): write each word in one alphabet`);
  }
  const form = blocklistForm(name);
  // Spaced-out letters ("s a l o p e", "a s s") meet the roots once joined and squeezed again.
  const joined = form.replace(/ /g, '').replace(/(\p{L})\1+/gu, '$1');
  if (form.split(' ').some((word) => wholeWords.has(word)) || roots.some((root) => joined.includes(root))) {
    return refuse('blocked-word', `${kind.noun === 'a pseudonym' ? 'this pseudonym' : 'this team label'} contains a word that is not allowed here`);
  }
  return { ok: true, name };
}

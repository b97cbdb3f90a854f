/**
 * Scripts a name's letters are told apart by. A letter of a script not listed counts as "other",
 * so mixing it with any listed script is still seen.
 */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Thaana', 'Syriac', 'Devanagari',
  'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao',
  'Tibetan', 'Myanmar', 'Khmer', 'Ethiopic', 'Cherokee', 'Tifinagh', 'Nko', 'Vai', 'Han', 'Hiragana',
  'Katakana', 'Hangul', 'Bopomofo',
] as const;
const SCRIPT_TESTS = SCRIPTS.map((script) => ({ script: script as string, test: new RegExp(`\\p{Script=${script}}`, 'u') }));

/**
 * Scripts written together in one word by a real language (TR 39's "highly restrictive" level):
 * Japanese mixes Han with the kana, Korean Han with Hangul, Chinese Han with Bopomofo.
 */
const WRITTEN_TOGETHER: readonly (readonly string[])[] = [['Han', 'Hiragana', 'Katakana'], ['Han', 'Hangul'], ['Han', 'Bopomofo']];

function scriptOf(letter: string): string {
  return SCRIPT_TESTS.find(({ test }) => test.test(letter))?.script ?? 'other';
}

/**
 * The scripts of a word whose letters mix scripts no language writes together ("Pаnda" with a
 * Cyrillic а is Latin and Cyrillic), or null when the word is written in one. Digits, marks and
 * punctuation belong to every script and are ignored.
 */
export function mixedScripts(word: string): string[] | null {
  const scripts = [...new Set((word.match(/\p{L}/gu) ?? []).map(scriptOf))];
  if (scripts.length <= 1) return null;
  if (WRITTEN_TOGETHER.some((group) => scripts.every((script) => group.includes(script)))) return null;
  return scripts;
}

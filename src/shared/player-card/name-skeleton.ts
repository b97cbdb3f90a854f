import unhomoglyph from 'unhomoglyph';

const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The confusable skeleton of Unicode TR 39 (section 4): NFD, each character replaced by its
 * prototype from the Unicode confusables data, NFD again. Two strings that look alike ("Pаnda"
 * with a Cyrillic а, "Panda") have the same skeleton. The skeleton is for comparing, never for
 * showing: "m" becomes "rn".
 */
export function confusableSkeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/**
 * What two names are compared by: accents, case, spacing and punctuation ignored, look-alike
 * characters of any script read as one (TR 39 skeleton), and i, l, I and 1 read as one, since
 * a capital I and a small l are the same stroke in the screen's font. Never shown.
 */
export function nameKey(name: string): string {
  return comparable(withoutMarks(name.normalize('NFKC'))).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Skeleton, lower case, skeleton again: the first pass reads a capital by its own look (Cyrillic
 * "Н" is "H"), the second the small letters lower case gave ("M" → "m" → "rn"), so case and
 * look-alikes are ignored together. Then i and l are read as one.
 */
function comparable(text: string): string {
  const once = confusableSkeleton(text).toLowerCase();
  return withoutMarks(confusableSkeleton(once)).toLowerCase().replace(/i/g, 'l');
}

/** Digits and signs people write for letters ("s4l0p3"), read back as the letters. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', $: 's', '@': 'a', '€': 'e' };

/** Runs of one letter (of either case) squeezed to one; "rn" runs too, since "mm" reads "rnrn". */
const squeeze = (text: string) => text.replace(/(\p{L})\1+/giu, '$1').replace(/(?:rn)+/g, 'rn');

/**
 * The form names and blocked words are compared in: the name key's reading (skeleton, no
 * accents, one case) after digits read as letters, with runs of a letter squeezed to one, and
 * word breaks kept as spaces. The same function turns the word list into this form, so "merde",
 * "MERDE", "m3rde" and "мerde" (Cyrillic м) all meet.
 */
export function blocklistForm(text: string): string {
  const plain = withoutMarks(text.normalize('NFKC'));
  const letters = [...plain].map((c) => LEET[c.toLowerCase()] ?? c).join('');
  const words = squeeze(comparable(squeeze(letters))).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Letters typed apart ("v t f f") are one word again.
  const merged: string[] = [];
  words.forEach((word, i) => {
    if (word.length === 1 && i > 0 && words[i - 1]!.length === 1) merged[merged.length - 1] += word;
    else merged.push(word);
  });
  return merged.map(squeeze).join(' ');
}

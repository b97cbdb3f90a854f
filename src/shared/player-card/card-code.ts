import { z } from 'zod';
import type { PickInt } from './pseudonym-generator';

/**
 * The characters of a card code: 20 symbols a player enters on a 5 × 4 on-screen pad grid. Left
 * out because they look alike: 0 O Q D, 1 I L, 2 Z, 5 S, 8 B, G, U V.
 */
export const CARD_CODE_ALPHABET = 'ACEFHJKMNPRTWXY34679';
/**
 * 20^8 = 2.56 × 10^10 codes. With 5,000 cards a guess hits one in 5 million tries; under the
 * server's limits on wrong codes (docs/operations.md, "Card codes") that is years of guessing.
 * Five characters (3.2 million codes, one hit in 640 tries) fell to a flood in minutes.
 */
export const CARD_CODE_LENGTH = 8;

const codePattern = new RegExp(`^[${CARD_CODE_ALPHABET}]{${CARD_CODE_LENGTH}}$`);

/** What a person types, made comparable: upper case, spaces and hyphens dropped. */
export function normaliseCardCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isCardCode(code: string): boolean {
  return codePattern.test(code);
}

/** A card code as typed (`"hx7m a34-9"` is fine), parsed to its normal form `HX7MA349`. */
export const cardCodeSchema = z
  .string()
  .max(40, `a card code has ${CARD_CODE_LENGTH} characters`)
  .transform(normaliseCardCode)
  .refine(isCardCode, `a card code is ${CARD_CODE_LENGTH} characters from ${CARD_CODE_ALPHABET}`);

/** A new random code; the server draws with crypto and retries on the rare collision. */
export function generateCardCode(pickInt: PickInt): string {
  let code = '';
  for (let i = 0; i < CARD_CODE_LENGTH; i++) code += CARD_CODE_ALPHABET[pickInt(0, CARD_CODE_ALPHABET.length - 1)];
  return code;
}

/** How a code is shown and printed: two groups of four, easier to read back and to copy. */
export function formatCardCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

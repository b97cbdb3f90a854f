import { z } from 'zod';
import type { PickInt } from './pseudonym-generator';

/**
 * The characters of a card code: 20 symbols a player enters on a 5 × 4 on-screen pad grid. Left
 * out because they look alike: 0 O Q D, 1 I L, 2 Z, 5 S, 8 B, G, U V.
 */
export const CARD_CODE_ALPHABET = 'ACEFHJKMNPRTWXY34679';
/** 20^5 = 3.2 million codes: a guess hits one of a few thousand cards about once in a thousand tries. */
export const CARD_CODE_LENGTH = 5;

const codePattern = new RegExp(`^[${CARD_CODE_ALPHABET}]{${CARD_CODE_LENGTH}}$`);

/** What a person types, made comparable: upper case, spaces and hyphens dropped. */
export function normaliseCardCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isCardCode(code: string): boolean {
  return codePattern.test(code);
}

/** A card code as typed (`"hk 7m-a"` is fine), parsed to its normal form `HK7MA`. */
export const cardCodeSchema = z
  .string()
  .max(20, 'a card code has 5 characters')
  .transform(normaliseCardCode)
  .refine(isCardCode, `a card code is ${CARD_CODE_LENGTH} characters from ${CARD_CODE_ALPHABET}`);

/** A new random code; the server draws with crypto and retries on the rare collision. */
export function generateCardCode(pickInt: PickInt): string {
  let code = '';
  for (let i = 0; i < CARD_CODE_LENGTH; i++) code += CARD_CODE_ALPHABET[pickInt(0, CARD_CODE_ALPHABET.length - 1)];
  return code;
}

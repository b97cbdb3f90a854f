import { z } from 'zod';

/**
 * The letters of a room code, read off a big screen from across a hall. Only letters (a phone's
 * keyboard opens on letters), and none that a reader at 10 m confuses with another or with a
 * digit: no I L (1), O Q D (0), S (5), B (8), G (6), U V, Z (2). The card codes' letters, for the
 * same reasons.
 */
export const ROOM_CODE_ALPHABET = 'ACEFHJKMNPRTWXY';
/**
 * 15^4 = 50,625 codes for a centre's few dozen rooms: a stranger guessing codes hits an open room
 * about once in a thousand tries, under the per-connection join limit; a host locks a full room.
 */
export const ROOM_CODE_LENGTH = 4;

const codePattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** What a person types, made comparable: upper case, spaces and hyphens dropped. */
export function normaliseRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isRoomCode(code: string): boolean {
  return codePattern.test(code);
}

/** A room code as typed (`" hx7m"` is fine), parsed to its normal form `HX7M`. */
export const roomCodeSchema = z
  .string()
  .max(16, `a room code has ${ROOM_CODE_LENGTH} letters`)
  .transform(normaliseRoomCode)
  .refine(isRoomCode, `a room code is ${ROOM_CODE_LENGTH} letters from ${ROOM_CODE_ALPHABET}`);

/** A new code from `pickInt(0, n - 1)`; the server draws with crypto and retries on a code in use. */
export function generateRoomCode(pickInt: (min: number, max: number) => number): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[pickInt(0, ROOM_CODE_ALPHABET.length - 1)];
  return code;
}

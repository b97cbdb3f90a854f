import { z } from 'zod';
import { roomCodeSchema } from '../../shared/room/room-code';
import { AVATARS } from '../../shared/seat-style';

/**
 * What a phone keeps across a reload or a screen lock, in sessionStorage (this tab only, gone
 * when it closes): the room, the resume token `joined` gave, who the player is, and the count of
 * inputs sent (`n`), so the screen never takes a press after a reload for one it saw before.
 */
const keptSeatSchema = z.object({
  code: roomCodeSchema,
  token: z.string().min(16).max(128),
  pseudonym: z.string().min(1).max(64),
  avatar: z.enum(AVATARS),
  sent: z.int().nonnegative(),
});
export type KeptSeat = z.infer<typeof keptSeatSchema>;

const STORAGE_KEY = 'ludocite.controller.seat';

export function readKeptSeat(storage: Storage | undefined = sessionStorageOrNothing()): KeptSeat | null {
  const raw = storage?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = keptSeatSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    console.warn('controller: the kept seat was not readable and is forgotten', parsed.error.issues[0]);
  } catch {
    console.warn('controller: the kept seat was not JSON and is forgotten');
  }
  storage?.removeItem(STORAGE_KEY);
  return null;
}

export function keepSeat(seat: KeptSeat, storage: Storage | undefined = sessionStorageOrNothing()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(seat));
  } catch {
    // Storage full or refused: the seat still comes back after a drop, only not after a reload.
  }
}

export function forgetSeat(storage: Storage | undefined = sessionStorageOrNothing()): void {
  storage?.removeItem(STORAGE_KEY);
}

function sessionStorageOrNothing(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

import { CARD_CODE_ALPHABET } from '../../shared/player-card/card-code';
import type { SignInAction } from './sign-in-flow';

/** What a key pressed on the keyboard means while a keyboard seat enters its card code. */
export type TypedKey = { character: string } | { action: SignInAction | 'erase' | 'cancel' } | null;

const ACTIONS: Record<string, SignInAction | 'erase' | 'cancel'> = {
  Enter: 'confirm',
  NumpadEnter: 'confirm',
  Space: 'confirm',
  Backspace: 'erase',
  Delete: 'erase',
  Escape: 'cancel',
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * Reads a key by what it writes (`key`, so an AZERTY keyboard types its own letters) for the
 * characters of a card code, and by where it is (`code`) for the keys that act. Held keys
 * repeating are ignored: a code is typed one press at a time.
 */
export function typedKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'repeat'>): TypedKey {
  if (event.repeat) return null;
  const action = ACTIONS[event.code];
  if (action) return { action };
  const character = event.key.toUpperCase();
  if (character.length === 1 && CARD_CODE_ALPHABET.includes(character)) return { character };
  return null;
}

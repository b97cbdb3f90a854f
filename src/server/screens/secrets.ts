import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CARD_CODE_ALPHABET } from '../../shared/player-card/card-code';

/** A screen credential or a seat token: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a secret. The secrets are long and random, so a plain SHA-256 is
 * enough (no salt, no slow hash): nobody can try them one by one against the hash.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A one-time pairing code, `HX7M-A349`: the card alphabet, so it reads and types without look-alikes. */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CARD_CODE_ALPHABET[randomInt(CARD_CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A short screen id an operator can type in `ludocite screen revoke`. */
export function newScreenId(): string {
  return `screen-${randomBytes(4).toString('hex')}`;
}

import type { Store } from '../store/store';
import { hashSecret, newPairingCode, newScreenId } from './secrets';

/** A pairing code is good for an hour: the operator walks to the screen and types the address. */
export const PAIRING_TTL_MS = 60 * 60_000;

export interface NewPairing {
  id: string;
  name: string;
  /** `HX7M-A349`, shown once: the store keeps its hash. */
  code: string;
  expiresAt: number;
}

/** Adds a screen waiting for its one-time pairing code. */
export async function addScreen(store: Store, name: string, now: number): Promise<NewPairing> {
  const code = newPairingCode();
  const id = newScreenId();
  const expiresAt = now + PAIRING_TTL_MS;
  await store.addScreen({ id, name, addedAt: now, pairingHash: hashSecret(code.replace('-', '')), pairingExpiresAt: expiresAt });
  return { id, name, code, expiresAt };
}

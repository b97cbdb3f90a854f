import { z } from 'zod';

/** A pack, mini-game or objective slug: lower-case words joined by hyphens, like `sante-sport`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, like "sante-sport"');

/** Semantic version `major.minor.patch`. */
export const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version like "1.0.0"');

/** An objective id is `<pack-id>/<slug>`, so objectives of different packs never collide. */
export const objectiveId = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an objective id is "<pack-id>/<slug>", like "sante-sport/hydratation"');

/** A random RFC 4122 version 4 id, in browsers and Node alike. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * An objective as a pack's items name it — its slug (`hydratation`) or its full id
 * (`sante-sport/hydratation`) — resolved to the full id. The one place this is decided.
 */
export function resolveObjective(packId: string, named: string): string {
  return named.includes('/') ? named : `${packId}/${named}`;
}

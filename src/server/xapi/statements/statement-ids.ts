import { createHash } from 'node:crypto';

/**
 * The namespace of every name-based UUID Ludocité makes for xAPI (RFC 4122 §4.3). Fixed for ever:
 * changing it would give every stored round new statement ids, and an LRS would store them twice.
 */
export const LUDOCITE_XAPI_NAMESPACE = '27cfa1cc-5058-43b0-a421-99daca47986e';

const namespaceBytes = Buffer.from(LUDOCITE_XAPI_NAMESPACE.replaceAll('-', ''), 'hex');

/** A version 5 (SHA-1, name-based) UUID: the same name always gives the same id. */
export function nameBasedUuid(name: string, namespace?: string): string {
  const space = namespace === undefined ? namespaceBytes : Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(space).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** An RFC 4122 UUID of versions 1–5, as xAPI validators accept them. */
const RFC4122 = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The round's `context.registration`: the round id itself (in lower case) when it is an RFC 4122
 * UUID of version 1–5, as every screen makes them; otherwise a name-based UUID of it, so an odd id
 * still gives a valid and stable registration.
 */
export function registrationOf(roundId: string): string {
  const lower = roundId.toLowerCase();
  return RFC4122.test(lower) ? lower : nameBasedUuid(`round:${roundId}`);
}

/** The id of a seat's round statement (completed or terminated). */
export const roundStatementId = (roundId: string, seat: string) => nameBasedUuid(`round:${roundId}:seat:${seat}`);

/** The id of one evidence row's statement: the evidence's place in its round never changes. */
export const evidenceStatementId = (roundId: string, lineNo: number) => nameBasedUuid(`round:${roundId}:evidence:${lineNo}`);

/**
 * A guest seat's account name: stable for the same stored seat, tied to nothing else (no card, no
 * other round), so two guest seats can never be linked to one person.
 */
export const guestAccountName = (roundId: string, seat: string) => `guest-${nameBasedUuid(`guest:${roundId}:${seat}`)}`;

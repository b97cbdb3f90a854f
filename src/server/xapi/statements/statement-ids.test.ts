import { describe, expect, it } from 'vitest';
import { isoDuration } from './iso-duration';
import { evidenceStatementId, guestAccountName, nameBasedUuid, registrationOf, roundStatementId } from './statement-ids';

/** RFC 4122's DNS namespace: its version 5 UUID of "www.example.com" is a published value. */
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('name-based ids', () => {
  it('makes RFC 4122 version 5 UUIDs (a known vector in the DNS namespace)', () => {
    expect(nameBasedUuid('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same id for the same stored record and different ids for anything else', () => {
    const round = '1c80f71c-c8ed-4a30-974a-a8beb0269f97';
    expect(evidenceStatementId(round, 3)).toBe(evidenceStatementId(round, 3));
    const ids = new Set([evidenceStatementId(round, 3), evidenceStatementId(round, 4), roundStatementId(round, 'pad-0'), roundStatementId(round, 'pad-1'), evidenceStatementId('2c80f71c-c8ed-4a30-974a-a8beb0269f97', 3)]);
    expect(ids.size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps a screen-made round id as the registration and derives one for anything else', () => {
    expect(registrationOf('1C80F71C-C8ED-4A30-974A-A8BEB0269F97')).toBe('1c80f71c-c8ed-4a30-974a-a8beb0269f97');
    expect(registrationOf('round-7')).toBe(nameBasedUuid('round:round-7'));
    // Version 7 is a UUID to zod but not to xAPI 1.0.3's RFC 4122 (versions 1–5).
    expect(registrationOf('01890a5d-ac96-774b-bcce-b302099a8057')).not.toBe('01890a5d-ac96-774b-bcce-b302099a8057');
  });

  it('names a guest seat by its round and seat alone', () => {
    const round = '1c80f71c-c8ed-4a30-974a-a8beb0269f97';
    expect(guestAccountName(round, 'pad-2')).toBe(guestAccountName(round, 'pad-2'));
    expect(guestAccountName(round, 'pad-2')).not.toBe(guestAccountName(round, 'pad-3'));
    expect(guestAccountName(round, 'pad-2')).toMatch(/^guest-[0-9a-f-]{36}$/);
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the millisecond', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1100)).toBe('PT1.1S');
    expect(isoDuration(40_000)).toBe('PT40S');
    expect(isoDuration(208_000)).toBe('PT3M28S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_045)).toBe('PT1H2M3.045S');
  });
});

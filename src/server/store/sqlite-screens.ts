import type { SqliteDatabase } from './database';
import type { IssuedSeatToken, NewScreen, RegisteredScreen, ScreenLine, StoredSeatToken } from './store';

interface ScreenRow {
  id: string;
  name: string | null;
  pairing_expires_at: number | null;
  credential_hash: string | null;
  paired_at: number | null;
  revoked_at: number | null;
  first_seen_at: number;
  last_seen_at: number;
}

const stateOf = (row: ScreenRow, now: number): ScreenLine['state'] => {
  if (row.revoked_at !== null) return 'revoked';
  if (row.credential_hash !== null) return 'paired';
  if (row.pairing_expires_at !== null) return row.pairing_expires_at > now ? 'waiting' : 'expired';
  return 'unregistered';
};

export interface ScreenQueries {
  add(screen: NewScreen): void;
  pair(pairingHash: string, credentialHash: string, now: number): RegisteredScreen | undefined;
  byCredential(credentialHash: string): RegisteredScreen | undefined;
  touch(id: string, now: number): void;
  list(now: number): ScreenLine[];
  revoke(idOrName: string, now: number): { outcome: 'revoked'; screen: RegisteredScreen } | { outcome: 'unknown' } | { outcome: 'ambiguous'; ids: string[] };
  issueSeatToken(token: IssuedSeatToken): void;
  seatToken(tokenHash: string): StoredSeatToken | undefined;
}

/**
 * Registered screens and their seat tokens. `first_seen_at` is when the operator added the screen
 * (it is NOT NULL from the first schema), `last_seen_at` its last round or sign-in.
 */
export function createScreenQueries(db: SqliteDatabase): ScreenQueries {
  const insert = db.prepare(
    `INSERT INTO screens (id, name, pairing_hash, pairing_expires_at, credential_hash, paired_at, first_seen_at, last_seen_at)
     VALUES (@id, @name, @pairingHash, @pairingExpiresAt, @credentialHash, @pairedAt, @addedAt, @addedAt)`,
  );
  const byPairing = db.prepare<[string, number], { id: string; name: string }>(
    'SELECT id, name FROM screens WHERE pairing_hash = ? AND pairing_expires_at > ? AND revoked_at IS NULL',
  );
  const setCredential = db.prepare(
    'UPDATE screens SET credential_hash = ?, paired_at = ?, last_seen_at = ?, pairing_hash = NULL, pairing_expires_at = NULL WHERE id = ?',
  );
  const byCredential = db.prepare<[string], { id: string; name: string }>(
    'SELECT id, name FROM screens WHERE credential_hash = ? AND revoked_at IS NULL',
  );
  const touch = db.prepare('UPDATE screens SET last_seen_at = max(last_seen_at, ?) WHERE id = ?');
  const all = db.prepare<[], ScreenRow>(
    `SELECT id, name, pairing_expires_at, credential_hash, paired_at, revoked_at, first_seen_at, last_seen_at
     FROM screens ORDER BY first_seen_at, id`,
  );
  const find = db.prepare<[string, string], { id: string; name: string | null }>('SELECT id, name FROM screens WHERE id = ? OR name = ?');
  const revoke = db.prepare(
    'UPDATE screens SET revoked_at = ?, credential_hash = NULL, pairing_hash = NULL, pairing_expires_at = NULL WHERE id = ?',
  );
  const dropTokens = db.prepare('DELETE FROM seat_tokens WHERE screen_id = ?');
  const insertToken = db.prepare(
    `INSERT INTO seat_tokens (token_hash, screen_id, seat, player_card_id, issued_at, expires_at)
     VALUES (@tokenHash, @screenId, @seat, @playerCard, @issuedAt, @expiresAt)`,
  );
  const tokenByHash = db.prepare<[string], StoredSeatToken>(
    `SELECT screen_id AS screenId, seat, player_card_id AS playerCard, issued_at AS issuedAt, expires_at AS expiresAt
     FROM seat_tokens WHERE token_hash = ?`,
  );
  // Tokens far past any use are dropped as new ones are issued, so the table stays small.
  const dropStale = db.prepare('DELETE FROM seat_tokens WHERE expires_at < ?');

  const pair = db.transaction((pairingHash: string, credentialHash: string, now: number) => {
    const screen = byPairing.get(pairingHash, now);
    if (!screen) return undefined;
    setCredential.run(credentialHash, now, now, screen.id);
    return screen;
  });

  const revokeScreen = db.transaction((idOrName: string, now: number): ReturnType<ScreenQueries['revoke']> => {
    const found = find.all(idOrName, idOrName);
    if (found.length === 0) return { outcome: 'unknown' };
    if (found.length > 1) return { outcome: 'ambiguous', ids: found.map((s) => s.id) };
    const screen = found[0]!;
    revoke.run(now, screen.id);
    dropTokens.run(screen.id);
    return { outcome: 'revoked', screen: { id: screen.id, name: screen.name ?? screen.id } };
  });

  return {
    add: (screen) => {
      insert.run({ pairingHash: null, pairingExpiresAt: null, credentialHash: null, pairedAt: null, ...screen });
    },
    pair: (pairingHash, credentialHash, now) => pair.immediate(pairingHash, credentialHash, now),
    byCredential: (credentialHash) => byCredential.get(credentialHash),
    touch: (id, now) => void touch.run(now, id),
    list: (now) =>
      all.all().map((row) => ({
        id: row.id,
        name: row.name ?? row.id,
        state: stateOf(row, now),
        addedAt: row.first_seen_at,
        lastSeenAt: row.last_seen_at,
        pairedAt: row.paired_at,
        revokedAt: row.revoked_at,
      })),
    revoke: (idOrName, now) => revokeScreen.immediate(idOrName, now),
    issueSeatToken: (token) => {
      dropStale.run(token.issuedAt - STALE_AFTER_MS);
      insertToken.run(token);
    },
    seatToken: (tokenHash) => tokenByHash.get(tokenHash),
  };
}

/** Seat tokens are dropped a month after they expire: far past the outbox's longest wait. */
const STALE_AFTER_MS = 30 * 86_400_000;

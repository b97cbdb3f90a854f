import type { Migration } from './migration';

/**
 * Trusted screens and seat tokens (issue 9). A screen is registered by the operator with a name
 * and a one-time pairing code; it exchanges the code once for a credential. Only hashes of codes,
 * credentials and tokens are kept, so a copied database file lets nobody post rounds.
 *
 * Rows already in `screens` are the names screens gave themselves before: they keep their rounds
 * but have no credential, so they cannot post again until paired.
 */
export const trustedScreens: Migration = {
  version: 3,
  name: 'trusted-screens',
  up(db) {
    db.exec(`
      ALTER TABLE screens ADD COLUMN name TEXT;
      ALTER TABLE screens ADD COLUMN pairing_hash TEXT;
      ALTER TABLE screens ADD COLUMN pairing_expires_at INTEGER;
      ALTER TABLE screens ADD COLUMN credential_hash TEXT;
      ALTER TABLE screens ADD COLUMN paired_at INTEGER;
      ALTER TABLE screens ADD COLUMN revoked_at INTEGER;
      CREATE UNIQUE INDEX screens_by_credential ON screens (credential_hash) WHERE credential_hash IS NOT NULL;
      CREATE UNIQUE INDEX screens_by_pairing ON screens (pairing_hash) WHERE pairing_hash IS NOT NULL;

      -- A seat signed in with a card's code on a screen. Rounds from that screen may name the card
      -- on that seat while the token lives (see rounds/seat-token-check.ts).
      CREATE TABLE seat_tokens (
        token_hash TEXT PRIMARY KEY,
        screen_id TEXT NOT NULL REFERENCES screens (id) ON DELETE CASCADE,
        seat TEXT NOT NULL,
        player_card_id TEXT NOT NULL REFERENCES player_cards (id) ON DELETE CASCADE,
        issued_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX seat_tokens_by_expiry ON seat_tokens (expires_at);
    `);
  },
};

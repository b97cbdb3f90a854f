import type { Migration } from './migration';

/**
 * Educators and what they see (issue 10): accounts with a scrypt password hash and a role,
 * server-side sessions (so logging out, a new password or a removed account ends them at once),
 * groups of player cards, and two logs — sign-ins (who, when, whether it worked; never the
 * password) and accesses (who viewed, exported or erased what).
 *
 * Erasing a card must leave no row naming it: a group membership goes with the card (CASCADE) and
 * the access log forgets which card a line was about (SET NULL), keeping the group and the act.
 */
export const educatorTables: Migration = {
  version: 6,
  name: 'educators',
  up(db) {
    db.exec(`
      CREATE TABLE educators (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('educator', 'admin')),
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        password_changed_at INTEGER NOT NULL
      );

      -- One row per browser session. educator_id is NULL until the sign-in (a session may hold only
      -- the CSRF secret the sign-in form needs).
      CREATE TABLE educator_sessions (
        sid TEXT PRIMARY KEY,
        educator_id INTEGER REFERENCES educators (id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX educator_sessions_by_educator ON educator_sessions (educator_id) WHERE educator_id IS NOT NULL;
      CREATE INDEX educator_sessions_by_expiry ON educator_sessions (expires_at);

      -- The account's login, or '(unknown login)' (a typed login no account has may be a password
      -- typed in the wrong field); no password, no address.
      CREATE TABLE educator_sign_ins (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL,
        educator_id INTEGER REFERENCES educators (id) ON DELETE SET NULL,
        at INTEGER NOT NULL,
        success INTEGER NOT NULL CHECK (success IN (0, 1))
      );
      CREATE INDEX educator_sign_ins_by_time ON educator_sign_ins (at);

      -- The owner cannot be removed while it owns groups: the CLI asks for someone to take them.
      CREATE TABLE educator_groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        owner_id INTEGER NOT NULL REFERENCES educators (id) ON DELETE RESTRICT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX educator_groups_by_owner ON educator_groups (owner_id);

      CREATE TABLE group_shares (
        group_id TEXT NOT NULL REFERENCES educator_groups (id) ON DELETE CASCADE,
        educator_id INTEGER NOT NULL REFERENCES educators (id) ON DELETE CASCADE,
        shared_at INTEGER NOT NULL,
        PRIMARY KEY (group_id, educator_id)
      ) WITHOUT ROWID;
      CREATE INDEX group_shares_by_educator ON group_shares (educator_id, group_id);

      CREATE TABLE group_cards (
        group_id TEXT NOT NULL REFERENCES educator_groups (id) ON DELETE CASCADE,
        player_card_id TEXT NOT NULL REFERENCES player_cards (id) ON DELETE CASCADE,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (group_id, player_card_id)
      ) WITHOUT ROWID;
      CREATE INDEX group_cards_by_card ON group_cards (player_card_id, group_id);

      -- Who looked at or took children's data. group_id is kept as text (not a reference) so the
      -- line outlives a deleted group; the login is copied for the same reason.
      CREATE TABLE access_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        educator_id INTEGER REFERENCES educators (id) ON DELETE SET NULL,
        educator_login TEXT NOT NULL,
        action TEXT NOT NULL,
        group_id TEXT,
        player_card_id TEXT REFERENCES player_cards (id) ON DELETE SET NULL,
        detail TEXT
      );
      CREATE INDEX access_log_by_time ON access_log (at);
      CREATE INDEX access_log_by_group ON access_log (group_id, at) WHERE group_id IS NOT NULL;
      CREATE INDEX access_log_by_card ON access_log (player_card_id) WHERE player_card_id IS NOT NULL;

      -- Reports read one card's seats in a period.
      CREATE INDEX round_seats_by_card_time ON round_seats (player_card_id, played_at) WHERE player_card_id IS NOT NULL;

      -- Secrets the server makes for itself on first start (the session cookie's signing key).
      CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};

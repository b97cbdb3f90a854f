import type { Migration } from './migration';

/**
 * The first schema. Times are milliseconds since the epoch (UTC). Per-seat totals (points, centre
 * score, correct and answered evidence) are written with the round, so leaderboards read one
 * narrow table; evidence stays the source of truth they can be rebuilt from.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE screens (
        id TEXT PRIMARY KEY,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      );

      -- The least that works: a pseudonym, an avatar, a code. No name, e-mail or photo.
      CREATE TABLE player_cards (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        pseudonym TEXT NOT NULL,
        pseudonym_key TEXT NOT NULL UNIQUE,
        avatar TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        game_id TEXT NOT NULL,
        game_version TEXT NOT NULL,
        sdk INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        screen_id TEXT NOT NULL REFERENCES screens (id),
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL,
        end_reason TEXT NOT NULL,
        max_points_per_seat INTEGER NOT NULL,
        record_hash TEXT NOT NULL,
        received_at INTEGER NOT NULL
      );

      -- played_at = min(ended_at, received_at): a screen whose clock runs ahead cannot keep a
      -- round on today's leaderboard for ever.
      CREATE TABLE round_seats (
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        seat TEXT NOT NULL,
        input TEXT NOT NULL,
        player_card_id TEXT REFERENCES player_cards (id) ON DELETE SET NULL,
        team TEXT,
        pack_id TEXT NOT NULL,
        played_at INTEGER NOT NULL,
        points INTEGER NOT NULL,
        centre_score INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        answered INTEGER NOT NULL,
        PRIMARY KEY (round_id, seat)
      ) WITHOUT ROWID;

      CREATE TABLE score_lines (
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        seat TEXT NOT NULL,
        points INTEGER NOT NULL,
        reason TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        PRIMARY KEY (round_id, line_no)
      ) WITHOUT ROWID;

      CREATE TABLE evidence (
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        seat TEXT NOT NULL,
        objective_id TEXT NOT NULL,
        item TEXT NOT NULL,
        correct INTEGER NOT NULL,
        response_ms INTEGER NOT NULL,
        attempt INTEGER NOT NULL,
        at_ms INTEGER NOT NULL,
        PRIMARY KEY (round_id, line_no)
      ) WITHOUT ROWID;

      -- Leaderboards of a period (today, this week) read a range of played_at through these
      -- covering indexes; all-time boards read the tallies below instead of the whole history.
      CREATE INDEX round_seats_by_time ON round_seats (played_at, player_card_id, pack_id, centre_score, correct, answered);
      CREATE INDEX round_seats_by_pack_time ON round_seats (pack_id, played_at, player_card_id, centre_score, correct, answered);
      CREATE INDEX round_seats_by_team_time ON round_seats (played_at, pack_id, team, centre_score, correct, answered)
        WHERE team IS NOT NULL;
      -- Finds a card's seats (erasing a card turns them into guest seats).
      CREATE INDEX round_seats_by_card ON round_seats (player_card_id) WHERE player_card_id IS NOT NULL;

      -- All-time tallies, updated in each round's transaction and derived from round_seats alone
      -- (they can be rebuilt from it): best centre score, answers and rounds per card and pack,
      -- per team and pack, and guest seats per pack.
      CREATE TABLE player_pack_tallies (
        player_card_id TEXT NOT NULL REFERENCES player_cards (id) ON DELETE CASCADE,
        pack_id TEXT NOT NULL,
        best INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        answered INTEGER NOT NULL,
        rounds INTEGER NOT NULL,
        PRIMARY KEY (player_card_id, pack_id)
      ) WITHOUT ROWID;
      CREATE INDEX player_pack_tallies_by_pack ON player_pack_tallies (pack_id, player_card_id, best, correct, answered, rounds);

      CREATE TABLE team_pack_tallies (
        team TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        best INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        answered INTEGER NOT NULL,
        rounds INTEGER NOT NULL,
        PRIMARY KEY (team, pack_id)
      ) WITHOUT ROWID;

      CREATE TABLE pack_guest_tallies (
        pack_id TEXT PRIMARY KEY,
        seats INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};

import { createCardMasteryRead } from '../mastery/card-mastery-read';
import { openDatabase, type SqliteDatabase } from './database';
import { applyMigrations } from './migrator';
import { createLeaderboardQueries } from './sqlite-leaderboards';
import { createPlayerCardQueries } from './sqlite-player-cards';
import { createRoundWriter } from './sqlite-rounds';
import { createScreenQueries } from './sqlite-screens';
import type { Store } from './store';

/** The embedded store: one SQLite file, migrated on open. */
export function openSqliteStore(dataDir: string): Store {
  const db = openDatabase(dataDir);
  try {
    applyMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return sqliteStore(db);
}

/** A store over an open, migrated database (benchmarks and tests reach the file through it). */
export function sqliteStore(db: SqliteDatabase): Store {
  const saveRound = createRoundWriter(db);
  const cards = createPlayerCardQueries(db);
  const leaderboard = createLeaderboardQueries(db);
  const screens = createScreenQueries(db);
  const cardMastery = createCardMasteryRead(db);
  // better-sqlite3 answers synchronously; the promises keep the interface a PostgreSQL store can share.
  return {
    saveRound: async (round) => saveRound(round),
    createPlayerCard: async (card) => cards.create(card),
    findPlayerCardByCode: async (code) => cards.findByCode(code),
    takenPseudonymKeys: async (keys) => cards.takenPseudonymKeys(keys),
    leaderboard: async (query) => leaderboard(query),
    addScreen: async (screen) => screens.add(screen),
    pairScreen: async (pairingHash, credentialHash, now) => screens.pair(pairingHash, credentialHash, now),
    screenByCredential: async (credentialHash) => screens.byCredential(credentialHash),
    touchScreen: async (id, now) => screens.touch(id, now),
    listScreens: async (now) => screens.list(now),
    revokeScreen: async (idOrName, now) => screens.revoke(idOrName, now),
    issueSeatToken: async (token) => screens.issueSeatToken(token),
    seatToken: async (tokenHash) => screens.seatToken(tokenHash),
    cardMastery: async (cardId) => cardMastery(cardId),
    close: async () => {
      if (!db.open) return;
      // Fold the WAL back into the main file so a copied data folder is one self-contained file.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

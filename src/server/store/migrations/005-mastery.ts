import { recomputeMastery } from '../../mastery/recompute-mastery';
import type { Migration } from './migration';

/**
 * Mastery per player card × objective (docs/mastery.md): P(known) after the card's answers, how
 * many answers it rests on, when it last changed; and the BKT parameters in force per objective,
 * with where they come from (fitted on the centre's evidence, the pack's values, or the defaults)
 * and what the last fit saw. Guest seats have no card, so no mastery.
 *
 * Cards that played before this version get their mastery computed from the stored evidence with
 * the default parameters, so every card with evidence has a row from the start.
 */
export const masteryTables: Migration = {
  version: 5,
  name: 'mastery',
  up(db) {
    db.exec(`
      CREATE TABLE mastery (
        player_card_id TEXT NOT NULL REFERENCES player_cards (id) ON DELETE CASCADE,
        objective_id TEXT NOT NULL,
        p_known REAL NOT NULL CHECK (p_known >= 0 AND p_known <= 1),
        answers INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (player_card_id, objective_id)
      ) WITHOUT ROWID;
      -- Reports read one objective's cards (who needs help, how many mastered).
      CREATE INDEX mastery_by_objective ON mastery (objective_id, p_known, answers);

      CREATE TABLE mastery_parameters (
        objective_id TEXT PRIMARY KEY,
        p_init REAL NOT NULL,
        p_learn REAL NOT NULL,
        p_guess REAL NOT NULL CHECK (p_guess <= 0.3),
        p_slip REAL NOT NULL CHECK (p_slip <= 0.2),
        source TEXT NOT NULL CHECK (source IN ('fitted', 'pack', 'default')),
        -- What the last fit saw: cards with at least two answers, and answers in all.
        sequences INTEGER NOT NULL,
        answers INTEGER NOT NULL,
        fitted_at INTEGER NOT NULL,
        fit_ms REAL NOT NULL
      ) WITHOUT ROWID;
    `);
    recomputeMastery(db, { now: Date.now() });
  },
};

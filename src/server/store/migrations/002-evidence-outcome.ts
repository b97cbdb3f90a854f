import type { Migration } from './migration';

/**
 * One evidence rule for every game: each seat × item is `correct`, `wrong` or `unanswered`, and
 * accuracy is correct ÷ answered. Evidence keeps the answer given (`response`, so educators see
 * which wrong answer was chosen) and has no response time when unanswered.
 *
 * Rounds stored before: quiz-duel stored nothing for an unanswered question, map-quest and
 * road-rules stored it as wrong, and the two cannot be told apart now — those rows become
 * `correct` or `wrong` as they were, and keep their response times.
 */
export const evidenceOutcome: Migration = {
  version: 2,
  name: 'evidence-outcome',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_outcome (
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        seat TEXT NOT NULL,
        objective_id TEXT NOT NULL,
        item TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('correct', 'wrong', 'unanswered')),
        response TEXT,
        response_ms INTEGER,
        attempt INTEGER NOT NULL,
        at_ms INTEGER NOT NULL,
        PRIMARY KEY (round_id, line_no)
      ) WITHOUT ROWID;
      INSERT INTO evidence_outcome (round_id, line_no, seat, objective_id, item, outcome, response, response_ms, attempt, at_ms)
        SELECT round_id, line_no, seat, objective_id, item, CASE WHEN correct = 1 THEN 'correct' ELSE 'wrong' END, NULL, response_ms, attempt, at_ms
        FROM evidence;
      DROP TABLE evidence;
      ALTER TABLE evidence_outcome RENAME TO evidence;
    `);
  },
};

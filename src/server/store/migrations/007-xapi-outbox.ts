import type { Migration } from './migration';

/**
 * The queue of rounds whose xAPI statements go to the learning record store (issue 11,
 * docs/operations.md "Forwarding to a learning record store").
 *
 * A round is queued by id in the same transaction that stores it, so a stored round is never
 * forgotten and a round that was not stored is never sent. Its statements are made from the stored
 * rows when they are sent: a card erased meanwhile has no seat, no evidence and so no statement
 * left to send. Both tables follow their round (CASCADE): retention and erasure need not know them.
 *
 * A row stays after sending (with `sent_at` and its counts) for the operators' totals; a statement
 * the LRS refused (4xx) is kept by id with the LRS's reason, never its content (which names a card).
 */
export const xapiOutbox: Migration = {
  version: 7,
  name: 'xapi-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE xapi_outbox (
        round_id TEXT PRIMARY KEY REFERENCES rounds (id) ON DELETE CASCADE,
        queued_at INTEGER NOT NULL,
        sent_at INTEGER,
        sent_statements INTEGER NOT NULL DEFAULT 0,
        refused_statements INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      CREATE INDEX xapi_outbox_waiting ON xapi_outbox (queued_at, round_id) WHERE sent_at IS NULL;

      CREATE TABLE xapi_refused (
        statement_id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        status INTEGER NOT NULL,
        reason TEXT NOT NULL,
        refused_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX xapi_refused_by_round ON xapi_refused (round_id);
    `);
  },
};

import type { SqliteDatabase } from './database';
import type { CreatePlayerCardOutcome, NewPlayerCard, PlayerCard } from './store';

export interface PlayerCardQueries {
  create(card: NewPlayerCard): CreatePlayerCardOutcome;
  findByCode(code: string): PlayerCard | undefined;
  takenPseudonymKeys(keys: readonly string[]): Set<string>;
}

export function createPlayerCardQueries(db: SqliteDatabase): PlayerCardQueries {
  const codeTaken = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM player_cards WHERE code = ?');
  const keyTaken = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM player_cards WHERE pseudonym_key = ?');
  const insert = db.prepare(
    'INSERT INTO player_cards (id, code, pseudonym, pseudonym_key, avatar, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byCode = db.prepare<[string], PlayerCard>('SELECT id, code, pseudonym, avatar FROM player_cards WHERE code = ?');

  // The checks and the insert share one transaction, so the unique indexes never have to fail.
  const create = db.transaction((card: NewPlayerCard): CreatePlayerCardOutcome => {
    if (keyTaken.get(card.pseudonymKey)) return { outcome: 'pseudonym-taken' };
    if (codeTaken.get(card.code)) return { outcome: 'code-taken' };
    insert.run(card.id, card.code, card.pseudonym, card.pseudonymKey, card.avatar, card.createdAt);
    return { outcome: 'created' };
  });

  return {
    create: (card) => create.immediate(card),
    findByCode: (code) => byCode.get(code),
    takenPseudonymKeys: (keys) => new Set(keys.filter((key) => keyTaken.get(key))),
  };
}

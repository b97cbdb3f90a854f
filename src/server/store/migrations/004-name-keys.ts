import { nameKey } from '../../../shared/player-card/name-skeleton';
import type { Migration } from './migration';

/**
 * Pseudonym keys now compare TR 39 skeletons (look-alike letters of other scripts, I and l read
 * as one), so every card's `pseudonym_key` is computed again. Two older cards whose pseudonyms
 * turn out to look alike both keep their pseudonym: the older keeps the plain key (so no new card
 * can take a third look-alike), the newer gets the key with its id after it, which nothing typed
 * can produce.
 */
export const nameKeys: Migration = {
  version: 4,
  name: 'name-keys',
  up(db) {
    const cards = db.prepare<[], { id: string; pseudonym: string }>('SELECT id, pseudonym FROM player_cards ORDER BY created_at, id').all();
    // Keys are swapped in two passes so the UNIQUE index never sees a transient duplicate.
    const park = db.prepare<[string]>("UPDATE player_cards SET pseudonym_key = '~' || id WHERE id = ?");
    const set = db.prepare<[string, string]>('UPDATE player_cards SET pseudonym_key = ? WHERE id = ?');
    for (const card of cards) park.run(card.id);
    const taken = new Set<string>();
    for (const card of cards) {
      const key = nameKey(card.pseudonym);
      set.run(taken.has(key) ? `${key}~${card.id}` : key, card.id);
      taken.add(key);
    }
  },
};

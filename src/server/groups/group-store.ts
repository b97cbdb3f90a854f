import { randomBytes } from 'node:crypto';
import type { Educator } from '../educators/educator-accounts';
import type { SqliteDatabase } from '../store/database';

export interface GroupRow {
  id: string;
  name: string;
  ownerId: number;
  owner: string;
  createdAt: number;
  cards: number;
  sharedWith: string[];
}

export interface MemberRow {
  id: string;
  pseudonym: string;
  avatar: string;
  code: string;
  addedAt: number;
  rounds: number;
  lastPlayedAt: number | null;
}

export function newGroupId(): string {
  return `grp-${randomBytes(8).toString('hex')}`;
}

/**
 * Groups of player cards and who sees them: the owner, the educators it is shared with, and every
 * admin. Only the owner or an admin changes a group, shares it or erases its cards.
 */
export function groupStore(db: SqliteDatabase) {
  const summaries = `
    SELECT g.id, g.name, g.owner_id AS ownerId, o.login AS owner, g.created_at AS createdAt,
           (SELECT count(*) FROM group_cards c WHERE c.group_id = g.id) AS cards,
           (SELECT group_concat(login, char(31)) FROM (SELECT e.login FROM group_shares s JOIN educators e ON e.id = s.educator_id
              WHERE s.group_id = g.id ORDER BY e.login)) AS shared
    FROM educator_groups g JOIN educators o ON o.id = g.owner_id`;
  type Raw = Omit<GroupRow, 'sharedWith'> & { shared: string | null };
  const toRow = ({ shared, ...row }: Raw): GroupRow => ({ ...row, sharedWith: shared ? shared.split('\u001f') : [] });
  const one = db.prepare<[string], Raw>(`${summaries} WHERE g.id = ?`);
  const all = db.prepare<[], Raw>(`${summaries} ORDER BY g.name, g.id`);
  const visible = db.prepare<[number, number], Raw>(
    `${summaries} WHERE g.owner_id = ? OR g.id IN (SELECT group_id FROM group_shares WHERE educator_id = ?) ORDER BY g.name, g.id`,
  );
  const sharedWith = db.prepare<[string, number], { found: number }>('SELECT 1 AS found FROM group_shares WHERE group_id = ? AND educator_id = ?');

  return {
    get: (id: string): GroupRow | undefined => {
      const raw = one.get(id);
      return raw && toRow(raw);
    },
    listFor: (educator: Educator): GroupRow[] => (educator.role === 'admin' ? all.all() : visible.all(educator.id, educator.id)).map(toRow),
    canView: (educator: Educator, group: GroupRow) => educator.role === 'admin' || group.ownerId === educator.id || !!sharedWith.get(group.id, educator.id),
    canManage: (educator: Educator, group: GroupRow) => educator.role === 'admin' || group.ownerId === educator.id,

    create(name: string, owner: Educator, now: number): string {
      const id = newGroupId();
      db.prepare('INSERT INTO educator_groups (id, name, owner_id, created_at) VALUES (?, ?, ?, ?)').run(id, name, owner.id, now);
      return id;
    },
    rename: (id: string, name: string) => void db.prepare('UPDATE educator_groups SET name = ? WHERE id = ?').run(name, id),
    /** Deletes the group, its shares and memberships; the cards and their rounds stay. */
    remove: (id: string) => void db.prepare('DELETE FROM educator_groups WHERE id = ?').run(id),
    share: (id: string, educatorId: number, now: number) =>
      void db.prepare('INSERT OR IGNORE INTO group_shares (group_id, educator_id, shared_at) VALUES (?, ?, ?)').run(id, educatorId, now),
    unshare: (id: string, educatorId: number) => db.prepare('DELETE FROM group_shares WHERE group_id = ? AND educator_id = ?').run(id, educatorId).changes > 0,

    /** Adds cards; a card already in the group keeps its first date. */
    addCards(id: string, cardIds: readonly string[], now: number): void {
      const add = db.prepare('INSERT OR IGNORE INTO group_cards (group_id, player_card_id, added_at) VALUES (?, ?, ?)');
      db.transaction(() => cardIds.forEach((card) => add.run(id, card, now)))();
    },
    removeCard: (id: string, cardId: string) => db.prepare('DELETE FROM group_cards WHERE group_id = ? AND player_card_id = ?').run(id, cardId).changes > 0,
    hasCard: (id: string, cardId: string) => !!db.prepare('SELECT 1 FROM group_cards WHERE group_id = ? AND player_card_id = ?').get(id, cardId),

    members(id: string, only?: readonly string[]): MemberRow[] {
      const rows = db
        .prepare<[string], MemberRow>(
          `SELECT p.id, p.pseudonym, p.avatar, p.code, gc.added_at AS addedAt,
                  (SELECT count(*) FROM round_seats rs WHERE rs.player_card_id = p.id) AS rounds,
                  (SELECT max(played_at) FROM round_seats rs WHERE rs.player_card_id = p.id) AS lastPlayedAt
           FROM group_cards gc JOIN player_cards p ON p.id = gc.player_card_id
           WHERE gc.group_id = ? ORDER BY p.pseudonym, p.id`,
        )
        .all(id);
      if (!only) return rows;
      const wanted = new Set(only);
      return rows.filter((row) => wanted.has(row.id));
    },

    /** Whether `educator` owns (or, as admin, manages) a group holding the card: who may export or erase it. */
    managesCard(educator: Educator, cardId: string): boolean {
      if (educator.role === 'admin') return true;
      return !!db.prepare('SELECT 1 FROM group_cards gc JOIN educator_groups g ON g.id = gc.group_id WHERE gc.player_card_id = ? AND g.owner_id = ?').get(cardId, educator.id);
    },
  };
}

export type GroupStore = ReturnType<typeof groupStore>;

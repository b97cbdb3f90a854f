import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/store/database';
import { cardExportSchema, cardErasureSchema } from '../../src/shared/api/educator-privacy';
import { groupSummarySchema, newCardsSchema } from '../../src/shared/api/educator-groups';
import { addEducator, signIn, type Browser } from './support/educator-session';
import { carded, guest, roundRecord } from './support/round-records';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

function open(): Database.Database {
  return new Database(join(server!.config.dataDir, DATABASE_FILE), { readonly: true });
}

/** Every row of every table where some column holds one of `needles` (exactly, or inside a text). */
function rowsNaming(needles: readonly string[]): { table: string; row: Record<string, unknown> }[] {
  const db = open();
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    expect(tables.length).toBeGreaterThan(15);
    return tables.flatMap(({ name }) =>
      (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[])
        .filter((row) => Object.values(row).some((value) => typeof value === 'string' && needles.some((n) => value.includes(n))))
        .map((row) => ({ table: name, row })),
    );
  } finally {
    db.close();
  }
}

const count = (sql: string) => {
  const db = open();
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function groupWithCards(browser: Browser, count: number) {
  const group = groupSummarySchema.parse((await browser.send({ method: 'POST', url: '/api/educator/groups', payload: { name: '5e B' } })).json());
  const made = await browser.send({ method: 'POST', url: `/api/educator/groups/${group.id}/cards`, payload: { count } });
  expect(made.statusCode).toBe(201);
  return { group, cards: newCardsSchema.parse(made.json()).cards };
}

describe("a card's export and erasure", () => {
  it('exports everything about the card, then erases it so that no row of any table names it', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'prof', 'educator');
    const prof = await signIn(server.app, 'prof');
    const { group, cards } = await groupWithCards(prof, 2);
    const [panda, other] = cards as [(typeof cards)[0], (typeof cards)[0]];
    // Shared rounds: the card with another card (same team) and a guest; then the card alone.
    const shared = roundRecord([
      { seat: carded('pad-0', panda.id, 'Rouges'), points: 30, answered: 4, correct: 3, unanswered: 1 },
      { seat: carded('pad-1', other.id, 'Rouges'), points: 20, answered: 4, correct: 2 },
      { seat: guest('pad-2'), points: 10, answered: 3, correct: 1 },
    ]);
    const alone = roundRecord([{ seat: carded('pad-0', panda.id), points: 40, answered: 4, correct: 4 }], { endedAt: TEST_NOW - 3_600_000 });
    expect((await server.postRound(shared)).statusCode).toBe(201);
    expect((await server.postRound(alone)).statusCode).toBe(201);
    await prof.send({ method: 'GET', url: `/api/educator/groups/${group.id}/reports/cards/${panda.id}` });

    const exported = await prof.send({ method: 'GET', url: `/api/educator/cards/${panda.id}/export` });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="card-${panda.id}.json"`);
    const data = cardExportSchema.parse(exported.json());
    expect(data.card).toMatchObject({ id: panda.id, code: panda.code, pseudonym: panda.pseudonym });
    expect(data.tables.round_seats).toHaveLength(2);
    expect(data.tables.evidence).toHaveLength(5 + 4);
    expect(data.tables.mastery!.length).toBeGreaterThan(0);
    expect(data.tables.group_cards).toEqual([expect.objectContaining({ group_id: group.id, group_name: '5e B' })]);
    // The export names no other player of the shared round.
    expect(JSON.stringify(data)).not.toContain(other.id);

    const needles = [panda.id, panda.code, panda.pseudonym];
    // Before the erasure: every table that names the card is in the export.
    const before = new Set(rowsNaming(needles).map((r) => r.table));
    expect([...before].sort()).toEqual(['access_log', 'group_cards', 'mastery', 'player_cards', 'player_pack_tallies', 'round_seats', 'seat_tokens']);
    for (const table of before) if (table !== 'player_cards') expect(data.tables[table], table).toBeDefined();

    const erased = await prof.send({ method: 'DELETE', url: `/api/educator/cards/${panda.id}` });
    expect(erased.statusCode).toBe(200);
    expect(cardErasureSchema.parse(erased.json())).toEqual({ cardId: panda.id, rounds: 1, seats: 2, evidence: 9, scoreLines: 2 });

    expect(rowsNaming(needles)).toEqual([]);
    // Its evidence is gone with its seats; the other players' rounds and rows stay, tallies rebuilt.
    expect(count(`SELECT count(*) AS n FROM rounds`)).toBe(1);
    expect(count(`SELECT count(*) AS n FROM evidence`)).toBe(4 + 3);
    expect(count(`SELECT count(*) AS n FROM round_seats WHERE player_card_id = '${other.id}'`)).toBe(1);
    expect(count(`SELECT rounds AS n FROM team_pack_tallies WHERE team = 'Rouges'`)).toBe(1);
    expect(count(`SELECT correct AS n FROM team_pack_tallies WHERE team = 'Rouges'`)).toBe(2);
    // The erasure is logged, by whom and for which group, without the card.
    const log = (await prof.send({ method: 'GET', url: `/api/educator/access-log?group=${group.id}` })).json() as { lines: { action: string; educator: string; cardId: string | null }[] };
    expect(log.lines[0]).toMatchObject({ action: 'erase-card', educator: 'prof', cardId: null });
    expect(log.lines.find((l) => l.action === 'export-card')).toMatchObject({ cardId: null });
  });

  it('lets only an admin or the owner of a group holding the card export or erase it', async () => {
    server = await startTestServer();
    await addEducator(server.config.dataDir, 'prof', 'educator');
    await addEducator(server.config.dataDir, 'voisin', 'educator');
    await addEducator(server.config.dataDir, 'chef', 'admin');
    const prof = await signIn(server.app, 'prof');
    const voisin = await signIn(server.app, 'voisin');
    const chef = await signIn(server.app, 'chef');
    const { group, cards } = await groupWithCards(prof, 1);
    const card = cards[0]!;
    // Shared with voisin: voisin sees the group's reports but may not take or erase a child's data.
    expect((await prof.send({ method: 'PUT', url: `/api/educator/groups/${group.id}/shares/voisin` })).statusCode).toBe(204);
    expect((await voisin.send({ method: 'GET', url: `/api/educator/groups/${group.id}/members` })).statusCode).toBe(200);
    expect((await voisin.send({ method: 'GET', url: `/api/educator/cards/${card.id}/export` })).statusCode).toBe(404);
    expect((await voisin.send({ method: 'DELETE', url: `/api/educator/cards/${card.id}` })).statusCode).toBe(404);
    expect((await chef.send({ method: 'GET', url: `/api/educator/cards/${card.id}/export` })).statusCode).toBe(200);
    expect((await chef.send({ method: 'DELETE', url: `/api/educator/cards/${card.id}` })).statusCode).toBe(200);
    expect((await chef.send({ method: 'DELETE', url: `/api/educator/cards/${card.id}` })).statusCode).toBe(404);
  });
});

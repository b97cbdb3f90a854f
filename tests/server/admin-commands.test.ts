import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardRemove } from '../../src/cli/commands/card-remove';
import { dbBackup } from '../../src/cli/commands/db-backup';
import { roundRemove } from '../../src/cli/commands/round-remove';
import { leaderboardSchema } from '../../src/shared/api/leaderboards';
import { issuedPlayerCardSchema } from '../../src/shared/api/player-cards';
import { carded, guest, roundRecord } from './support/round-records';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer;
let out: string;
beforeEach(async () => {
  server = await startTestServer();
  out = mkdtempSync(join(tmpdir(), 'ludocite-admin-'));
});
afterEach(async () => {
  await server.dispose();
  rmSync(out, { recursive: true, force: true });
});

const io = (lines: string[], errors: string[] = lines) => ({
  environment: { DATA_DIR: server.config.dataDir },
  print: (line: string) => lines.push(line),
  printError: (line: string) => errors.push(line),
});

async function card(pseudonym: string) {
  const response = await server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym, avatar: '🐼' } });
  return issuedPlayerCardSchema.parse(response.json());
}

/** The all-time board: its names, best first, and its guest seats. */
async function board(by: 'player' | 'team' = 'player') {
  const response = await server.app.inject({ url: `/api/leaderboards?period=all&by=${by}` });
  const parsed = leaderboardSchema.parse(response.json());
  return { names: parsed.entries.map((e) => ('pseudonym' in e ? e.pseudonym : e.team)), guests: parsed.guests };
}

async function play(seats: Parameters<typeof roundRecord>[0]) {
  const record = roundRecord(seats, { endedAt: TEST_NOW - 60_000 });
  expect((await server.postRound(record)).statusCode).toBe(201);
  return record.id;
}

describe('ludocite round remove / card remove', () => {
  it('take a forged round off the leaderboards and rebuild the tallies from what stays', async () => {
    const lea = await card('Léa Comète');
    const sam = await card('Sam Rapide');
    await play([{ seat: carded('pad-0', lea.id, 'Bleu'), points: 60, answered: 10, correct: 6 }]);
    const forged = await play([{ seat: carded('pad-0', sam.id, 'Rouge'), points: 100, answered: 10, correct: 10 }, { seat: guest('pad-1'), points: 0 }]);
    expect((await board()).names).toEqual(['Sam Rapide', 'Léa Comète']);

    const lines: string[] = [];
    expect(roundRemove([forged], io(lines))).toBe(0);
    expect(lines.join('\n')).toMatch(new RegExp(`Removed round ${forged} .*2 seats.*tallies rebuilt`));
    const after = await board();
    expect(after.names).toEqual(['Léa Comète']);
    expect(after.guests).toBe(0);
    expect((await board('team')).names).toEqual(['Bleu']);

    const errors: string[] = [];
    expect(roundRemove([forged], io([], errors))).toBe(1);
    expect(errors.join('\n')).toMatch(/no round has the id/);
    expect(roundRemove([], io([], errors))).toBe(2);
  });

  it('erase a card by its code as typed: it leaves the boards and its seats count as guests', async () => {
    const lea = await card('Léa Comète');
    const forged = await card('Faux Champion');
    await play([{ seat: carded('pad-0', lea.id), points: 60 }, { seat: carded('pad-1', forged.id), points: 100 }]);
    const lines: string[] = [];
    const typed = `${forged.code.slice(0, 4).toLowerCase()} ${forged.code.slice(4)}`;
    expect(cardRemove([typed], io(lines))).toBe(0);
    expect(lines.join('\n')).toContain(`Removed player card "Faux Champion" (code ${forged.code}`);
    const after = await board();
    expect(after.names).toEqual(['Léa Comète']);
    expect(after.guests).toBe(1);
    expect((await server.app.inject({ url: `/api/player-cards/${forged.code}` })).statusCode).toBe(404);
    expect(cardRemove([forged.id], io([], []))).toBe(1);
  });
});

describe('ludocite db backup', () => {
  it('copies the live database into a new folder, says where, and checks it', async () => {
    const lea = await card('Léa Comète');
    await play([{ seat: carded('pad-0', lea.id), points: 60, answered: 4, correct: 3 }]);
    const file = join(out, 'nested', 'folder', 'copy.sqlite');
    const lines: string[] = [];
    expect(await dbBackup([file], io(lines))).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`Backed up .* to ${file} \\(.* MB: 1 rounds, 1 player cards\\)`));
    expect(lines[1]).toBe('Integrity check: ok');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT pseudonym FROM player_cards').all()).toEqual([{ pseudonym: 'Léa Comète' }]);
    copy.close();

    const errors: string[] = [];
    expect(await dbBackup([file], io([], errors))).toBe(1);
    expect(errors.join('\n')).toMatch(/already exists/);
  });

  it('names the missing database when DATA_DIR holds none', async () => {
    const errors: string[] = [];
    const empty = join(out, 'empty');
    expect(await dbBackup([join(out, 'x.sqlite')], { ...io([], errors), environment: { DATA_DIR: empty } })).toBe(1);
    expect(errors.join('\n')).toContain(`there is no database at ${join(empty, 'ludocite.sqlite')}`);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { openDatabase } from '../../src/server/store/database';
import { applyMigrations } from '../../src/server/store/migrator';
import { MIGRATIONS } from '../../src/server/store/migrations';
import { nameKey } from '../../src/shared/player-card/name-skeleton';
import { checkTeamLabels } from '../../src/server/rounds/team-labels';
import { carded, roundRecord } from './support/round-records';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.dispose();
});

const create = (pseudonym: string) => server.app.inject({ method: 'POST', url: '/api/player-cards', payload: { pseudonym, avatar: '🐼' } });

describe('names shown on the big screens', () => {
  it('refuse look-alike letters of another script and invisible characters with 400 naming the rule', async () => {
    const cases: [string, RegExp][] = [
      ['\u0410bruti Total', /mixed-script/],
      ['P\u0430nda Rapide', /mixed-script/],
      ['Panda\u202E Rapide', /invisible-character/],
      ['Panda\u200B Rapide', /invisible-character/],
      ['Léa 06 12 34 56 78', /phone-number/],
      ['lea@mail.fr', /e-mail/],
      ['\uFF21\uFF22\uFF32\uFF35\uFF34\uFF29', /blocked-word/],
    ];
    for (const [pseudonym, rule] of cases) {
      const response = await create(pseudonym);
      expect(response.statusCode, pseudonym).toBe(400);
      expect(apiErrorSchema.parse(response.json()).message, pseudonym).toMatch(rule);
    }
  });

  it('give two cards that would look alike one place: the second is taken (409)', async () => {
    expect((await create('Panda Rapide')).statusCode).toBe(201);
    // Full-width letters, a dotless ı, a capital I for an l: each reads as "Panda Rapide".
    for (const twin of ['\uFF30\uFF41\uFF4E\uFF44\uFF41 Rapide', 'Panda Rap\u0131de', 'PANDA RAPIDE', 'Panda-Rapide']) {
      const response = await create(twin);
      expect(response.statusCode, twin).toBe(409);
    }
    expect((await create('Panda Rapide 2')).statusCode).toBe(201);
  });

  it('filter team labels where rounds are admitted, keeping the tidied label', () => {
    const round = (team: string) => roundRecord([{ seat: carded('pad-0', 'card-1', team), points: 10 }]);
    for (const team of ['06 12 34 56 78', 'moi@ici.fr', 'Bleu\u202E', 'B\u0430leine', 'Les Connards']) {
      const check = checkTeamLabels(round(team));
      expect(check.ok, team).toBe(false);
      if (!check.ok) expect(check.issues[0]).toMatchObject({ path: 'seats[0].team', message: expect.stringMatching(/rule: /) });
    }
    const tidied = checkTeamLabels(round('\uFF22\uFF4C\uFF45\uFF55   Ciel'));
    expect(tidied.ok && tidied.record.seats[0]!.team).toBe('Bleu Ciel');
  });
});

describe('migration 004 (name keys)', () => {
  it('computes every card key again; of two older look-alikes the newer gets a key of its own', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ludocite-names-'));
    const db = openDatabase(folder);
    applyMigrations(db, MIGRATIONS.filter((m) => m.version < 4));
    const insert = db.prepare('INSERT INTO player_cards (id, code, pseudonym, pseudonym_key, avatar, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    // Keys as the old filter wrote them: lower case without accents, so these two differed.
    insert.run('a', 'AAAAA', 'Panda Rapide', 'pandarapide', '🐼', 1);
    insert.run('b', 'BBBBB', 'P\u0430nda Rapide', 'p\u0430ndarapide', '🐼', 2);
    insert.run('c', 'CCCCC', 'Lynx Calme', 'lynxcalme', '🐼', 3);
    applyMigrations(db);
    const keys = db.prepare('SELECT id, pseudonym_key AS key FROM player_cards ORDER BY id').all();
    expect(keys).toEqual([
      { id: 'a', key: nameKey('Panda Rapide') },
      { id: 'b', key: `${nameKey('Panda Rapide')}~b` },
      { id: 'c', key: nameKey('Lynx Calme') },
    ]);
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });
});

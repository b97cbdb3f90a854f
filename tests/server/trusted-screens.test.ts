import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screenAdd } from '../../src/cli/commands/screen-add';
import { screenList } from '../../src/cli/commands/screen-list';
import { screenRevoke } from '../../src/cli/commands/screen-revoke';
import { PAIRING_TTL_MS } from '../../src/server/screens/screen-register';
import { DATABASE_FILE } from '../../src/server/store/database';
import { apiErrorSchema } from '../../src/shared/api/api-error';
import { pairedScreenSchema, type PairedScreen } from '../../src/shared/api/screens';
import { guest, roundRecord } from './support/round-records';
import { startTestServer, TEST_NOW, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ pairLoopback: false });
});
afterEach(async () => {
  await server.dispose();
});

/** Runs a `ludocite screen …` command on the test server's data folder; answers its exit code and lines. */
async function cli(command: typeof screenAdd, ...args: string[]) {
  const lines: string[] = [];
  const code = await command(args, { environment: { DATA_DIR: server.config.dataDir, PORT: '8080' }, print: (l) => lines.push(l), printError: (l) => lines.push(l), now: () => TEST_NOW });
  return { code, lines };
}

const pair = (code: string) => server.app.inject({ method: 'POST', url: '/api/screens/pair', payload: { code } });
const round = () => roundRecord([{ seat: guest('pad-0'), points: 10, answered: 1, correct: 1 }]);
const post = (record: unknown, credential?: string) =>
  server.app.inject({ method: 'POST', url: '/api/rounds', headers: credential ? { authorization: `Bearer ${credential}` } : {}, payload: record as object });

async function addAndPair(name: string): Promise<{ id: string; screen: PairedScreen }> {
  const added = await cli(screenAdd, name);
  expect(added.code).toBe(0);
  const code = /pair=([A-Z0-9-]+)/.exec(added.lines.join('\n'))![1]!;
  const paired = await pair(code);
  expect(paired.statusCode, paired.body).toBe(201);
  return { id: /as (screen-[0-9a-f]+)/.exec(added.lines[0]!)![1]!, screen: pairedScreenSchema.parse(paired.json()) };
}

describe('trusted screens', () => {
  it('refuses a round from an unregistered screen with 401, before reading its body', async () => {
    for (const credential of [undefined, 'not-a-credential-but-long-enough-to-look-like-one']) {
      const response = await post(round(), credential);
      expect(response.statusCode).toBe(401);
      expect(apiErrorSchema.parse(response.json()).error).toBe('unauthorized');
    }
    // A body too large for any round is refused as unauthorized, not read.
    const huge = await server.app.inject({ method: 'POST', url: '/api/rounds', headers: { 'content-type': 'application/json' }, payload: `{"x":"${'x'.repeat(3 * 1024 * 1024)}"}` });
    expect(huge.statusCode).toBe(401);
  });

  it('pairs a screen once with the printed code; its rounds carry it; revoked, it posts no more', async () => {
    const { id, screen } = await addAndPair('Salle 1');
    expect(screen).toMatchObject({ id, name: 'Salle 1' });
    const record = round();
    expect((await post(record, screen.credential)).statusCode).toBe(201);

    const db = new Database(join(server.config.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT screen_id AS screen FROM rounds WHERE id = ?').get(record.id)).toEqual({ screen: id });
    // Only hashes are stored: the database holds neither the credential nor the code.
    const stored = JSON.stringify(db.prepare('SELECT * FROM screens').all());
    expect(stored).not.toContain(screen.credential);
    db.close();

    const listed = await cli(screenList);
    expect(listed.lines.join('\n')).toMatch(new RegExp(`${id}\\s+paired.*Salle 1`));
    expect((await cli(screenRevoke, 'Salle 1')).code).toBe(0);
    expect((await cli(screenList)).lines.join('\n')).toMatch(new RegExp(`${id}\\s+revoked`));
    const after = await post(round(), screen.credential);
    expect(after.statusCode).toBe(401);
    expect(apiErrorSchema.parse(after.json()).message).toMatch(/revoked/);
  });

  it('takes a pairing code once, within its hour, typed in any case', async () => {
    const added = await cli(screenAdd, 'Salle', '2');
    const code = /pair=([A-Z0-9-]+)/.exec(added.lines.join('\n'))![1]!;
    expect((await pair(code.toLowerCase().replace('-', ' '))).statusCode).toBe(201);
    expect((await pair(code)).statusCode).toBe(404);

    const late = /pair=([A-Z0-9-]+)/.exec((await cli(screenAdd, 'Salle 3')).lines.join('\n'))![1]!;
    server.setNow(TEST_NOW + PAIRING_TTL_MS + 1);
    const expired = await pair(late);
    expect(expired.statusCode).toBe(404);
    expect(apiErrorSchema.parse(expired.json()).message).toMatch(/expired/);
  });

  it('says what is wrong with a screen command', async () => {
    expect((await cli(screenAdd)).code).toBe(2);
    const unknown = await cli(screenRevoke, 'Salle 9');
    expect(unknown.code).toBe(1);
    expect(unknown.lines[0]).toMatch(/no screen has the id or name "Salle 9"/);
  });

  it('has no loopback pairing unless LUDOCITE_PAIR_LOOPBACK is on', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/screens/pair-loopback', payload: {} });
    expect(response.statusCode).toBe(404);
  });
});

describe('loopback pairing (tests and development only)', () => {
  it('pairs a screen on the server machine, and no other nor one behind a proxy', async () => {
    const dev = await startTestServer();
    try {
      const local = await dev.app.inject({ method: 'POST', url: '/api/screens/pair-loopback', payload: { name: 'dev' } });
      expect(local.statusCode).toBe(201);
      const remote = await dev.app.inject({ method: 'POST', url: '/api/screens/pair-loopback', payload: {}, remoteAddress: '192.168.1.23' });
      expect(remote.statusCode).toBe(403);
      const proxied = await dev.app.inject({ method: 'POST', url: '/api/screens/pair-loopback', payload: {}, headers: { 'x-forwarded-for': '192.168.1.23' } });
      expect(proxied.statusCode).toBe(403);
    } finally {
      await dev.dispose();
    }
  });
});

import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/store/database';
import { guest, roundRecord } from './support/round-records';
import { buildServerBundle, heldPost, pairLoopbackScreen, runServer, serverFolder } from './support/server-process';

let bundle: Awaited<ReturnType<typeof buildServerBundle>>;
beforeAll(async () => {
  bundle = await buildServerBundle();
}, 60_000);
afterAll(() => bundle?.remove());

/** A round that ended a minute ago: the server runs on the real clock, and old rounds fall to retention. */
const roundBody = () =>
  JSON.stringify(
    roundRecord([{ seat: guest('pad-0'), points: 40, answered: 8, correct: 5 }, { seat: guest('pad-1'), points: 20, answered: 8, correct: 3 }], { endedAt: Date.now() - 60_000 }),
  );

/** Whether a new TCP connection to the port is accepted. */
const accepts = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

function roundIds(dataDir: string): Set<string> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return new Set(db.prepare('SELECT id FROM rounds').all().map((row) => (row as { id: string }).id));
  } finally {
    db.close();
  }
}

/** Keeps `workers` clients posting rounds back to back until `stop()`; counts what was sent and acknowledged. */
function load(url: string, credential: string, workers: number) {
  let running = true;
  const sent: string[] = [];
  const acknowledged: string[] = [];
  const failures: string[] = [];
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const body = roundBody();
      const id = (JSON.parse(body) as { id: string }).id;
      sent.push(id);
      try {
        const response = await fetch(`${url}/api/rounds`, { method: 'POST', headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' }, body });
        if (response.status === 201) acknowledged.push(id);
        else failures.push(`${response.status} ${await response.text()}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  });
  return { sent, acknowledged, failures, stop: async () => ((running = false), await Promise.all(loops)) };
}

describe('the server process (plain node on the built bundle)', () => {
  it('on SIGTERM under load answers every request it had begun, stops taking connections, folds the WAL and exits 0', async () => {
    const place = serverFolder();
    const server = await runServer('node', [bundle.main], place);
    const credential = await pairLoopbackScreen(server.url);
    const headers = { authorization: `Bearer ${credential}` };

    const warm = load(server.url, credential, 4);
    await new Promise((done) => setTimeout(done, 500));
    await warm.stop();
    expect(warm.failures).toEqual([]);

    // 32 rounds the server has begun (headers read, routed): 16 with their body sent before the
    // signal, 16 whose body only comes after it, as a slow screen's would.
    const held = Array.from({ length: 32 }, () => ({ request: heldPost(`${server.url}/api/rounds`, headers), body: roundBody() }));
    await Promise.all(held.map((h) => h.request.begun));
    held.slice(0, 16).forEach((h) => h.request.send(h.body));
    server.child.kill('SIGTERM');
    // The signal is handled once the rounds already read are written (each waits for its fsync);
    // from then on no connection is accepted, while the 16 slow requests are still open.
    const signalled = Date.now();
    while ((await accepts(server.port)) && Date.now() - signalled < 10_000) await new Promise((done) => setTimeout(done, 50));
    const acceptsDuringStop = await accepts(server.port);
    for (const h of held.slice(16)) {
      h.request.send(h.body);
      await new Promise((done) => setTimeout(done, 5));
    }
    const answers = await Promise.all(held.map((h) => h.request.answer));
    const exit = await server.exited;

    expect(acceptsDuringStop).toBe(false);
    expect(answers.map((a) => a.status)).toEqual(held.map(() => 201));
    expect(exit).toEqual({ code: 0, signal: null });
    // The WAL is folded into the database file: no -wal file is left, or an empty one.
    const wal = join(place.dataDir, `${DATABASE_FILE}-wal`);
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const stored = roundIds(place.dataDir);
    const ids = [...warm.acknowledged, ...held.map((h) => (JSON.parse(h.body) as { id: string }).id)];
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    console.log(`SIGTERM under load: ${warm.acknowledged.length} rounds before the signal; ${held.length} begun at the signal, ${answers.filter((a) => a.status === 201).length} answered 201; exit ${exit.code}`);
    place.remove();
  }, 60_000);

  it('after kill -9 under load keeps every acknowledged round, and starts again on the same folder', async () => {
    const place = serverFolder();
    const acknowledged: string[] = [];
    let sent = 0;
    for (let cycle = 0; cycle < 3; cycle++) {
      const server = await runServer('node', [bundle.main], place);
      const credential = await pairLoopbackScreen(server.url);
      const traffic = load(server.url, credential, 4);
      await new Promise((done) => setTimeout(done, 300 + cycle * 150));
      server.child.kill('SIGKILL');
      await server.exited;
      await traffic.stop();
      sent += traffic.sent.length;
      acknowledged.push(...traffic.acknowledged);
    }
    const last = await runServer('node', [bundle.main], place);
    const stored = roundIds(place.dataDir);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    console.log(`kill -9 ×3 under load: ${sent} rounds sent, ${acknowledged.length} acknowledged, all ${acknowledged.length} found after restart (${stored.size} stored)`);
    last.child.kill('SIGTERM');
    expect(await last.exited).toEqual({ code: 0, signal: null });
    place.remove();
  }, 90_000);
});

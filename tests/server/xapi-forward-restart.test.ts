import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardingEnvironment, idCounts, outboxRows, statementsOfRounds, waitFor } from './support/forwarding';
import { startLearningRecordStore, type LearningRecordStore } from './support/learning-record-store';
import { guest, roundRecord } from './support/round-records';
import { buildServerBundle, freePort, pairLoopbackScreen, runServer, serverFolder, type ServerProcess } from './support/server-process';

// Our server killed while its post is in the LRS's hands: the LRS stored the statements, the server
// never heard so. Started again, it posts them again with the same ids, and the LRS keeps one each.

let bundle: Awaited<ReturnType<typeof buildServerBundle>>;
let lrs: LearningRecordStore;
const running: ServerProcess[] = [];
beforeAll(async () => {
  [bundle, lrs] = await Promise.all([buildServerBundle(), startLearningRecordStore()]);
}, 90_000);
afterAll(async () => {
  for (const server of running) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  bundle?.remove();
  await lrs?.stop();
});

describe('the server killed mid-send', () => {
  it('sends again on its next start, and the LRS holds each statement once', { timeout: 120_000 }, async () => {
    const folder = serverFolder();
    const port = await freePort();
    const start = async () => {
      const server = await runServer(process.execPath, [bundle.main], { ...folder, port, env: forwardingEnvironment(lrs, { XAPI_LRS_TIMEOUT_S: '60', LOG_LEVEL: 'debug' }) });
      running.push(server);
      return server;
    };
    try {
      const first = await start();
      const credential = await pairLoopbackScreen(first.url);
      lrs.pause();
      const rounds: string[] = [];
      for (let i = 0; i < 3; i++) {
        const record = roundRecord([{ seat: guest('pad-0'), points: 40, answered: 5, correct: 3 }], { endedAt: Date.now() - 60_000 });
        const response = await fetch(`${first.url}/api/rounds`, {
          method: 'POST',
          headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
          body: JSON.stringify(record),
        });
        expect(response.status, await response.text()).toBe(201);
        rounds.push(record.id);
      }
      // The post is on its way once the forwarder says so (debug log); give it a moment to be written.
      await waitFor('the forwarder to post', () => first.output().includes('posting statements to the LRS'), 30_000);
      await new Promise((done) => setTimeout(done, 500));
      first.child.kill('SIGSTOP');
      lrs.resume();
      const expected = statementsOfRounds({ dataDir: folder.dataDir, contentDir: folder.contentDir, port }, rounds);
      // The post may hold the first round alone (the forwarder takes what is stored when it looks).
      await waitFor('the LRS to store the post the server will never see answered', async () => (await lrs.statements()).length > 0, 40_000).catch((error: Error) => {
        throw new Error(`${error.message}\nserver:\n${first.output()}\nLRS:\n${lrs.output()}`);
      });
      await new Promise((done) => setTimeout(done, 1_000));
      const storedBefore = (await lrs.statements()).length;
      first.child.kill('SIGKILL');
      await first.exited;
      expect(outboxRows(folder.dataDir).filter((row) => row.sentAt !== null)).toEqual([]);
      expect(storedBefore).toBeGreaterThan(0);

      await start();
      await waitFor('every round marked sent', () => outboxRows(folder.dataDir).every((row) => row.sentAt !== null), 30_000);
      const counts = idCounts(await lrs.statements());
      expect(counts.size).toBe(expected.length);
      for (const statement of expected) expect(counts.get(statement.id), statement.id).toBe(1);
      expect(outboxRows(folder.dataDir).map((row) => [row.sent, row.refused])).toEqual(rounds.map(() => [expected.length / rounds.length, 0]));
    } finally {
      folder.remove();
    }
  });
});

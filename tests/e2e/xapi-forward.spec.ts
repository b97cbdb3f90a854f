import { BUTTON, pads } from './support/fake-pads';
import { quizAnswers, waitForQuiz } from './support/quiz';
import { selectPack, snapshot, waitForScreen } from './support/screen';
import { openCentreScreen, startCentreServer, type CentreServer } from './support/server';
import { expect, test } from './support/test';
import { LRS_CREDENTIALS, startLearningRecordStore, type LearningRecordStore } from '../server/support/learning-record-store';

/**
 * Issue 11, "Done when": a round played on the screen reaches a real LRS (xapi-statements, run by
 * this spec) as statements it accepts, within 10 s of the round's end.
 */

const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
let lrs: LearningRecordStore;
let centre: CentreServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lrs = await startLearningRecordStore();
  centre = await startCentreServer({
    env: { XAPI_LRS_URL: lrs.endpoint, XAPI_LRS_USERNAME: LRS_CREDENTIALS.username, XAPI_LRS_PASSWORD: LRS_CREDENTIALS.password },
  });
});
test.afterAll(async () => {
  await centre?.dispose();
  await lrs?.stop();
});

test('a round of sante-sport played on the screen reaches the LRS as its statements within 10 s of its end', async ({ page }) => {
  test.setTimeout(180_000);
  await openCentreScreen(page, centre, 'pace=0.25');
  await waitForScreen(page, 'attract');
  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'lobby');
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'catalogue');
  await expect.poll(async () => (await snapshot(page)).catalogue.origin).toBe('centre');
  await selectPack(page, 'sante-sport', () => pads.tap(page, 0, BUTTON.RIGHT));
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'round');

  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  for (let n = 0; n < questionsPerRound; n++) {
    const item = (await waitForQuiz(page, 'open', n)).item!;
    await pads.tap(page, 0, FACE[answers.get(item)!]);
    await waitForQuiz(page, 'reveal', n);
  }
  await waitForScreen(page, 'results', 60_000);
  const ended = Date.now();
  const roundId = (await snapshot(page)).lastResults!.roundId;

  // One statement per question answered, and the round's `completed`, all under the round as registration.
  let stored: Record<string, unknown>[] = [];
  await expect
    .poll(
      async () => {
        stored = (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === roundId);
        return stored.length;
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(questionsPerRound + 1);
  const tookMs = Date.now() - ended;
  test.info().annotations.push({ type: 'round end to LRS', description: `${tookMs} ms` });
  console.log(`round end to its last statement in the LRS: ${tookMs} ms`);
  expect(tookMs).toBeLessThanOrEqual(10_000);

  const verbs = stored.map((s) => (s.verb as { id: string }).id);
  expect(verbs.filter((v) => v.endsWith('/answered'))).toHaveLength(questionsPerRound);
  expect(verbs.filter((v) => v.endsWith('/completed'))).toHaveLength(1);
  const completed = stored.find((s) => (s.verb as { id: string }).id.endsWith('/completed'))!;
  expect(completed.result).toMatchObject({ success: true, score: { raw: 150 * questionsPerRound } });
  // A guest seat: an account on the centre that names nothing else.
  for (const statement of stored) expect((statement.actor as { account: { homePage: string } }).account.homePage).toBe(`http://localhost:${centre.port}`);
  // The server says so too.
  const health = (await (await fetch(`${centre.url}/api/health`)).json()) as { xapi: { sentStatements: number; refusedStatements: number } };
  expect(health.xapi).toMatchObject({ refusedStatements: 0 });
});

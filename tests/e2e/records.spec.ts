import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { BUTTON, pads, tapKey } from './support/fake-pads';
import { snapshot, waitForScreen } from './support/screen';
import { openCentreScreen, startCentreServer, type CentreServer } from './support/server';

/**
 * Round records travel from the screen's outbox (IndexedDB) to a real centre server in its own
 * process, which these tests stop and start. The server refusing a connection, or a request the
 * test blocks, is logged by the browser as a failed load: expected here, nothing else is.
 */
let centre: CentreServer;
test.beforeAll(async () => {
  centre = await startCentreServer();
});
test.afterAll(async () => {
  await centre?.dispose();
});

const open = (page: Page, query: string) => openCentreScreen(page, centre, query);

const storedRounds = (id: string) => centre.rows<{ rounds: number; seats: number; reason: string }>(
  `SELECT count(DISTINCT r.id) AS rounds, count(s.seat) AS seats, max(r.end_reason) AS reason
   FROM rounds r JOIN round_seats s ON s.round_id = r.id WHERE r.id = ?`,
  id,
)[0]!;

test('a round ends, its record reaches the server and the results say it is saved', async ({ page }) => {
  await open(page, 'pack=idle-timeout&seats=kb-left&seed=1');
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
  await tapKey(page, 'Space');
  await waitForScreen(page, 'results', 20_000);
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
  const { lastResults, outbox } = await snapshot(page);
  expect(outbox.pending).toBe(0);
  expect(storedRounds(lastResults!.roundId)).toEqual({ rounds: 1, seats: 1, reason: 'timeout' });
});

test('the server stops during a round: the record waits, and arrives exactly once when the server is back', async ({ page, expectErrors }) => {
  expectErrors(/Failed to load resource/);
  // The screen's room knocks again while the centre is away; the browser logs each refused try.
  expectErrors(/WebSocket connection to '.*\/api\/rooms\/screen' failed/);
  await open(page, 'pack=idle-timeout&seats=kb-left&seed=2');
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
  await centre.stop();
  await waitForScreen(page, 'results', 20_000);
  const { lastResults } = await snapshot(page);
  // Tries fail while the server is away; the record stays pending, in IndexedDB.
  await page.waitForTimeout(4000);
  const waiting = await snapshot(page);
  expect(waiting.lastResults?.saved).toBe('pending');
  expect(waiting.outbox.pending).toBe(1);

  await centre.start();
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved, { timeout: 40_000 }).toBe('saved');
  expect((await snapshot(page)).outbox.pending).toBe(0);
  expect(storedRounds(lastResults!.roundId)).toEqual({ rounds: 1, seats: 1, reason: 'timeout' });
});

test('a record still in the outbox when the page reloads is sent by the next page, once', async ({ page, expectErrors }) => {
  expectErrors(/Failed to load resource/);
  // The network drops every delivery, so the record is only in the outbox when the page goes.
  await page.route('**/api/rounds', (route) => route.abort('connectionrefused'));
  await open(page, 'pack=idle-timeout&seats=kb-left&seed=3');
  await waitForScreen(page, 'results', 20_000);
  const first = (await snapshot(page)).lastResults!;
  expect(first.saved).toBe('pending');

  await page.reload();
  await expect.poll(async () => (await snapshot(page)).outbox.pending).toBeGreaterThanOrEqual(1);
  await page.unroute('**/api/rounds');
  await expect.poll(() => storedRounds(first.roundId).rounds, { timeout: 40_000 }).toBe(1);
  await expect.poll(async () => (await snapshot(page)).outbox.pending, { timeout: 40_000 }).toBe(0);
  expect(storedRounds(first.roundId)).toEqual({ rounds: 1, seats: 1, reason: 'timeout' });
});

test('the records of a failed round and of a round quit from the menu are kept too', async ({ page, expectErrors }) => {
  expectErrors(/on purpose/);
  await open(page, 'pack=broken-throw&seats=kb-left&seed=4');
  await waitForScreen(page, 'lobby', 15_000);
  const failed = (await snapshot(page)).lastResults!;
  expect(failed.reason).toBe('error');
  await expect.poll(() => storedRounds(failed.roundId).rounds).toBe(1);
  expect(storedRounds(failed.roundId).reason).toBe('error');

  await open(page, 'pack=idle-timeout&seats=pad-0&seed=5');
  await pads.connect(page, 0);
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
  await pads.tap(page, 0, BUTTON.MENU);
  await pads.tap(page, 0, BUTTON.DOWN);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'results');
  const quit = (await snapshot(page)).lastResults!;
  expect(quit.reason).toBe('quit');
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
  expect(storedRounds(quit.roundId).reason).toBe('quit');
});

test('the screen boots from the catalogue it kept and plays without waiting for a server that does not answer', async ({ page }) => {
  // A screen that has seen the centre once keeps its catalogue (and its pairing).
  await open(page, '');
  await expect.poll(async () => (await snapshot(page)).catalogue.packs.length).toBeGreaterThan(0);
  // Then every API request hangs: the screen boots from what it kept and waits for none of them.
  await page.route('**/api/**', () => undefined);
  await open(page, 'pack=idle-timeout&seats=kb-left&seed=6');
  await waitForScreen(page, 'results', 20_000);
  const s = await snapshot(page);
  expect(s.lastResults?.saved).toBe('pending');
  expect(s.outbox.pending).toBe(1);
});

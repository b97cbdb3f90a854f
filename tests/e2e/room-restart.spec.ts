import { expect, test } from './support/test';
import { tapKey } from './support/fake-pads';
import { snapshot } from './support/screen';
import { openCentreScreen, startCentreServer, type CentreServer } from './support/server';

/**
 * The centre server restarts (an update, a crash and its supervisor) while a phone holds a seat:
 * the big screen keeps working without it, takes its room back with the same code, and the phone
 * gets its seat back by itself. The centre here is a server of the test's own, stopped and started.
 */
let centre: CentreServer;
test.beforeAll(async () => {
  centre = await startCentreServer();
});
test.afterAll(async () => {
  await centre?.dispose();
});

test('the centre restarts: the screen plays on without it, keeps its room and code, and the phone gets its seat back by itself', async ({ page, browser, expectErrors }) => {
  // While the centre is away the browser logs each refused socket and request: expected here.
  expectErrors(/WebSocket connection to '.*\/api\/rooms\/(screen|phone)' failed/);
  expectErrors(/Failed to load resource/);
  await openCentreScreen(page, centre, 'lang=fr&reducedMotion=1');
  await expect.poll(async () => (await snapshot(page)).room?.code ?? null, { timeout: 30_000 }).not.toBeNull();
  const code = (await snapshot(page)).room!.code!;

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'fr-FR' });
  const phone = await phoneContext.newPage();
  await phone.goto(`${centre.url}/play?room=${code}`);
  await expect(phone.locator('.choices-list button')).toHaveCount(5);
  const pseudonym = (await phone.locator('.choices-list button').first().textContent())!;
  await phone.locator('.choices-list button').first().tap();
  await phone.locator('.actions button').first().tap();
  await expect(phone.locator('#app')).toHaveAttribute('data-connection', 'online');
  await expect.poll(async () => (await snapshot(page)).seats.find((s) => s.input === 'phone')?.name ?? null).toBe(pseudonym);
  const seat = (await snapshot(page)).seats.find((s) => s.input === 'phone')!;

  await centre.stop();
  // The phone says it is reconnecting, over its page; the screen says its room is away.
  await expect(phone.locator('#app')).toHaveAttribute('data-connection', 'reconnecting', { timeout: 20_000 });
  await expect.poll(async () => (await snapshot(page)).room?.connection, { timeout: 20_000 }).not.toBe('open');
  // The screen needs no server to seat a keyboard player in its lobby.
  await tapKey(page, 'Space');
  await expect.poll(async () => (await snapshot(page)).seats.map((s) => s.id)).toContain('kb-left');

  await centre.start();
  await expect.poll(async () => (await snapshot(page)).room?.connection, { timeout: 40_000 }).toBe('open');
  expect((await snapshot(page)).room!.code).toBe(code);
  await expect(phone.locator('#app')).toHaveAttribute('data-connection', 'online', { timeout: 40_000 });
  await expect(phone.locator('.identity')).toContainText(pseudonym);
  // The same seat, in the lobby beside the keyboard seat, and no longer away.
  await expect.poll(async () => (await snapshot(page)).seats.find((s) => s.id === seat.id), { timeout: 20_000 }).toMatchObject({ input: 'phone', name: pseudonym, away: false });
  expect((await snapshot(page)).seats.map((s) => s.id).sort()).toEqual([seat.id, 'kb-left'].sort());
  await phoneContext.close();
});

import type { Page, WebSocketRoute } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ROOM_PATHS } from '../../src/shared/room/room-limits';
import { FakeRoomScreen, pairLoopbackScreen } from './support/fake-room-screen';
import { openScreen, snapshot } from './support/screen';
import { expect, test } from './support/test';

/**
 * The phones' controller at /play on a phone-sized page with touch, against the real centre
 * server: the room's big-screen side is spoken by the test (FakeRoomScreen), so every page of the
 * controller is reached on cue and what the phone sends is read back. Each page is compared with
 * a reference shot in French and English; a person looks at them whenever the controller changes:
 * `npx playwright test phone --update-snapshots`, then open tests/e2e/__screenshots__/phone.spec.ts/.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'fr-FR' });

let credential = '';
test.beforeAll(async ({ baseURL }) => {
  credential = await pairLoopbackScreen(baseURL!);
});

const SEAT = 'phone-1';
const tally = { points: 0, correct: 0, answered: 0, items: 0 };
const question = (index: number, extra: Record<string, unknown> = {}) => ({ phase: 'open', index, total: 5, timeLeftMs: 12_000, locked: false, ...tally, ...extra });

/** The page as a reference shot; the room's code and the card's change every run, so they are masked. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot(`${name}.png`, { animations: 'disabled', caret: 'hide', mask: [page.locator('.room-line p'), page.locator('#card-code')] });
}

/**
 * The centre's suggestions are drawn at random; the shots need the same names every run, so the
 * test answers that one request itself (the pseudonyms still go through the server's name filter
 * when the phone joins).
 */
async function fixedSuggestions(page: Page): Promise<void> {
  await page.route('**/api/player-cards/suggestions*', (route) =>
    route.fulfill({ json: { pseudonyms: ['Panda Rapide 42', 'Pingouin Fantastique 73', 'Comète Calme 18', 'Lynx Sage 65', 'Orque Libre 31'] } }));
}

/** The page shows `kind` (the app writes it on #app) and the socket is as said. */
async function showing(page: Page, kind: string, connection?: string): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-page', kind);
  if (connection) await expect(page.locator('#app')).toHaveAttribute('data-connection', connection);
}

/** Records what the page asks `navigator.vibrate` for (Chromium has it; what it does is the phone's). */
async function recordVibrations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { vibrations: unknown[] }).vibrations = calls;
    navigator.vibrate = ((pattern: unknown) => calls.push(pattern) > 0) as Navigator['vibrate'];
  });
}
const vibrations = (page: Page) => page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations);

/** Picks the second suggestion and an avatar, joins, and has the screen grant SEAT; returns the pseudonym. */
async function joinAsGuest(page: Page, screen: FakeRoomScreen, style = 2): Promise<string> {
  const suggestions = page.locator('.choices-list button');
  await expect(suggestions).toHaveCount(5);
  const pseudonym = (await suggestions.nth(1).textContent())!;
  await suggestions.nth(1).tap();
  await page.getByRole('button', { name: '🐙' }).tap();
  await page.locator('.actions button').first().tap();
  const request = await screen.accept(SEAT, style);
  expect(request.player).toEqual({ kind: 'guest', pseudonym, avatar: '🐙' });
  await showing(page, 'lobby', 'online');
  return pseudonym;
}

for (const lang of ['fr', 'en'] as const) {
  test.describe(`phone in ${lang}`, () => {
    // The language comes from the phone's own setting.
    test.use({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });

    test('joins with the room code and plays: four answers, feedback right and wrong, d-pad, results', async ({ page, baseURL }) => {
      const screen = await FakeRoomScreen.open(baseURL!, credential);
      await recordVibrations(page);
      await fixedSuggestions(page);
      await page.goto('/play');
      await showing(page, 'code');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await shot(page, `code-${lang}`);

      await page.locator('#room-code').fill('hx');
      await page.locator('form button[type=submit]').tap();
      await expect(page.locator('#code-problem')).not.toBeEmpty();
      await shot(page, `code-wrong-${lang}`);
      await page.locator('#room-code').fill(screen.code.toLowerCase());
      await page.locator('form button[type=submit]').tap();
      await showing(page, 'identity');
      await expect(page.locator('.choices-list button')).toHaveCount(5);
      await page.locator('.choices-list button').nth(1).tap();
      await page.getByRole('button', { name: '🐙' }).tap();
      await shot(page, `name-${lang}`);
      await page.locator('.actions button').first().tap();

      const request = await screen.accept(SEAT, 2);
      expect(request.language).toBe(lang);
      await showing(page, 'lobby', 'online');
      await expect(page.locator('.identity')).toContainText('🐙');
      await shot(page, `lobby-${lang}`);

      // The answers' texts as quiz-duel's seat view gives them in the phone's language, the longest near the pack's limit of 40.
      const choices = lang === 'fr'
        ? ["De l'eau", 'Une boisson énergisante à la caféine', 'Un soda bien sucré', "Rien : on boit après l'effort"]
        : ['Water', 'An energy drink full of caffeine', 'A very sweet fizzy drink', 'Nothing: drink after exercise'];
      screen.view(SEAT, 'choices4', question(0, { choices }));
      await showing(page, 'round');
      await expect(page.locator('.answer')).toHaveCount(4);
      await expect(page.locator('.answer[data-choice="1"]')).toContainText(choices[1]!);
      await shot(page, `choices4-${lang}`);
      await page.locator('.answer[data-choice="1"]').tap();
      expect(await screen.next('seat.input')).toEqual({ type: 'seat.input', seat: SEAT, action: { type: 'choice', choice: 1 }, n: 1 });
      screen.view(SEAT, 'choices4', question(0, { locked: true, choices }));
      await expect(page.locator('.answer[data-choice="1"]')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.answer[data-choice="1"]')).toBeDisabled();
      await shot(page, `choices4-locked-${lang}`);

      const explanation = lang === 'fr' ? "L'eau est la meilleure boisson pendant l'effort : boire un peu, souvent." : 'Water is the best drink while exercising: a little, often.';
      screen.view(SEAT, 'choices4', question(0, { phase: 'reveal', locked: true, mark: { outcome: 'correct', points: 850 }, points: 850, correct: 1, answered: 1, items: 1, rank: 2, seats: 14, explanation }));
      await expect(page.locator('.feedback.correct')).toContainText(explanation);
      await shot(page, `feedback-right-${lang}`);
      screen.view(SEAT, 'choices4', question(1, { phase: 'reveal', locked: true, mark: { outcome: 'wrong', points: 0 }, points: 850, correct: 1, answered: 2, items: 2, rank: 5, seats: 14, explanation }));
      await expect(page.locator('.feedback.wrong')).toBeVisible();
      await shot(page, `feedback-wrong-${lang}`);
      expect(await vibrations(page)).toEqual([120, [70, 60, 70, 60, 70]]);

      screen.view(SEAT, 'dpad', {});
      await expect(page.locator('.dpad button')).toHaveCount(4);
      await shot(page, `dpad-${lang}`);
      await page.locator('.dpad .up').tap();
      await page.locator('.face .a').tap();
      await page.locator('.face .b').tap();
      expect((await screen.next('seat.input')).action).toEqual({ type: 'step', x: 0, y: -1 });
      expect((await screen.next('seat.input')).action).toEqual({ type: 'confirm' });
      expect(await screen.next('seat.input')).toMatchObject({ action: { type: 'back' }, n: 4 });

      screen.view(SEAT, 'wait', { phase: 'over', index: 4, total: 5, points: 2410, correct: 3, answered: 4, items: 5, rank: 2, seats: 14 });
      await showing(page, 'results');
      await expect(page.locator('.figures')).toContainText('75 %');
      await shot(page, `results-${lang}`);
      screen.close();
    });

    test('from the QR address: waits for the next round when one is running, then gets a seat', async ({ page, baseURL }) => {
      const screen = await FakeRoomScreen.open(baseURL!, credential);
      await fixedSuggestions(page);
      await page.goto(`/play?room=${screen.code}`);
      await showing(page, 'identity');
      await expect(page.locator('.room-line')).toContainText(screen.code);
      await expect(page.locator('.choices-list button')).toHaveCount(5);
      await page.locator('.choices-list button').first().tap();
      await page.locator('.actions button').first().tap();
      const request = await screen.next('seat.request');
      screen.send({ type: 'seat.wait', phone: request.phone });
      await showing(page, 'lobby');
      await expect(page.locator('.status')).toHaveText(lang === 'fr' ? 'Tu joueras à la prochaine manche.' : 'You will play in the next round.');
      await shot(page, `next-round-${lang}`);
      screen.send({ type: 'seat.accept', phone: request.phone, seat: SEAT, style: 4 });
      await screen.next('seat.joined');
      await expect(page.locator('.identity .seat-shape')).toHaveAttribute('aria-label', lang === 'fr' ? 'étoile rose' : 'pink star');
      screen.close();
    });

    test('a dropped socket shows "reconnecting" over the page, then the same seat comes back; so does a reload; the language follows', async ({ page, baseURL }) => {
      const screen = await FakeRoomScreen.open(baseURL!, credential);
      // Every phone socket goes through the test, which can cut it and hold the next try.
      const sockets: WebSocketRoute[] = [];
      let hold = false;
      await page.routeWebSocket(`**${ROOM_PATHS.phone}`, (socket) => {
        sockets.push(socket);
        if (!hold) socket.connectToServer();
      });
      await fixedSuggestions(page);
      await page.goto(`/play?room=${screen.code}`);
      await joinAsGuest(page, screen);
      screen.view(SEAT, 'choices4', question(2));
      await page.locator('.answer[data-choice="3"]').tap();
      expect((await screen.next('seat.input')).n).toBe(1);

      hold = true;
      await sockets.at(-1)!.close();
      await showing(page, 'round', 'reconnecting');
      expect(await screen.next('seat.away')).toMatchObject({ seat: SEAT });
      // The page below keeps the answer it pressed.
      await expect(page.locator('.answer[data-choice="3"]')).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => sockets.length).toBeGreaterThan(1);
      await shot(page, `reconnecting-${lang}`);
      hold = false;
      await sockets.at(-1)!.close();
      await showing(page, 'round', 'online');
      expect(await screen.next('seat.back')).toEqual({ type: 'seat.back', seat: SEAT });

      await page.reload();
      expect(await screen.next('seat.away')).toMatchObject({ seat: SEAT });
      expect(await screen.next('seat.back')).toEqual({ type: 'seat.back', seat: SEAT });
      await showing(page, 'lobby', 'online');
      screen.view(SEAT, 'choices4', question(3));
      await page.locator('.answer[data-choice="0"]').tap();
      // The count of presses goes on after the reload, so the screen never takes one twice.
      expect(await screen.next('seat.input')).toMatchObject({ seat: SEAT, action: { type: 'choice', choice: 0 }, n: 2 });
      // Each rejoin says the phone's language (a rejoin carries none), and a switch says the new one.
      for (let rejoin = 0; rejoin < 2; rejoin++) expect(await screen.next('seat.language')).toEqual({ type: 'seat.language', seat: SEAT, language: lang });
      await page.locator('button.lang').tap();
      expect(await screen.next('seat.language')).toEqual({ type: 'seat.language', seat: SEAT, language: lang === 'fr' ? 'en' : 'fr' });
      screen.close();
    });
  });
}

test('a player card signs the phone in with its pseudonym and avatar', async ({ page, baseURL }) => {
  const made = await fetch(new URL('/api/player-cards', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pseudonym: `Comète Calme ${Date.now() % 90 + 10}`, avatar: '🦉' }),
  });
  expect(made.status).toBe(201);
  const card = (await made.json()) as { code: string; pseudonym: string };
  const screen = await FakeRoomScreen.open(baseURL!, credential);
  await page.goto(`/play?room=${screen.code}`);
  await page.getByRole('button', { name: "J'ai une carte joueur" }).tap();
  await page.locator('#card-code').fill('AAAA');
  await page.locator('form button[type=submit]').tap();
  await expect(page.locator('#identity-problem')).not.toBeEmpty();
  await page.locator('#card-code').fill(`${card.code.slice(0, 4)} ${card.code.slice(4).toLowerCase()}`);
  await shot(page, 'card-fr');
  await page.locator('form button[type=submit]').tap();
  const request = await screen.accept(SEAT, 0);
  expect(request.player).toEqual({ kind: 'card', code: card.code });
  await showing(page, 'lobby', 'online');
  await expect(page.locator('.identity')).toContainText(card.pseudonym);
  await expect(page.locator('.identity')).toContainText('🦉');
  screen.close();
});

test('a code no room has is refused on the code page, with the code kept', async ({ page, baseURL }) => {
  const screen = await FakeRoomScreen.open(baseURL!, credential);
  const other = [...'ACEFHJKMNPRTWXY'].find((letter) => !screen.code.startsWith(letter))!.repeat(4);
  await page.goto(`/play?room=${other}`);
  await expect(page.locator('.choices-list button')).toHaveCount(5);
  await page.locator('.choices-list button').first().tap();
  await page.locator('.actions button').first().tap();
  await showing(page, 'code');
  await expect(page.locator('#room-code')).toHaveValue(other);
  await expect(page.locator('#code-problem')).toHaveText('Aucune salle n\'a ce code. Regarde bien le grand écran.');
  screen.close();
});

test('with the real big screen: the phone joins its room by the code it shows and wears the seat the lobby drew', async ({ page, browser, baseURL }) => {
  const big = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 }, locale: 'fr-FR', isMobile: false, hasTouch: false });
  const screen = await big.newPage();
  await openScreen(screen, 'lang=fr&reducedMotion=1');
  await expect.poll(async () => (await snapshot(screen)).room?.code ?? null, { timeout: 30_000 }).not.toBeNull();
  const code = (await snapshot(screen)).room!.code!;

  await page.goto('/play');
  await page.locator('#room-code').fill(code);
  await page.locator('form button[type=submit]').tap();
  await expect(page.locator('.choices-list button')).toHaveCount(5);
  const pseudonym = (await page.locator('.choices-list button').first().textContent())!;
  await page.locator('.choices-list button').first().tap();
  await page.getByRole('button', { name: '🦉' }).tap();
  await page.locator('.actions button').first().tap();
  await showing(page, 'lobby', 'online');

  await expect.poll(async () => (await snapshot(screen)).seats.find((seat) => seat.input === 'phone')?.name ?? null).toBe(pseudonym);
  const seat = (await snapshot(screen)).seats.find((s) => s.input === 'phone')!;
  expect(seat.avatar).toBe('🦉');
  const names = JSON.parse(readFileSync(new URL('../../src/controller/i18n/fr.json', import.meta.url), 'utf8')) as Record<string, string>;
  await expect(page.locator('.identity .seat-shape')).toHaveAttribute('aria-label', `${names[`shape.${seat.shape}`]} ${names[`colour.${seat.colourName}`]}`);
  await expect(page.locator('.identity')).toHaveCSS('border-top-color', hexToRgb(seat.colour));
  await big.close();
});

/** `#e69f00` → `rgb(230, 159, 0)`, as computed styles give colours. */
function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

import { expect, test } from './support/test';
import { BUTTON, pads, tapKey } from './support/fake-pads';
import { selectPack, snapshot, waitForScreen } from './support/screen';
import { createPlayerCard, openCentreScreen, startCentreServer, type CentreServer } from './support/server';
import { enterCodeWithPad, tapUntil } from './support/sign-in';
import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH } from '../../src/shared/player-card/card-code';

/**
 * Player cards at the screen and leaderboards, against a real centre server in its own process
 * (its own data folder, so the boards hold only what these tests play).
 */
let centre: CentreServer;
test.beforeAll(async () => {
  centre = await startCentreServer();
});
test.afterAll(async () => {
  await centre?.dispose();
});

test('a seat signs in with its card code on the pad, plays, and sees itself ranked on the screen', async ({ page }) => {
  test.setTimeout(240_000);
  const card = await createPlayerCard(centre, '🐙');
  await openCentreScreen(page, centre);
  await waitForScreen(page, 'attract');
  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'lobby');

  await tapUntil(page, () => pads.tap(page, 0, BUTTON.X), (s) => s.signIn?.step === 'menu');
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.A), (s) => s.signIn?.step === 'code');
  await enterCodeWithPad(page, 0, card.code);
  await pads.tap(page, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).signIn?.step).toBe('welcome');
  expect((await snapshot(page)).seats[0]).toMatchObject({ id: 'pad-0', name: card.pseudonym, playerCard: card.pseudonym, avatar: '🐙' });
  await expect.poll(async () => (await snapshot(page)).signIn, { timeout: 10_000 }).toBeNull();

  await tapUntil(page, () => pads.tap(page, 0, BUTTON.A), (s) => s.screen === 'catalogue');
  await selectPack(page, 'idle-timeout', () => pads.tap(page, 0, BUTTON.RIGHT));
  await pads.tap(page, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).round?.phase, { timeout: 20_000 }).toBe('running');
  for (let i = 0; i < 3; i++) await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'results', 20_000);
  const results = (await snapshot(page)).lastResults!;
  const points = results.seats[0]!.points;
  expect(points).toBeGreaterThan(0);
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
  await expect.poll(async () => (await snapshot(page)).lastResults?.ranks).toEqual([{ seat: 'pad-0', rank: 1 }]);

  // The server has the seat under its card, and ranks it (centre score = 1000 × points / 1000).
  expect(centre.rows('SELECT player_card_id AS card, points FROM round_seats WHERE round_id = ?', results.roundId)).toEqual([{ card: card.id, points }]);
  const board = await (await fetch(`${centre.url}/api/leaderboards?period=today&playerCard=${card.id}`)).json();
  expect(board.you).toMatchObject({ rank: 1, pseudonym: card.pseudonym, centreScore: points });

  // Attract mode hands over to the leaderboard, which shows the pseudonym, then comes back.
  await openCentreScreen(page, centre);
  await waitForScreen(page, 'leaderboard', 60_000);
  const shown = (await snapshot(page)).leaderboard!;
  expect(shown).toMatchObject({ period: 'today', pack: null, by: 'player', guests: 0 });
  expect(shown.entries).toEqual([{ rank: 1, name: card.pseudonym, centreScore: points, accuracy: null, rounds: 1 }]);
  await waitForScreen(page, 'attract', 30_000);
});

test('a keyboard seat types its card code, and an unknown code is refused', async ({ page, expectErrors }) => {
  // The browser logs the server's 404 for the unknown code.
  expectErrors(/Failed to load resource: the server responded with a status of 404/);
  const card = await createPlayerCard(centre, '🦉');
  await openCentreScreen(page, centre, 'lang=en');
  await waitForScreen(page, 'attract');
  await tapKey(page, 'Enter');
  await waitForScreen(page, 'lobby');
  await tapUntil(page, () => tapKey(page, 'Digit9'), (s) => s.signIn?.seat === 'kb-right');
  await tapUntil(page, () => tapKey(page, 'Enter'), (s) => s.signIn?.step === 'code');

  const wrong = [...card.code].map((c) => CARD_CODE_ALPHABET[(CARD_CODE_ALPHABET.indexOf(c) + 1) % CARD_CODE_ALPHABET.length]).join('');
  await page.keyboard.type(wrong.toLowerCase());
  await expect.poll(async () => (await snapshot(page)).signIn?.typed).toBe(CARD_CODE_LENGTH);
  await tapKey(page, 'Enter');
  await expect.poll(async () => (await snapshot(page)).signIn?.problem).toBe('unknown');
  expect((await snapshot(page)).seats[0]!.playerCard).toBeNull();

  for (let i = 0; i < CARD_CODE_LENGTH; i++) await tapKey(page, 'Backspace');
  await expect.poll(async () => (await snapshot(page)).signIn?.typed).toBe(0);
  await page.keyboard.type(card.code.toLowerCase());
  await expect.poll(async () => (await snapshot(page)).signIn?.typed).toBe(CARD_CODE_LENGTH);
  await tapKey(page, 'Enter');
  await expect.poll(async () => (await snapshot(page)).seats[0]?.playerCard).toBe(card.pseudonym);
});

test('a new card made at the screen from a suggested pseudonym, its code shown once', async ({ page }) => {
  await openCentreScreen(page, centre);
  await waitForScreen(page, 'attract');
  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'lobby');
  const avatar = (await snapshot(page)).seats[0]!.avatar;

  await tapUntil(page, () => pads.tap(page, 0, BUTTON.X), (s) => s.signIn?.step === 'menu');
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.DOWN), (s) => s.signIn?.selected === 1);
  await pads.tap(page, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).signIn?.step).toBe('pick');
  const choices = (await snapshot(page)).signIn!.choices!;
  expect(choices).toHaveLength(3);
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.DOWN), (s) => s.signIn?.selected === 1);
  await pads.tap(page, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).signIn?.step).toBe('issued');

  expect((await snapshot(page)).seats[0]!.playerCard).toBe(choices[1]);
  const stored = centre.rows<{ avatar: string; code: string }>('SELECT avatar, code FROM player_cards WHERE pseudonym = ?', choices[1]);
  expect(stored).toHaveLength(1);
  expect(stored[0]!.avatar).toBe(avatar);
  // The code works: the API finds the card the screen made.
  const found = await (await fetch(`${centre.url}/api/player-cards/${stored[0]!.code}`)).json();
  expect(found.pseudonym).toBe(choices[1]);
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.A), (s) => s.signIn === null);
});

test('with no server the card panel says so and the seat plays as a guest; attract skips the leaderboard', async ({ page, expectErrors }) => {
  test.setTimeout(180_000);
  expectErrors(/Failed to load resource/);
  const asked: string[] = [];
  page.on('request', (request) => request.url().includes('/api/') && asked.push(new URL(request.url()).pathname));
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await openCentreScreen(page, centre);
  await waitForScreen(page, 'attract');

  // Twenty seconds of attract mode, then a board is asked for: none comes, attract goes on.
  const screens = new Set<string>();
  const watchUntil = Date.now() + 26_000;
  while (Date.now() < watchUntil) {
    screens.add((await snapshot(page)).screen);
    await page.waitForTimeout(300);
  }
  expect(asked).toContain('/api/leaderboards');
  expect([...screens]).toEqual(['attract']);

  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'lobby');
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.X), (s) => s.signIn?.step === 'menu');
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.A), (s) => s.signIn?.step === 'code');
  await enterCodeWithPad(page, 0, 'HX7MA349');
  await pads.tap(page, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).signIn?.step).toBe('unreachable');
  await tapUntil(page, () => pads.tap(page, 0, BUTTON.A), (s) => s.signIn === null);
  expect((await snapshot(page)).seats[0]).toMatchObject({ name: 'Joueur 1', playerCard: null });
});

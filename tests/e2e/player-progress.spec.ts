import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { BUTTON, frames, pads, tapKey } from './support/fake-pads';
import { quizAnswers, waitForQuiz } from './support/quiz';
import { selectPack, snapshot, waitForScreen } from './support/screen';
import { createPlayerCard, openCentreScreen, startCentreServer, type CentreServer } from './support/server';
import { enterCodeWithPad, tapUntil } from './support/sign-in';

/**
 * Players see their own progress: cards signed in at the screen play sante-sport, and the results
 * show each signed-in seat's mastery of the pack's objectives before → after the round, as the
 * centre stored it; the card's page (a sign-in) shows it per pack played. The shots (results with
 * 1 and 4 signed-in seats, the card's page, in French and English) go to this test's output folder
 * to be looked at: the questions drawn differ from run to run, so they are not compared.
 */
let centre: CentreServer;
test.beforeAll(async () => {
  centre = await startCentreServer();
});
test.afterAll(async () => {
  await centre?.dispose();
});

type Seat = 'kb-left' | 'kb-right' | 'pad-0' | 'pad-1';
type Mastery = { objective: string; pKnown: number | null; answers: number }[];

const KEYS = { 'kb-left': { confirm: 'Space', choices: ['Digit1', 'Digit2', 'Digit3', 'Digit4'] }, 'kb-right': { confirm: 'Enter', choices: ['Digit7', 'Digit8', 'Digit9', 'Digit0'] } } as const;
const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
const PAD = { 'pad-0': 0, 'pad-1': 1 } as const;

async function press(page: Page, seat: Seat, choice: 'confirm' | 0 | 1 | 2 | 3): Promise<void> {
  if (seat === 'kb-left' || seat === 'kb-right') return tapKey(page, choice === 'confirm' ? KEYS[seat].confirm : KEYS[seat].choices[choice]);
  return pads.tap(page, PAD[seat], choice === 'confirm' ? BUTTON.A : FACE[choice]);
}

/** Opens the seat's card panel (X), and enters the code: typed on a keyboard seat, on the grid with a pad. */
async function signIn(page: Page, seat: Seat, code: string): Promise<void> {
  await tapUntil(page, () => press(page, seat, 2), (s) => s.signIn?.step === 'menu' && s.signIn.seat === seat);
  await tapUntil(page, () => press(page, seat, 'confirm'), (s) => s.signIn?.step === 'code');
  if (seat === 'kb-left' || seat === 'kb-right') {
    await page.keyboard.type(code.toLowerCase());
    await expect.poll(async () => (await snapshot(page)).signIn?.typed).toBe(code.length);
    await tapKey(page, 'Enter');
  } else {
    await enterCodeWithPad(page, PAD[seat], code);
    await pads.tap(page, PAD[seat], BUTTON.A);
  }
  // kb-right's Enter also reaches the lobby as its A, and may close the welcome at once.
  await expect.poll(async () => (await snapshot(page)).seats.find((s) => s.id === seat)?.playerCard).not.toBeNull();
}

/** Every seat ready, sante-sport chosen; then each seat answers every question, right when `right(seat, n)`. */
async function playSanteSport(page: Page, seats: readonly Seat[], right: (seat: Seat, n: number) => boolean): Promise<void> {
  for (const seat of seats) await tapUntil(page, () => press(page, seat, 'confirm'), (s) => s.screen === 'catalogue' || s.seats.find((x) => x.id === seat)!.ready);
  await waitForScreen(page, 'catalogue');
  const move = () => (seats[0]!.startsWith('pad') ? pads.tap(page, PAD[seats[0] as 'pad-0'], BUTTON.RIGHT) : tapKey(page, seats[0] === 'kb-left' ? 'KeyD' : 'ArrowRight'));
  await selectPack(page, 'sante-sport', move);
  expect((await snapshot(page)).catalogue.selection).toBe('sante-sport');
  await press(page, seats[0]!, 'confirm');
  await waitForScreen(page, 'round');
  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  for (let n = 0; n < questionsPerRound; n++) {
    const answer = answers.get((await waitForQuiz(page, 'open', n)).item!)!;
    for (const seat of seats) await press(page, seat, right(seat, n) ? answer : (((answer + 1) % 4) as 0 | 1 | 2 | 3));
    await waitForQuiz(page, 'reveal', n);
  }
  await waitForScreen(page, 'results', 60_000);
}

/** Waits for every signed-in seat's "after" and the progress page, and checks both readings against the centre. */
async function seeProgress(page: Page, cards: Record<string, string>): Promise<Map<string, { before: Mastery; after: Mastery }>> {
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved, { timeout: 20_000 }).toBe('saved');
  await expect
    .poll(async () => {
      const progress = (await snapshot(page)).lastResults!.progress;
      return progress.page === 'progress' && progress.seats.every((s) => typeof s.after !== 'string') ? progress.seats.map((s) => s.seat).sort() : null;
    }, { timeout: 20_000 })
    .toEqual(Object.keys(cards).sort());
  const seats = new Map<string, { before: Mastery; after: Mastery }>();
  for (const { seat, before, after } of (await snapshot(page)).lastResults!.progress.seats) {
    expect(typeof before, `${seat}: before was read as the round started`).not.toBe('string');
    const stored = centre.rows<{ objective: string; pKnown: number; answers: number }>(
      'SELECT objective_id AS objective, p_known AS pKnown, answers FROM mastery WHERE player_card_id = ?',
      cards[seat],
    );
    const afterRows = (after as Mastery).filter((o) => o.answers > 0);
    expect(afterRows.map((o) => ({ ...o })).sort((a, b) => a.objective.localeCompare(b.objective))).toEqual(
      stored.sort((a, b) => a.objective.localeCompare(b.objective)),
    );
    expect(afterRows.length, `${seat} answered objectives this round`).toBeGreaterThan(0);
    seats.set(seat, { before: before as Mastery, after: after as Mastery });
  }
  await frames(page, 3);
  return seats;
}

/** Opens the centre's screen and waits until it has paired itself (loopback), so seats can sign in. */
async function openPairedScreen(page: Page, query: string): Promise<void> {
  await openCentreScreen(page, centre, query);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ludocite.screen')), { timeout: 20_000 }).not.toBeNull();
  await waitForScreen(page, 'attract');
}

/** Into the test's output folder, or PROGRESS_SHOTS_DIR to keep them from the next run's clean-up. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: process.env.PROGRESS_SHOTS_DIR ? join(process.env.PROGRESS_SHOTS_DIR, `${name}.png`) : test.info().outputPath(`${name}.png`) });

async function switchLanguage(page: Page, seat: Seat, to: 'fr' | 'en'): Promise<void> {
  await tapUntil(page, () => press(page, seat, 3), (s) => s.language === to);
}

test('one signed-in seat beside a guest sees its progress after each round, and its card page shows it', async ({ page }) => {
  test.setTimeout(300_000);
  const card = await createPlayerCard(centre, '🐙');
  await openPairedScreen(page, 'pace=0.25&lang=fr');
  await tapKey(page, 'Space');
  await waitForScreen(page, 'lobby');
  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await expect.poll(async () => (await snapshot(page)).seats.length).toBe(2);
  await signIn(page, 'kb-left', card.code);
  // A new card has played nothing: its welcome closes by itself (game time, slow on a loaded machine).
  await expect.poll(async () => (await snapshot(page)).signIn?.cardPage).toBe('none');
  await expect.poll(async () => (await snapshot(page)).signIn, { timeout: 40_000 }).toBeNull();

  await playSanteSport(page, ['kb-left', 'pad-0'], (seat, n) => (seat === 'kb-left' ? n % 4 !== 3 : n % 2 === 0));
  const first = (await seeProgress(page, { 'kb-left': card.id })).get('kb-left')!;
  // Before its first round the card had no answer on any objective.
  expect(first.before.every((o) => o.pKnown === null && o.answers === 0)).toBe(true);
  await shot(page, 'results-1-seat-fr');

  // Y goes back to the scores and again to the progress.
  await tapUntil(page, () => press(page, 'kb-left', 3), (s) => s.lastResults!.progress.page === 'scores');
  await tapUntil(page, () => press(page, 'kb-left', 3), (s) => s.lastResults!.progress.page === 'progress');

  await tapUntil(page, () => tapKey(page, 'KeyQ'), (s) => s.screen === 'lobby');
  await switchLanguage(page, 'kb-left', 'en');
  await signIn(page, 'kb-left', card.code);
  await expect.poll(async () => (await snapshot(page)).signIn?.cardPage).toEqual({ packs: ['sante-sport'], page: 0 });
  await frames(page, 3);
  await shot(page, 'card-page-en');
  await tapUntil(page, () => tapKey(page, 'Space'), (s) => s.signIn === null);

  await playSanteSport(page, ['kb-left', 'pad-0'], (seat) => seat === 'kb-left');
  const second = (await seeProgress(page, { 'kb-left': card.id })).get('kb-left')!;
  // "Before" of the second round is what the first one left.
  expect(second.before).toEqual(first.after);
  await shot(page, 'results-1-seat-en');
});

test('four signed-in seats each get a column, and the card page after the round', async ({ page }) => {
  test.setTimeout(300_000);
  const seats = ['kb-left', 'kb-right', 'pad-0', 'pad-1'] as const;
  const cards = await Promise.all(['🦊', '🐼', '🦁', '🐸'].map((avatar) => createPlayerCard(centre, avatar)));
  const ids = Object.fromEntries(seats.map((seat, i) => [seat, cards[i]!.id]));
  await openPairedScreen(page, 'pace=0.25&lang=en');
  await tapKey(page, 'Space');
  await waitForScreen(page, 'lobby');
  await tapKey(page, 'Enter');
  for (const pad of [0, 1]) {
    await pads.connect(page, pad);
    await pads.tap(page, pad, BUTTON.A);
  }
  await expect.poll(async () => (await snapshot(page)).seats.map((s) => s.id).sort()).toEqual([...seats].sort());
  for (const [i, seat] of seats.entries()) {
    await signIn(page, seat, cards[i]!.code);
    await expect.poll(async () => (await snapshot(page)).signIn, { timeout: 40_000 }).toBeNull();
  }

  const plan = (seat: Seat, n: number) => ({ 'kb-left': true, 'kb-right': n % 2 === 0, 'pad-0': n < 2, 'pad-1': false })[seat];
  await playSanteSport(page, seats, plan);
  const english = await seeProgress(page, ids);
  expect([...english.keys()].sort()).toEqual([...seats].sort());
  await shot(page, 'results-4-seats-en');

  // A second round's "before" is the first's "after": the one-seat test checks it.
  await tapUntil(page, () => tapKey(page, 'KeyQ'), (s) => s.screen === 'lobby');
  await switchLanguage(page, 'kb-left', 'fr');
  await signIn(page, 'kb-left', cards[0]!.code);
  await expect.poll(async () => (await snapshot(page)).signIn?.cardPage).toEqual({ packs: ['sante-sport'], page: 0 });
  await frames(page, 3);
  await shot(page, 'card-page-fr');
});

import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { BUTTON, frames, pads, tapKey } from './support/fake-pads';
import { openScreen, selectPack, snapshot, waitForScreen } from './support/screen';
import { quizAnswers, waitForQuiz } from './support/quiz';

/**
 * quiz-duel in the browser: one whole round of sante-sport from the lobby to the results, and the
 * reference shots of a question, its reveal and the standings in French and English. The rules
 * (points, locks, evidence) are tested headless in games/quiz-duel/round.test.ts. Look at the
 * shots whenever a screen changes: `npx playwright test play-round --update-snapshots`, then open
 * tests/e2e/__screenshots__/play-round.spec.ts/.
 */

const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
const KEYS_LEFT = ['Digit1', 'Digit2', 'Digit3', 'Digit4'] as const;
const wrongOf = (answer: 0 | 1 | 2 | 3) => ((answer + 1) % 4) as 0 | 1 | 2 | 3;

test('two pads and a keyboard seat join, play sante-sport to the end, and see their points and accuracy', async ({ page }) => {
  test.setTimeout(180_000);
  // Reveals and standings at a quarter of their length: the answers are what this test plays.
  await openScreen(page, 'pace=0.25');
  await waitForScreen(page, 'attract');

  await pads.connect(page, 0);
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'lobby');
  await pads.connect(page, 1);
  await pads.tap(page, 1, BUTTON.A);
  await tapKey(page, 'Space');
  await expect.poll(async () => (await snapshot(page)).seats.map((s) => s.id)).toEqual(['pad-0', 'pad-1', 'kb-left']);
  const seats = (await snapshot(page)).seats;
  expect(new Set(seats.map((s) => s.shape)).size).toBe(3);
  expect(new Set(seats.map((s) => s.colour)).size).toBe(3);

  await pads.tap(page, 0, BUTTON.A);
  await pads.tap(page, 1, BUTTON.A);
  await tapKey(page, 'Space');
  await waitForScreen(page, 'catalogue');

  // The catalogue comes from the centre; walk it once round, however many packs the centre has.
  await expect.poll(async () => (await snapshot(page)).catalogue.origin).toBe('centre');
  await selectPack(page, 'sante-sport', () => pads.tap(page, 0, BUTTON.RIGHT));
  expect((await snapshot(page)).catalogue.selection, `packs: ${(await snapshot(page)).catalogue.packs.map((p) => p.id).join(', ')}`).toBe('sante-sport');
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'round');

  // pad-0 always right, pad-1 always wrong, the keyboard seat right on every other question.
  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  const asked: string[] = [];
  for (let n = 0; n < questionsPerRound; n++) {
    const item = (await waitForQuiz(page, 'open', n)).item!;
    asked.push(item);
    const right = answers.get(item)!;
    await pads.tap(page, 0, FACE[right]);
    await pads.tap(page, 1, FACE[wrongOf(right)]);
    await tapKey(page, KEYS_LEFT[n % 2 === 0 ? right : wrongOf(right)]!);
    await waitForQuiz(page, 'reveal', n);
  }
  expect(new Set(asked).size).toBe(questionsPerRound);

  await waitForScreen(page, 'results', 60_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results.reason).toBe('complete');
  expect(results.evidence).toBe(3 * questionsPerRound);
  const bySeat = new Map(results.seats.map((s) => [s.seat, s]));
  // An answer within the first quarter of the answer time earns 100 + 50.
  expect(bySeat.get('pad-0')).toMatchObject({ points: 150 * questionsPerRound, correct: questionsPerRound, answered: questionsPerRound, accuracy: 1 });
  expect(bySeat.get('pad-1')).toMatchObject({ points: 0, correct: 0, answered: questionsPerRound, accuracy: 0 });
  const half = Math.ceil(questionsPerRound / 2);
  expect(bySeat.get('kb-left')).toMatchObject({ points: 150 * half, correct: half, answered: questionsPerRound });

  await page.waitForTimeout(1100);
  await pads.tap(page, 1, BUTTON.B);
  await waitForScreen(page, 'lobby');
  expect((await snapshot(page)).seats).toHaveLength(3);
});

/** The question screen below its timer (the bar and the seconds move; the rest holds still). */
const BELOW_TIMER = { x: 0, y: 160, width: 1920, height: 920 };

async function shot(page: Page, name: string, clip?: typeof BELOW_TIMER): Promise<void> {
  await frames(page, 2);
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: false, ...(clip ? { clip } : {}) });
}

for (const lang of ['fr', 'en'] as const) {
  test(`quiz-duel reference shots in ${lang}: a question, its reveal, the standings`, async ({ page }, testInfo) => {
    test.setTimeout(150_000);
    // Half pace: a reveal stays 2.5 s and the standings 4 s, long enough for a still shot.
    await openScreen(page, `pack=sante-sport&seats=pad-0,pad-1,kb-left&seed=4&lang=${lang}&reducedMotion=1&pace=0.5`);
    await pads.connect(page, 0);
    await pads.connect(page, 1);
    await expect.poll(async () => (await snapshot(page)).round, { timeout: 30_000 }).toMatchObject({ phase: 'running', pauseReasons: [] });
    const { answers, questionsPerRound } = quizAnswers('sante-sport');
    for (let n = 0; n < questionsPerRound; n++) {
      const right = answers.get((await waitForQuiz(page, 'open', n)).item!)!;
      await pads.tap(page, 0, FACE[right]);
      if (n === 0) {
        // One seat locked (a tick in its slot, its choice hidden), two still thinking.
        await expect.poll(async () => (await snapshot(page)).round?.view?.locked).toBe(1);
        // The whole frame, timer included, for a person to look at (it moves, so it is not compared).
        await page.screenshot({ path: testInfo.outputPath(`question-${lang}-whole.png`) });
        await shot(page, `question-${lang}`, BELOW_TIMER);
      }
      await pads.tap(page, 1, FACE[wrongOf(right)]);
      // The keyboard seat leaves the first question unanswered: the reveal shows its "—".
      if (n > 0) await tapKey(page, KEYS_LEFT[right]!);
      if (n === 0) {
        await waitForQuiz(page, 'reveal', 0, 30_000);
        await shot(page, `reveal-${lang}`);
      }
    }
    await waitForQuiz(page, 'final');
    await shot(page, `standings-${lang}`);
  });
}

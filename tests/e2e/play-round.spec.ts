import { expect, test } from './support/test';
import { BUTTON, pads, tapKey } from './support/fake-pads';
import { openScreen, snapshot, waitForScreen } from './support/screen';
import { quizAnswers } from './support/quiz';

const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;
const KEYS_LEFT = ['Digit1', 'Digit2', 'Digit3', 'Digit4'] as const;

test('two pads and a keyboard seat join, play sante-sport to the end, and see their points and accuracy', async ({ page }) => {
  // A whole round of eight questions under software WebGL: give it room.
  test.setTimeout(240_000);
  await openScreen(page);
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

  for (let i = 0; i < 20 && (await snapshot(page)).catalogue.selection !== 'sante-sport'; i++) await pads.tap(page, 0, BUTTON.RIGHT);
  expect((await snapshot(page)).catalogue.selection).toBe('sante-sport');
  await pads.tap(page, 0, BUTTON.A);
  await waitForScreen(page, 'round');

  // pad-0 always right, pad-1 always wrong, the keyboard seat right on every other question.
  const { answers, questionsPerRound } = quizAnswers('sante-sport');
  const asked: string[] = [];
  for (let n = 0; n < questionsPerRound; n++) {
    await expect.poll(async () => {
      const view = (await snapshot(page)).round?.view;
      return view?.phase === 'question' && view.index === n ? view.item : null;
    }, { timeout: 40_000 }).not.toBeNull();
    const item = (await snapshot(page)).round!.view!.item as string;
    asked.push(item);
    const right = answers.get(item)!;
    const wrong = ((right + 1) % 4) as 0 | 1 | 2 | 3;
    await pads.tap(page, 0, FACE[right]);
    await pads.tap(page, 1, FACE[wrong]);
    await tapKey(page, KEYS_LEFT[n % 2 === 0 ? right : wrong]!);
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

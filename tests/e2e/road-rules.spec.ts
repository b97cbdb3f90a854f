import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { frames, pads } from './support/fake-pads';
import { openScreen, snapshot, waitForScreen } from './support/screen';
import { answerQuiz, brakeTest, drive, quizStage, roadView, skipCard, waitForPhase } from './support/road-rules';

/**
 * road-rules in the browser, with simulated pads through the quick-play URL: one whole round (the
 * quickest pack, panneaux, hurried with `&pace=`) to the shell's results, and the reference shots
 * of each kind of stage — a sign question and its reveal, a STOP junction and the lesson after a
 * mistake (in French, whose texts run longer), a brake test's figures, the summary — in French
 * and English. The rules themselves
 * (STOP kept or missed, brake tests, scoring, evidence) are tested headless in
 * games/road-rules/rules/round.test.ts. Look at the shots whenever a screen changes:
 * `npx playwright test road-rules --update-snapshots`, then open tests/e2e/__screenshots__/road-rules.spec.ts/.
 */

async function shot(page: Page, name: string, maxDiffPixelRatio?: number): Promise<void> {
  await frames(page, 2);
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: false, ...(maxDiffPixelRatio === undefined ? {} : { maxDiffPixelRatio }) });
}

async function start(page: Page, query: string, padCount: number): Promise<void> {
  await openScreen(page, `${query}&reducedMotion=1`);
  for (let pad = 0; pad < padCount; pad++) await pads.connect(page, pad);
  // The round waits, paused, until every seat's pad is there.
  await expect.poll(async () => (await snapshot(page)).round, { timeout: 30_000 }).toMatchObject({ phase: 'running', pauseReasons: [] });
}

const wrongOf = (answer: number) => (answer + 1) % 4;
const padsUpTo = (count: number) => Array.from({ length: count }, (_, pad) => pad);

test('road-rules (en): four seats play a whole round of panneaux to the results, each with its own points and accuracy', async ({ page }) => {
  test.setTimeout(180_000);
  // Seed 13 draws twelve sign questions. The summary stays up 7.5 s at half pace: time for its shot.
  await start(page, 'pack=panneaux&seats=pad-0,pad-1,pad-2,pad-3&seed=13&lang=en&pace=0.5', 4);
  const everyPad = padsUpTo(4);
  // pad-0 always right, pad-1 always wrong, pad-2 right on even questions, pad-3 right on the first three.
  const right = (pad: number, n: number) => (pad === 0 ? true : pad === 1 ? false : pad === 2 ? n % 2 === 0 : n < 3);
  const total = (await waitForPhase(page, 'intro', 0)).total;
  expect(total).toBe(12);
  for (let n = 0; n < total; n++) {
    const view = await waitForPhase(page, 'open', n);
    expect(view.kind).toBe('quiz');
    const { answer } = quizStage('panneaux', view.item!);
    await answerQuiz(page, 'panneaux', new Map(everyPad.map((pad) => [pad, right(pad, n) ? answer : wrongOf(answer)])));
    const reveal = await waitForPhase(page, 'reveal', n);
    for (const pad of everyPad) expect(reveal.seats![`pad-${pad}`]!.mark, `pad-${pad} on question ${n}`).toMatchObject({ outcome: right(pad, n) ? 'correct' : 'wrong' });
    await skipCard(page, everyPad);
  }
  await waitForPhase(page, 'final');
  await shot(page, 'summary-4-seats-en');
  await skipCard(page, everyPad);
  await waitForScreen(page, 'results', 30_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results).toMatchObject({ reason: 'complete', evidence: 48 });
  const bySeat = new Map(results.seats.map((line) => [line.seat, line]));
  expect(bySeat.get('pad-0')).toMatchObject({ points: 1200, correct: 12, answered: 12, accuracy: 1 });
  expect(bySeat.get('pad-1')).toMatchObject({ points: 0, correct: 0, answered: 12, accuracy: 0 });
  expect(bySeat.get('pad-2')).toMatchObject({ points: 600, correct: 6, answered: 12, accuracy: 0.5 });
  expect(bySeat.get('pad-3')).toMatchObject({ points: 300, correct: 3, answered: 12, accuracy: 0.25 });
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
  await shot(page, 'results-4-seats-en');
});

for (const { lang, seats } of [{ lang: 'fr', seats: 1 }, { lang: 'en', seats: 4 }] as const) {
  test(`road-rules (${lang}): a sign question and its reveal, ${seats} seat(s)`, async ({ page }) => {
    test.setTimeout(120_000);
    const everyPad = padsUpTo(seats);
    // Seed 13 asks about A13b first.
    await start(page, `pack=panneaux&seats=${everyPad.map((pad) => `pad-${pad}`).join(',')}&seed=13&lang=${lang}`, seats);
    const view = await waitForPhase(page, 'open', 0);
    expect(view.item).toBe('a13b');
    await shot(page, `sign-question-${lang}`);
    const { answer } = quizStage('panneaux', 'a13b');
    // The first seat answers wrong, the others right.
    await answerQuiz(page, 'panneaux', new Map(everyPad.map((pad) => [pad, pad === 0 ? wrongOf(answer) : answer])));
    await waitForPhase(page, 'reveal', 0);
    await shot(page, `quiz-reveal-${lang}`);
  });

  // In French only: its lesson is the longer text, and the drive is the same in both languages.
  if (lang === 'fr') test(`road-rules (${lang}): a STOP junction, kept by one seat and missed by the other, and the lesson after it`, async ({ page }) => {
    test.setTimeout(120_000);
    // Seed 42 draws "stop-route-vide" first: a STOP with nobody coming.
    await start(page, `pack=priorites&seats=pad-0,pad-1&seed=42&lang=${lang}`, 2);
    expect((await waitForPhase(page, 'intro', 0)).item).toBe('stop-route-vide');
    await skipCard(page, [0, 1]);
    // pad-1 rolls through the STOP at 30 km/h; pad-0 slows down and stops just before the line.
    const atLine = await drive(page, new Map([[0, { cruiseKmh: 25, stopAtLine: true }], [1, { cruiseKmh: 30 }]]));
    expect(atLine.seats!['pad-0']!.answer).toMatchObject({ stopped: true, finished: false, infringements: [] });
    expect(atLine.seats!['pad-1']!.answer).toMatchObject({ finished: true, infringements: ['stop'] });
    // Where the careful car comes to rest varies by a few centimetres, and each column's camera
    // follows its car: the road may sit a few pixels higher or lower, hence the looser tolerance.
    await shot(page, `junction-${lang}`, 0.05);
    await drive(page, new Map([[0, { cruiseKmh: 30 }]]));
    const feedback = await waitForPhase(page, 'reveal', 0);
    expect(feedback.seats!['pad-0']!.mark).toMatchObject({ outcome: 'correct', points: 100 });
    expect(feedback.seats!['pad-1']!.mark).toMatchObject({ outcome: 'wrong', points: 0, response: 'stop' });
    // The lesson card: the AB4 sign, the STOP rule in one sentence and pad-1's marker.
    await shot(page, `drive-feedback-${lang}`);
  });
}

for (const { lang, seats } of [{ lang: 'en', seats: 3 }, { lang: 'fr', seats: 4 }] as const) {
  test(`road-rules (${lang}): ${seats} seats in a brake test, braking in time or not, and the figures after`, async ({ page }) => {
    test.setTimeout(180_000);
    const everyPad = padsUpTo(seats);
    // Seed 42 asks distance questions before its first brake test.
    await start(page, `pack=distances-arret&seats=${everyPad.map((pad) => `pad-${pad}`).join(',')}&seed=42&lang=${lang}`, seats);
    for (let n = 0; ; n++) {
      const view = await roadView(page);
      if (view?.phase === 'intro' && view.index === n) await skipCard(page, everyPad);
      const playing = await waitForPhase(page, 'open', n);
      if (playing.kind === 'quiz') {
        const { answer } = quizStage('distances-arret', playing.item!);
        await answerQuiz(page, 'distances-arret', new Map(everyPad.map((pad) => [pad, answer])));
        await waitForPhase(page, 'reveal', n);
        await skipCard(page, everyPad);
        continue;
      }
      expect(playing.kind).toBe('brake');
      // pad-1 never touches the brake: its car hits the obstacle and it gave no answer.
      const brakers = new Set(everyPad.filter((pad) => pad !== 1));
      await brakeTest(page, everyPad, brakers);
      const reveal = await waitForPhase(page, 'reveal', n);
      for (const pad of everyPad) {
        expect(reveal.seats![`pad-${pad}`]!.mark, `pad-${pad}`).toMatchObject(brakers.has(pad) ? { outcome: 'correct', response: 'stopped' } : { outcome: 'unanswered', detail: { result: { collided: true } } });
      }
      await shot(page, `brake-feedback-${seats}-seats-${lang}`, 0.04);
      return;
    }
  });
}

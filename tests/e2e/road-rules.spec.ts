import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { frames, pads } from './support/fake-pads';
import { openScreen, snapshot, waitForScreen } from './support/screen';
import { answerQuiz, brakeTest, drive, quizStage, roadView, skipCard, waitForPhase, type RoadView } from './support/road-rules';

/**
 * road-rules played with simulated pads through the quick-play URL: a STOP driven right by one
 * seat and wrongly by another, then whole rounds of panneaux (1 and 4 seats) and distances-arret
 * (3 seats) to the results, with reference shots of a sign question, a junction, the feedback
 * after a mistake and the summary, in French and English. Look at the shots whenever a screen
 * changes: `npx playwright test road-rules --update-snapshots`, then open
 * tests/e2e/__screenshots__/road-rules.spec.ts/.
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

function seatTotals(lines: readonly { seat: string }[]) {
  return new Map(lines.map((line) => [line.seat, line]));
}

for (const lang of ['fr', 'en'] as const) {
  test(`road-rules (${lang}): a full stop at the STOP line keeps the rule; rolling through is taught and scores nothing`, async ({ page }) => {
    test.setTimeout(180_000);
    // Seed 42 draws "stop-route-vide" first: a STOP with nobody coming.
    await start(page, `pack=priorites&seats=pad-0,pad-1&seed=42&lang=${lang}`, 2);
    const intro = await waitForPhase(page, 'intro', 0);
    expect(intro.item).toBe('stop-route-vide');
    await skipCard(page, [0, 1]);

    // pad-1 rolls through the STOP at 30 km/h; pad-0 slows down and stops just before the line.
    const atLine = await drive(page, new Map([[0, { cruiseKmh: 25, stopAtLine: true }], [1, { cruiseKmh: 30 }]]));
    const line = atLine.geometry!.junction!.stopLineM;
    expect(atLine.seats!['pad-0']).toMatchObject({ stopped: true, finished: false, infringements: [] });
    expect(atLine.seats!['pad-0']!.s).toBeGreaterThan(line - 6);
    expect(atLine.seats!['pad-1']).toMatchObject({ finished: true, stopped: true, infringements: ['stop'] });
    // Where the careful car comes to rest varies by a few centimetres, and each column's camera
    // follows its car: the road may sit a few pixels higher or lower, hence the looser tolerance.
    await shot(page, `junction-${lang}`, 0.05);

    await drive(page, new Map([[0, { cruiseKmh: 30 }]]));
    const feedback = await waitForPhase(page, 'feedback', 0);
    expect(feedback.seats!['pad-0']).toMatchObject({ finished: true, infringements: [] });
    expect(feedback.seats!['pad-1']).toMatchObject({ finished: true, infringements: ['stop'] });
    expect(feedback.met).toEqual({ 'pad-0': [true], 'pad-1': [false] });
    const scores = seatTotals((await snapshot(page)).round!.scores);
    expect(scores.get('pad-0')).toMatchObject({ points: 100, correct: 1, answered: 1 });
    expect(scores.get('pad-1')).toMatchObject({ points: 0, correct: 0, answered: 1 });
    // The lesson card: the AB4 sign, the STOP rule in one sentence and pad-1's marker.
    await shot(page, `drive-feedback-${lang}`);
  });
}

/**
 * Plays a round of sign questions to the end: `pick(pad, n, answer)` is the choice each pad
 * makes on the n-th question. Returns the stages asked, in order.
 */
async function playQuizRound(page: Page, packId: string, padCount: number, pick: (pad: number, n: number, answer: number) => number, shots: { lang: string; question: number }): Promise<string[]> {
  const everyPad = Array.from({ length: padCount }, (_, pad) => pad);
  const asked: string[] = [];
  await waitForPhase(page, 'intro', 0);
  await skipCard(page, everyPad);
  const total = (await roadView(page))!.total;
  for (let n = 0; n < total; n++) {
    const view: RoadView = await waitForPhase(page, 'play', n);
    expect(view.kind).toBe('quiz');
    asked.push(view.item!);
    if (n === shots.question) await shot(page, `sign-question-${shots.lang}`);
    const { answer } = quizStage(packId, view.item!);
    await answerQuiz(page, packId, new Map(everyPad.map((pad) => [pad, pick(pad, n, answer)])));
    await waitForPhase(page, 'feedback', n);
    if (n === shots.question) await shot(page, `quiz-reveal-${shots.lang}`);
    await skipCard(page, everyPad);
  }
  return asked;
}

const wrongOf = (answer: number) => (answer + 1) % 4;

test('road-rules (fr): one seat plays a whole round of panneaux and sees its points and accuracy', async ({ page }) => {
  test.setTimeout(180_000);
  // Seed 13 draws twelve sign questions (no drive), starting with A13b.
  await start(page, 'pack=panneaux&seats=pad-0&seed=13&lang=fr', 1);
  // Right on every question but the 1st and the 6th.
  const asked = await playQuizRound(page, 'panneaux', 1, (_, n, answer) => (n === 0 || n === 5 ? wrongOf(answer) : answer), { lang: 'fr', question: 0 });
  expect(asked[0]).toBe('a13b');
  expect(new Set(asked).size).toBe(12);

  const summary = await waitForPhase(page, 'summary');
  expect(summary.met['pad-0']).toEqual([false, true, true, true, true, false, true, true, true, true, true, true]);
  await shot(page, 'summary-1-seat-fr');
  await skipCard(page, [0]);
  await waitForScreen(page, 'results', 30_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results).toMatchObject({ reason: 'complete', evidence: 12 });
  expect(results.seats).toEqual([expect.objectContaining({ seat: 'pad-0', points: 1000, correct: 10, answered: 12 })]);
  expect(results.seats[0]!.accuracy).toBeCloseTo(10 / 12, 5);
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
  await shot(page, 'results-1-seat-fr');
});

test('road-rules (en): four seats play a whole round of panneaux, each with its own points and accuracy', async ({ page }) => {
  test.setTimeout(180_000);
  await start(page, 'pack=panneaux&seats=pad-0,pad-1,pad-2,pad-3&seed=13&lang=en', 4);
  // pad-0 always right, pad-1 always wrong, pad-2 right on even questions, pad-3 right on the first three.
  const right = (pad: number, n: number) => (pad === 0 ? true : pad === 1 ? false : pad === 2 ? n % 2 === 0 : n < 3);
  await playQuizRound(page, 'panneaux', 4, (pad, n, answer) => (right(pad, n) ? answer : wrongOf(answer)), { lang: 'en', question: 0 });

  const summary = await waitForPhase(page, 'summary');
  const expected = (pad: number) => Array.from({ length: 12 }, (_, n) => right(pad, n));
  expect(summary.met).toEqual({ 'pad-0': expected(0), 'pad-1': expected(1), 'pad-2': expected(2), 'pad-3': expected(3) });
  await shot(page, 'summary-4-seats-en');
  await skipCard(page, [0, 1, 2, 3]);
  await waitForScreen(page, 'results', 30_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results).toMatchObject({ reason: 'complete', evidence: 48 });
  const bySeat = seatTotals(results.seats);
  expect(bySeat.get('pad-0')).toMatchObject({ points: 1200, correct: 12, answered: 12, accuracy: 1 });
  expect(bySeat.get('pad-1')).toMatchObject({ points: 0, correct: 0, answered: 12, accuracy: 0 });
  expect(bySeat.get('pad-2')).toMatchObject({ points: 600, correct: 6, answered: 12, accuracy: 0.5 });
  expect(bySeat.get('pad-3')).toMatchObject({ points: 300, correct: 3, answered: 12, accuracy: 0.25 });
  await expect.poll(async () => (await snapshot(page)).lastResults?.saved).toBe('saved');
  await shot(page, 'results-4-seats-en');
});

/** How each pad plays distances-arret: whether it brakes in a brake test, and whether it answers right. */
const DISTANCE_PLAYERS = [
  // pad-0 keeps every rule.
  { brakes: () => true, right: () => true },
  // pad-1 never brakes and always answers wrong.
  { brakes: () => false, right: () => false },
  // pad-2 misses the 90 km/h dry test and the 130 km/h question.
  { brakes: (stage: string) => stage !== 'freinage-90-sec', right: (stage: string) => stage !== 'arret-130-sec' },
  // pad-3 brakes in time but answers every question wrong.
  { brakes: () => true, right: () => false },
];

for (const { lang, seats } of [{ lang: 'en', seats: 3 }, { lang: 'fr', seats: 4 }] as const) {
  test(`road-rules (${lang}): ${seats} seats play a whole round of distances-arret, braking in time or not`, async ({ page }) => {
    // About 70 s of round time (five brake tests at their own speed), 1.5 to 2.5 min with software WebGL.
    test.setTimeout(240_000);
    const everyPad = Array.from({ length: seats }, (_, pad) => pad);
    // Seed 42: five distance questions and five brake tests, at 30 to 90 km/h, dry and wet.
    await start(page, `pack=distances-arret&seats=${everyPad.map((pad) => `pad-${pad}`).join(',')}&seed=42&lang=${lang}`, seats);
    const total = (await waitForPhase(page, 'intro', 0)).total;
    const played: { id: string; kind: string }[] = [];
    for (let n = 0; n < total; n++) {
      const view = await roadView(page);
      if (view?.phase === 'intro' && view.index === n) await skipCard(page, everyPad);
      const playing = await waitForPhase(page, 'play', n);
      const stage = playing.item!;
      played.push({ id: stage, kind: playing.kind! });
      if (playing.kind === 'quiz') {
        const { answer } = quizStage('distances-arret', stage);
        await answerQuiz(page, 'distances-arret', new Map(everyPad.map((pad) => [pad, DISTANCE_PLAYERS[pad]!.right(stage) ? answer : wrongOf(answer)])));
      } else {
        expect(playing.kind).toBe('brake');
        const brakers = new Set(everyPad.filter((pad) => DISTANCE_PLAYERS[pad]!.brakes(stage)));
        const done = await brakeTest(page, everyPad, brakers);
        for (const pad of everyPad) {
          const result = done.seats![`pad-${pad}`]!.result;
          expect(result, `pad-${pad} in ${stage}`).toMatchObject(brakers.has(pad) ? { stopped: true, collided: false } : { collided: true });
        }
      }
      await waitForPhase(page, 'feedback', n);
      // The first brake test's feedback: the rule of thumb, and each seat's reaction and distances.
      if (playing.kind === 'brake' && played.filter((p) => p.kind === 'brake').length === 1) await shot(page, `brake-feedback-${seats}-seats-${lang}`, 0.04);
      await skipCard(page, everyPad);
    }
    expect(played.filter((p) => p.kind === 'brake')).toHaveLength(5);
    expect(played.map((p) => p.id)).toEqual(expect.arrayContaining(['freinage-90-sec', 'arret-130-sec']));

    const kept = (pad: number) => played.map(({ id, kind }) => (kind === 'brake' ? DISTANCE_PLAYERS[pad]!.brakes(id) : DISTANCE_PLAYERS[pad]!.right(id)));
    const summary = await waitForPhase(page, 'summary');
    expect(summary.met).toEqual(Object.fromEntries(everyPad.map((pad) => [`pad-${pad}`, kept(pad)])));
    await skipCard(page, everyPad);
    await waitForScreen(page, 'results', 30_000);
    const results = (await snapshot(page)).lastResults!;
    expect(results).toMatchObject({ reason: 'complete', evidence: 10 * seats });
    const bySeat = seatTotals(results.seats);
    const expected = [
      { points: 1000, correct: 10, accuracy: 1 },
      { points: 0, correct: 0, accuracy: 0 },
      { points: 800, correct: 8, accuracy: 0.8 },
      { points: 500, correct: 5, accuracy: 0.5 },
    ];
    for (const pad of everyPad) expect(bySeat.get(`pad-${pad}`), `pad-${pad}`).toMatchObject({ ...expected[pad], answered: 10 });
  });
}

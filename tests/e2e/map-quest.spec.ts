import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { frames, pads } from './support/fake-pads';
import { openScreen, snapshot, waitForScreen } from './support/screen';
import { buttonFor, farCorner, mapView, press, steer, waitFor, wrongButton, type Device, type MapQuestView } from './support/map-quest';

/**
 * map-quest from end to end: quick-play rounds of both Paris packs, every seat moved by a fake pad
 * or the keyboard with known moves (onto each target, near it, or to the far corner of the map;
 * the right or a wrong face button), then the points and accuracy on the results. Along the way,
 * reference shots at 1920×1080 of the map, a question and a reveal, in French and English (the
 * results screen is the shell's, compared in screens.spec.ts); look at them whenever the game changes:
 * `npx playwright test map-quest --update-snapshots`, then open tests/e2e/__screenshots__/.
 *
 * A round is ten questions with a reveal of 6–7 s each, so a test takes two to three minutes
 * (more on a loaded machine: the round clock slows down with the frame rate).
 */
const ROUND_TEST_MS = 6 * 60_000;
const SPATIAL = new Set(['locate', 'arrondissement']);

type Lang = 'fr' | 'en';

interface Pack {
  maxPointsPerSeat: number;
  data: {
    round: { questions: number };
    scoring: { maxPoints: number; arrondissementBonus: number; zeroBeyondM: number };
    questions: { id: string; answer?: string }[];
  };
}

function readPack(id: string): Pack {
  return JSON.parse(readFileSync(`content/${id}/pack.json`, 'utf8')) as Pack;
}

/** How the test plays one seat through a round. */
interface SeatPlan {
  seat: string;
  device: Device;
  /** On the map: onto the target (within 1.5 px, about 20 m), near it (within 15 px, about 190 m), or to the far corner of the map. */
  map: 'exact' | 'near' | 'far';
  /** On direction and "closest" questions: the right face button or a wrong one. */
  choice: 'right' | 'wrong';
}

/** What one question gave each seat, as its reveal published it. */
interface PlayedQuestion {
  item: string;
  kind: MapQuestView['kind'];
  seats: MapQuestView['seats'];
}

const TOLERANCE_PX = { exact: 1.5, near: 15, far: 2 } as const;

/**
 * Plays a whole round of map-quest with known moves and returns every reveal. `at` is called
 * with each question as it opens and with each reveal, so a test can take its screenshots.
 */
async function playRound(
  page: Page,
  packId: string,
  plans: SeatPlan[],
  at: { question?: (view: MapQuestView) => Promise<void>; reveal?: (view: MapQuestView) => Promise<void> } = {},
): Promise<PlayedQuestion[]> {
  const answers = new Map(readPack(packId).data.questions.map((q) => [q.id, q.answer]));
  const played: PlayedQuestion[] = [];
  for (let n = 0; ; n++) {
    const view = await waitFor(page, 'question', n);
    await at.question?.(view);
    if (view.target) {
      const target = view.target.screen;
      await steer(page, plans.map((plan) => ({ seat: plan.seat, device: plan.device, to: plan.map === 'far' ? farCorner(target) : target, tolerancePx: TOLERANCE_PX[plan.map] })));
      for (const plan of plans) await untilAnswered(page, n, plan.seat, () => press(page, plan.device, 'confirm'));
    } else {
      const answer = answers.get(view.item);
      if (answer === undefined) throw new Error(`the pack ${packId} gives no answer for ${view.item}`);
      const right = buttonFor(view, answer);
      for (const plan of plans) {
        const button = plan.choice === 'right' ? right : wrongButton(view, right);
        await untilAnswered(page, n, plan.seat, () => press(page, plan.device, button));
      }
    }
    const reveal = await waitFor(page, 'reveal', n);
    played.push({ item: reveal.item, kind: reveal.kind, seats: reveal.seats });
    await at.reveal?.(reveal);
    if (n + 1 >= view.total) return played;
  }
}

/** Presses again (at most three times) until the view shows the seat locked in, or the question closed. */
async function untilAnswered(page: Page, index: number, seat: string, answer: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await answer();
    const view = await mapView(page);
    if (!view || view.index !== index || view.phase !== 'question' || view.seats[seat]?.locked) return;
  }
  throw new Error(`${seat} could not answer question ${index}`);
}

async function startRound(page: Page, pack: string, plans: SeatPlan[], lang: Lang): Promise<void> {
  await openScreen(page, `pack=${pack}&seats=${plans.map((p) => p.seat).join(',')}&seed=42&lang=${lang}&reducedMotion=1`);
  for (const plan of plans) if ('pad' in plan.device) await pads.connect(page, plan.device.pad);
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
}

async function shot(page: Page, name: string): Promise<void> {
  await frames(page, 2);
  await expect(page).toHaveScreenshot(`${name}.png`);
}

/**
 * Screenshots of the first spatial question (the map, before anyone moves), the first question
 * answered with the buttons, and the reveal of the first spatial question.
 */
function shotsAlong(page: Page, prefix: string): { question: (view: MapQuestView) => Promise<void>; reveal: (view: MapQuestView) => Promise<void> } {
  const taken = new Set<string>();
  const once = async (name: string) => {
    if (taken.has(name)) return;
    taken.add(name);
    await shot(page, `${prefix}-${name}`);
  };
  return {
    question: (view) => once(SPATIAL.has(view.kind) ? 'map' : 'question'),
    reveal: async (view) => {
      if (SPATIAL.has(view.kind)) await once('reveal');
    },
  };
}

/** Checks the results the shell keeps (and shows) against what every reveal published. */
async function expectResults(page: Page, plans: SeatPlan[], played: PlayedQuestion[]): Promise<void> {
  await waitForScreen(page, 'results', 60_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results.reason).toBe('complete');
  expect(results.evidence, 'one piece of evidence per seat and question').toBe(plans.length * played.length);
  for (const plan of plans) {
    const mine = played.map((q) => q.seats[plan.seat]!);
    const correct = mine.filter((s) => s.correct).length;
    expect(results.seats.find((s) => s.seat === plan.seat), plan.seat).toEqual({
      seat: plan.seat,
      points: mine.reduce((sum, s) => sum + s.points!, 0),
      correct,
      answered: played.length,
      accuracy: correct / played.length,
    });
  }
}

test.describe('map-quest', () => {
  test.setTimeout(ROUND_TEST_MS);

  test('paris-monuments in French, three seats: on every target, far off, near with the keys', async ({ page }) => {
    const pack = readPack('paris-monuments');
    const full = pack.data.scoring.maxPoints + pack.data.scoring.arrondissementBonus;
    const plans: SeatPlan[] = [
      { seat: 'pad-0', device: { pad: 0 }, map: 'exact', choice: 'right' },
      { seat: 'pad-1', device: { pad: 1 }, map: 'far', choice: 'wrong' },
      { seat: 'kb-left', device: { keys: 'kb-left' }, map: 'near', choice: 'wrong' },
    ];
    await startRound(page, 'paris-monuments', plans, 'fr');
    const played = await playRound(page, 'paris-monuments', plans, shotsAlong(page, 'monuments-fr'));

    expect(played).toHaveLength(pack.data.round.questions);
    expect(new Set(played.map((q) => q.item)).size).toBe(played.length);
    // The round mixes the pack's three kinds of question.
    expect(new Set(played.map((q) => q.kind))).toEqual(new Set(['locate', 'direction', 'closer']));
    for (const q of played) {
      const [exact, far, near] = [q.seats['pad-0']!, q.seats['pad-1']!, q.seats['kb-left']!];
      expect(exact, `pad-0 on ${q.item}`).toMatchObject({ points: full, correct: true });
      expect(far, `pad-1 on ${q.item}`).toMatchObject({ points: 0, correct: false });
      if (q.kind === 'locate') {
        // Within 1.5 px (about 20 m): full distance points and the arrondissement bonus.
        expect(exact.distanceM, `pad-0 on ${q.item}`).toBeLessThanOrEqual(25);
        expect(far.distanceM, `pad-1 on ${q.item}`).toBeGreaterThan(pack.data.scoring.zeroBeyondM);
        // Within 15 px (about 190 m): right (the pack wants 600 m), and nearly all the points.
        expect(near.correct, `kb-left on ${q.item}`).toBe(true);
        expect(near.distanceM, `kb-left on ${q.item}`).toBeLessThanOrEqual(200);
        expect(near.points, `kb-left on ${q.item}`).toBeGreaterThanOrEqual(99);
      } else {
        expect(near, `kb-left on ${q.item}`).toMatchObject({ points: 0, correct: false });
      }
    }
    await expectResults(page, plans, played);
    const results = (await snapshot(page)).lastResults!;
    // Right on every question is the most a seat can make, as the pack declares.
    expect(results.seats.find((s) => s.seat === 'pad-0')).toMatchObject({ points: pack.maxPointsPerSeat, accuracy: 1 });
    expect(results.seats.find((s) => s.seat === 'pad-1')).toMatchObject({ points: 0, accuracy: 0 });
  });

  test('paris-monuments in English, one seat on every target', async ({ page }) => {
    const pack = readPack('paris-monuments');
    const plans: SeatPlan[] = [{ seat: 'pad-0', device: { pad: 0 }, map: 'exact', choice: 'right' }];
    await startRound(page, 'paris-monuments', plans, 'en');
    const played = await playRound(page, 'paris-monuments', plans, shotsAlong(page, 'monuments-en'));
    expect(played).toHaveLength(pack.data.round.questions);
    await expectResults(page, plans, played);
    const questions = pack.data.round.questions;
    expect((await snapshot(page)).lastResults!.seats).toEqual([{ seat: 'pad-0', points: pack.maxPointsPerSeat, correct: questions, answered: questions, accuracy: 1 }]);
  });

  test('paris-arrondissements in English, four seats: pads and both keyboard seats', async ({ page }) => {
    const pack = readPack('paris-arrondissements');
    const full = pack.data.scoring.maxPoints + pack.data.scoring.arrondissementBonus;
    const plans: SeatPlan[] = [
      { seat: 'pad-0', device: { pad: 0 }, map: 'exact', choice: 'right' },
      { seat: 'pad-1', device: { pad: 1 }, map: 'far', choice: 'right' },
      { seat: 'kb-left', device: { keys: 'kb-left' }, map: 'near', choice: 'wrong' },
      { seat: 'kb-right', device: { keys: 'kb-right' }, map: 'far', choice: 'wrong' },
    ];
    await startRound(page, 'paris-arrondissements', plans, 'en');
    const played = await playRound(page, 'paris-arrondissements', plans, shotsAlong(page, 'arrondissements-en'));

    expect(played).toHaveLength(pack.data.round.questions);
    expect(new Set(played.map((q) => q.kind))).toEqual(new Set(['arrondissement', 'direction']));
    for (const q of played) {
      const onMap = q.kind === 'arrondissement';
      const right = { points: full, correct: true };
      const wrong = { points: 0, correct: false };
      expect(q.seats['pad-0'], `pad-0 on ${q.item}`).toMatchObject(right);
      expect(q.seats['pad-1'], `pad-1 on ${q.item}`).toMatchObject(onMap ? wrong : right);
      // Near the middle of the arrondissement is inside it.
      expect(q.seats['kb-left'], `kb-left on ${q.item}`).toMatchObject(onMap ? { ...right, distanceM: 0 } : wrong);
      expect(q.seats['kb-right'], `kb-right on ${q.item}`).toMatchObject(wrong);
    }
    await expectResults(page, plans, played);
    const bySeat = new Map((await snapshot(page)).lastResults!.seats.map((s) => [s.seat, s]));
    const onMap = played.filter((q) => q.kind === 'arrondissement').length;
    expect(bySeat.get('pad-0')).toMatchObject({ points: pack.maxPointsPerSeat, accuracy: 1 });
    expect(bySeat.get('pad-1')).toMatchObject({ points: full * (played.length - onMap), correct: played.length - onMap });
    expect(bySeat.get('kb-left')).toMatchObject({ points: full * onMap, correct: onMap });
    expect(bySeat.get('kb-right')).toMatchObject({ points: 0, accuracy: 0 });
  });

  test('paris-arrondissements in French, two seats: a pad on every target, the keyboard near but wrong with the buttons', async ({ page }) => {
    const pack = readPack('paris-arrondissements');
    const full = pack.data.scoring.maxPoints + pack.data.scoring.arrondissementBonus;
    const plans: SeatPlan[] = [
      { seat: 'pad-0', device: { pad: 0 }, map: 'exact', choice: 'right' },
      { seat: 'kb-right', device: { keys: 'kb-right' }, map: 'near', choice: 'wrong' },
    ];
    await startRound(page, 'paris-arrondissements', plans, 'fr');
    const played = await playRound(page, 'paris-arrondissements', plans, shotsAlong(page, 'arrondissements-fr'));
    expect(played).toHaveLength(pack.data.round.questions);
    for (const q of played) {
      expect(q.seats['pad-0'], `pad-0 on ${q.item}`).toMatchObject({ points: full, correct: true });
      expect(q.seats['kb-right'], `kb-right on ${q.item}`).toMatchObject(q.kind === 'arrondissement' ? { points: full, correct: true } : { points: 0, correct: false });
    }
    await expectResults(page, plans, played);
  });
});

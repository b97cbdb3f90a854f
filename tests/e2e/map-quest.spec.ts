import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { contentSchema, type MapQuestContent } from '../../games/map-quest/content-schema';
import { itemOf } from '../../games/map-quest/rules/items';
import { expect, test } from './support/test';
import { frames, pads } from './support/fake-pads';
import { openScreen, snapshot, waitForScreen } from './support/screen';
import { buttonFor, mapView, press, steer, waitFor, wrongButton, type Device, type MapQuestView, type Point } from './support/map-quest';

/**
 * map-quest in the browser: what only a browser shows. The rules (points, evidence, locks,
 * marker motion) are tested headless in games/map-quest/rules/; here one full round of each Paris
 * pack is played with fake pads and the keyboard (`pace=0.25` hurries the reveals; the time to
 * answer stays the pack's), and the results screen must agree with what every reveal showed. Then
 * reference shots at 1920×1080 of the map, a button question and a reveal of each pack, one in
 * French and one in English, from the first questions of a round; look at them whenever the game changes:
 * `npx playwright test map-quest --update-snapshots`, then open tests/e2e/__screenshots__/.
 */
const ROUND_TEST_MS = 6 * 60_000;

type Lang = 'fr' | 'en';

interface Pack {
  maxPointsPerSeat: number;
  data: MapQuestContent;
}

function readPack(id: string): Pack {
  const raw = JSON.parse(readFileSync(`content/${id}/pack.json`, 'utf8')) as { maxPointsPerSeat: number; data: unknown };
  return { maxPointsPerSeat: raw.maxPointsPerSeat, data: contentSchema.parse(raw.data) };
}

/** How the test plays one seat through a round. */
interface SeatPlan {
  seat: string;
  device: Device;
  /** On the map: onto the point the rules' best play aims at, 40 px east of it, or locked where the marker starts. */
  map: 'aim' | 'near' | 'start';
  /** On direction and "closest" questions: the right face button or a wrong one. */
  choice: 'right' | 'wrong';
}

const TOLERANCE_PX = { aim: 12, near: 24 } as const;

/** The view of each reveal, question by question. */
type Reveals = MapQuestView[];

/**
 * Plays a whole round with known moves and returns every reveal. `at` is called with each
 * question as it opens and with each reveal, so a test can take its screenshots; a round stops
 * early once every shot is taken when `whole` is false.
 */
async function playRound(page: Page, pack: Pack, plans: SeatPlan[], at: Shots, whole = true): Promise<Reveals> {
  const reveals: Reveals = [];
  for (let n = 0; ; n++) {
    const view = await waitFor(page, 'open', n);
    await at.question(view);
    const question = pack.data.questions.find((q) => q.id === view.item);
    if (!question) throw new Error(`the pack has no question ${view.item}`);
    const item = itemOf(question, pack.data);
    if ('aim' in item.best) {
      const aim = item.best.aim;
      const goal = (plan: SeatPlan): Point => (plan.map === 'near' ? { x: aim.x + 40, y: aim.y } : aim);
      const steered = plans.filter((p) => p.map !== 'start');
      await steer(page, steered.map((plan) => ({ seat: plan.seat, device: plan.device, to: goal(plan), tolerancePx: TOLERANCE_PX[plan.map as 'aim' | 'near'] })));
      for (const plan of [...plans.filter((p) => p.map === 'start'), ...steered]) await untilLocked(page, n, plan.seat, () => press(page, plan.device, 'confirm'));
    } else {
      const right = buttonFor(view, 'answer' in question ? question.answer : '');
      for (const plan of plans) await untilLocked(page, n, plan.seat, () => press(page, plan.device, plan.choice === 'right' ? right : wrongButton(view, right)));
    }
    const reveal = await waitFor(page, 'reveal', n);
    reveals.push(reveal);
    await at.reveal(reveal);
    if (n + 1 >= view.total || (!whole && at.done())) return reveals;
  }
}

/** Presses again (at most three times) until the view shows the seat locked, or the question closed. */
async function untilLocked(page: Page, index: number, seat: string, lock: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await lock();
    const view = await mapView(page);
    if (!view || view.index !== index || view.phase !== 'open' || view.seats[seat]?.locked) return;
  }
  throw new Error(`${seat} could not answer question ${index}`);
}

/** `pace` 0.25 hurries the reveals of a whole round; shots want the reveal at its own pace, to be taken before it ends. */
async function startRound(page: Page, pack: string, plans: SeatPlan[], lang: Lang, pace: number): Promise<void> {
  await openScreen(page, `pack=${pack}&seats=${plans.map((p) => p.seat).join(',')}&seed=42&lang=${lang}&reducedMotion=1&pace=${pace}`);
  for (const plan of plans) if ('pad' in plan.device) await pads.connect(page, plan.device.pad);
  await expect.poll(async () => (await snapshot(page)).round?.phase).toBe('running');
}

interface Shots {
  /** Called as each question opens. */
  question(view: MapQuestView): Promise<void>;
  reveal(view: MapQuestView): Promise<void>;
  /** Every shot taken. */
  done(): boolean;
}

/** No shots: a whole round at a quick pace. */
const NO_SHOTS: Shots = { question: async () => undefined, reveal: async () => undefined, done: () => false };

/** Shots of the first marker question (the map, before anyone moves), the first button question, and the reveal of the first marker question. */
function shotsAlong(page: Page, prefix: string): Shots {
  const taken = new Set<string>();
  const once = async (name: string) => {
    if (taken.has(name)) return;
    taken.add(name);
    await frames(page, 2);
    await expect(page).toHaveScreenshot(`${prefix}-${name}.png`);
  };
  const onMap = (view: MapQuestView) => view.kind === 'locate' || view.kind === 'arrondissement';
  return {
    question: (view) => once(onMap(view) ? 'map' : 'question'),
    reveal: async (view) => {
      if (onMap(view)) await once('reveal');
    },
    done: () => taken.size === 3,
  };
}

/** Checks the results the shell shows against what every reveal showed. */
async function expectResults(page: Page, plans: SeatPlan[], reveals: Reveals): Promise<void> {
  await waitForScreen(page, 'results', 60_000);
  const results = (await snapshot(page)).lastResults!;
  expect(results.reason).toBe('complete');
  expect(results.evidence, 'one piece of evidence per seat and question').toBe(plans.length * reveals.length);
  for (const plan of plans) {
    const marks = reveals.map((r) => r.seats[plan.seat]!.mark!);
    const correct = marks.filter((m) => m.outcome === 'correct').length;
    const answered = marks.filter((m) => m.outcome !== 'unanswered').length;
    expect(results.seats.find((s) => s.seat === plan.seat), plan.seat).toEqual({
      seat: plan.seat,
      points: marks.reduce((sum, m) => sum + m.points, 0),
      correct,
      answered,
      items: reveals.length,
      accuracy: answered ? correct / answered : null,
    });
  }
}

const full = (pack: Pack) => pack.data.scoring.maxPoints + pack.data.scoring.arrondissementBonus;

test.describe('map-quest', () => {
  test.setTimeout(ROUND_TEST_MS);

  test('paris-monuments in French, a whole round with three seats: a pad on the best point, a pad locked at its start, the keyboard near', async ({ page }) => {
    const pack = readPack('paris-monuments');
    const plans: SeatPlan[] = [
      { seat: 'pad-0', device: { pad: 0 }, map: 'aim', choice: 'right' },
      { seat: 'pad-1', device: { pad: 1 }, map: 'start', choice: 'wrong' },
      { seat: 'kb-left', device: { keys: 'kb-left' }, map: 'near', choice: 'wrong' },
    ];
    await startRound(page, 'paris-monuments', plans, 'fr', 0.25);
    const reveals = await playRound(page, pack, plans, NO_SHOTS);
    expect(reveals).toHaveLength(pack.data.round.questions);
    expect(new Set(reveals.map((r) => r.kind))).toEqual(new Set(['locate', 'direction', 'closer']));
    for (const r of reveals) {
      const [aim, start, near] = [r.seats['pad-0']!.mark!, r.seats['pad-1']!.mark!, r.seats['kb-left']!.mark!];
      expect(near.outcome, `kb-left on ${r.item}`).not.toBe('unanswered');
      expect(start, `pad-1 on ${r.item}`).toMatchObject({ outcome: 'wrong' });
      if (r.kind === 'locate') {
        // 12 px is under 200 m: right (the pack wants 600 m), nearly all the points.
        expect(aim.outcome, `pad-0 on ${r.item}`).toBe('correct');
        expect(aim.points, `pad-0 on ${r.item}`).toBeGreaterThan(full(pack) * 0.8);
      } else {
        expect(aim, `pad-0 on ${r.item}`).toMatchObject({ outcome: 'correct', points: full(pack) });
        expect(near, `kb-left on ${r.item}`).toMatchObject({ outcome: 'wrong', points: 0 });
      }
    }
    await expectResults(page, plans, reveals);
  });

  test('paris-arrondissements in English, a whole round with four seats: both pads and both keyboard seats', async ({ page }) => {
    const pack = readPack('paris-arrondissements');
    const plans: SeatPlan[] = [
      { seat: 'pad-0', device: { pad: 0 }, map: 'aim', choice: 'right' },
      { seat: 'pad-1', device: { pad: 1 }, map: 'start', choice: 'right' },
      { seat: 'kb-left', device: { keys: 'kb-left' }, map: 'near', choice: 'wrong' },
      { seat: 'kb-right', device: { keys: 'kb-right' }, map: 'start', choice: 'wrong' },
    ];
    await startRound(page, 'paris-arrondissements', plans, 'en', 0.25);
    const reveals = await playRound(page, pack, plans, NO_SHOTS);
    expect(reveals).toHaveLength(pack.data.round.questions);
    expect(new Set(reveals.map((r) => r.kind))).toEqual(new Set(['arrondissement', 'direction']));
    for (const r of reveals) {
      const onMap = r.kind === 'arrondissement';
      expect(r.seats['pad-0']!.mark, `pad-0 on ${r.item}`).toMatchObject({ outcome: 'correct', points: full(pack) });
      expect(r.seats['pad-1']!.mark, `pad-1 on ${r.item}`).toMatchObject({ outcome: onMap ? 'wrong' : 'correct' });
      expect(r.seats['kb-right']!.mark, `kb-right on ${r.item}`).toMatchObject({ outcome: 'wrong' });
    }
    await expectResults(page, plans, reveals);
  });

  // Each pack once and each language once: the map and its texts are the same drawing in both.
  const shotRounds = [
    ['paris-monuments', 'fr', 'monuments-fr'],
    ['paris-arrondissements', 'en', 'arrondissements-en'],
  ] as const;
  for (const [pack, lang, prefix] of shotRounds) {
    test(`${pack} in ${lang === 'en' ? 'English' : 'French'}: the map, a button question and a reveal`, async ({ page }) => {
      const plans: SeatPlan[] = [
        { seat: 'pad-0', device: { pad: 0 }, map: 'aim', choice: 'right' },
        { seat: 'pad-1', device: { pad: 1 }, map: 'start', choice: 'wrong' },
        { seat: 'kb-right', device: { keys: 'kb-right' }, map: 'near', choice: 'wrong' },
      ];
      await startRound(page, pack, plans, lang, 1);
      const shots = shotsAlong(page, prefix);
      await playRound(page, readPack(pack), plans, shots, false);
      expect(shots.done()).toBe(true);
    });
  }
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './test';
import { BUTTON, frames } from './fake-pads';
import { snapshot } from './screen';

// Driving helpers for the road-rules e2e tests. The simulated players read the rules' view
// (phase, stage, geometry, each seat's car) and press the fake pads. Where a reaction
// must be quick — braking for an obstacle, stopping at a line — the loop runs inside the page,
// every animation frame, so a slow test runner cannot make a careful driver late.

/** One seat's car in a drive stage, as the rules' view shows it. */
export interface DriveSeat {
  s: number;
  speedKmh: number;
  stopped: boolean;
  way: string;
  finished: boolean;
  infringements: string[];
}

/** One seat's car in a brake test, as the rules' view shows it. */
export interface BrakeSeat {
  s: number;
  speedKmh: number;
  stopped: boolean;
  appeared: boolean;
  done: boolean;
}

/** A seat's mark at the reveal. */
export interface SeatMark {
  outcome: 'correct' | 'wrong' | 'unanswered';
  points: number;
  response?: string;
  detail?: { infringements?: string[]; finished?: boolean; result?: { collided: boolean; stopped: boolean } };
}

/** What the road-rules rules show of the round (the item round's view; the fields these tests read). */
export interface RoadView {
  phase: 'intro' | 'open' | 'settle' | 'reveal' | 'final' | 'over';
  item: string | null;
  kind?: 'drive' | 'quiz' | 'brake';
  index: number;
  total: number;
  timeLeftMs: number | null;
  geometry?: { lengthM: number; junction?: { stopLineM: number; boxStartM: number }; appearAtM?: number; obstacleAtM?: number };
  /** Quiz: `buttons[b]` is the index in the pack's choices shown on button b (A, B, X, Y). */
  buttons?: number[];
  seats?: Record<string, { locked: boolean; points: number; correct: number; answered: number; answer?: DriveSeat & BrakeSeat & { answered?: boolean }; mark?: SeatMark }>;
}

export const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;

export async function roadView(page: Page): Promise<RoadView | undefined> {
  return ((await snapshot(page)).round?.view ?? undefined) as RoadView | undefined;
}

/** A quiz stage of a pack, read from the pack itself: its right answer and its time limit. */
export function quizStage(packId: string, stageId: string): { answer: number; timeLimitS: number } {
  const pack = JSON.parse(readFileSync(`content/${packId}/pack.json`, 'utf8')) as { data: { stages: { id: string; kind: string; answer?: number; timeLimitS?: number }[] } };
  const stage = pack.data.stages.find((s) => s.id === stageId && s.kind === 'quiz');
  if (!stage || stage.answer === undefined) throw new Error(`content/${packId}/pack.json has no quiz stage "${stageId}"`);
  // 15 s is the schema's default for a quiz.
  return { answer: stage.answer, timeLimitS: stage.timeLimitS ?? 15 };
}

/** Waits until the round shows `phase` (of stage `index`, when given) and returns that view. */
export async function waitForPhase(page: Page, phase: RoadView['phase'], index?: number, timeout = 60_000): Promise<RoadView> {
  let seen: RoadView | undefined;
  await expect
    .poll(async () => {
      seen = await roadView(page);
      return seen?.phase === phase && (index === undefined || seen.index === index);
    }, { timeout, message: `road-rules phase ${phase}${index === undefined ? '' : ` of stage ${index}`}` })
    .toBe(true);
  return seen!;
}

/** Sets buttons of several pads in one go, so every seat's press lands in the same frame. */
async function setButtons(page: Page, presses: readonly { pad: number; button: number }[], pressed: boolean): Promise<void> {
  await page.evaluate(([list, down]) => list.forEach(({ pad, button }) => window.__fakePads.set(pad, button, down)), [presses, pressed] as const);
}

/** Presses buttons on several pads at once, held for a game step, then releases them. */
export async function pressTogether(page: Page, presses: readonly { pad: number; button: number }[]): Promise<void> {
  await setButtons(page, presses, true);
  await frames(page);
  await setButtons(page, presses, false);
  await frames(page);
}

/**
 * Cuts the intro, the reveal or the summary short: every pad presses A at once (the round waits
 * 1.5 s before it lets a card go) until the phase or the stage changes.
 */
export async function skipCard(page: Page, padIndexes: readonly number[], timeout = 45_000): Promise<void> {
  const before = await roadView(page);
  if (!before) throw new Error('road-rules shows no round to skip');
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await roadView(page);
    if (!now || now.phase !== before.phase || now.index !== before.index) return;
    if (Date.now() > deadline) {
      const round = (await snapshot(page)).round;
      throw new Error(`A on every pad did not cut the ${before.phase} of stage ${before.index} short (round ${round?.phase}, paused for ${JSON.stringify(round?.pauseReasons)}, at ${round?.timeMs} ms)`);
    }
    await pressTogether(page, padIndexes.map((pad) => ({ pad, button: BUTTON.A })));
  }
}

/**
 * Answers the sign question on screen: for each pad, the index of the pack's choice it picks.
 * Waits for the question's first half second to pass (earlier presses are ignored on purpose),
 * presses every pad at once, and checks each seat is marked answered.
 */
export async function answerQuiz(page: Page, packId: string, picks: ReadonlyMap<number, number>): Promise<void> {
  const asked = await waitForPhase(page, 'open');
  if (asked.kind !== 'quiz' || !asked.item || !asked.buttons) throw new Error(`stage ${asked.index} (${asked.item}) is not a sign question`);
  const { timeLimitS } = quizStage(packId, asked.item);
  await expect.poll(async () => (await roadView(page))?.timeLeftMs ?? 0).toBeLessThanOrEqual(timeLimitS * 1000 - 500);
  const presses = [...picks].map(([pad, choice]) => ({ pad, button: FACE[asked.buttons!.indexOf(choice)]! }));
  await pressTogether(page, presses);
  // The last answer ends the question at once: then the view shows its reveal.
  await expect
    .poll(async () => {
      const view = await roadView(page);
      if (view?.index !== asked.index) return 'moved on';
      return view.phase === 'reveal' || [...picks.keys()].every((pad) => view.seats?.[`pad-${pad}`]?.locked) ? 'answered' : view.phase;
    })
    .toBe('answered');
}

/** What a simulated driver does in a drive stage, every frame. */
export interface DrivePlan {
  /** The speed it keeps, km/h (well under the limits of the stage). */
  cruiseKmh: number;
  /** Comes to a full stop a little before the stop line and holds there. */
  stopAtLine?: boolean;
}

/**
 * Drives the given pads inside the page, every frame, until each has met its plan: stopped and
 * holding at the line (`stopAtLine`), or through the finish. Returns the last view.
 * The car keeps `cruiseKmh`; towards a line it slows so it could always stop at 3 m/s² (the car
 * brakes at 8), creeps the last 1.5 m at 3 km/h and stops 2 m before the line, inside the 6 m
 * the game allows.
 */
export async function drive(page: Page, plans: ReadonlyMap<number, DrivePlan>, timeoutMs = 90_000): Promise<RoadView> {
  const result = await page.evaluate(
    ([entries, limitMs]) =>
      new Promise<{ view: unknown; timedOut: boolean }>((resolve) => {
        const started = performance.now();
        const read = () => (window as unknown as { ludocite: { snapshot(): { round: { view: unknown } | null } } }).ludocite.snapshot().round?.view as
          | { phase: string; geometry?: { junction?: { stopLineM: number } }; seats?: Record<string, { answer?: { s: number; speedKmh: number; stopped: boolean; finished: boolean } }> }
          | undefined;
        const finish = (view: unknown, timedOut: boolean) => {
          entries.forEach(([pad]) => window.__fakePads.axes(pad, [0, 0]));
          resolve({ view, timedOut });
        };
        const tick = () => {
          const view = read();
          if (!view || (view.phase !== 'open' && view.phase !== 'settle')) return finish(view, false);
          let everyoneThere = true;
          for (const [pad, plan] of entries) {
            const car = view.seats?.[`pad-${pad}`]?.answer;
            if (!car) continue;
            const line = view.geometry?.junction?.stopLineM;
            const atLine = plan.stopAtLine === true && line !== undefined && car.stopped && car.s >= line - 6 && car.s <= line + 0.5;
            // A car through the finish is done: the rules stop moving it there.
            if (car.finished || atLine) {
              window.__fakePads.axes(pad, [0, 0]);
              continue;
            }
            everyoneThere = false;
            const toGo = plan.stopAtLine && line !== undefined ? line - 2 - car.s : Infinity;
            // The last metre and a half at walking pace, so the stop lands within a few centimetres.
            const cap = toGo < 1.5 ? 3 : Math.min(plan.cruiseKmh, 3.6 * Math.sqrt(2 * 3 * Math.max(0, toGo - 1.5)) + 3);
            // Stick up (negative y) speeds up, down brakes; 0 coasts (the car barely slows).
            const y = toGo <= 0.1 ? 1 : car.speedKmh > cap + 6 ? 1 : car.speedKmh > cap + 1.5 ? 0.7 : car.speedKmh < cap - 1.5 ? -1 : 0;
            window.__fakePads.axes(pad, [0, y]);
          }
          if (everyoneThere) return finish(view, false);
          if (performance.now() - started > limitMs) return finish(view, true);
          requestAnimationFrame(tick);
        };
        tick();
      }),
    [[...plans], timeoutMs] as const,
  );
  if (result.timedOut) throw new Error(`the simulated drivers did not meet their plans in ${timeoutMs} ms: ${JSON.stringify(result.view)}`);
  return result.view as RoadView;
}

/**
 * Plays the brake test on screen, inside the page: each pad in `braking` presses B the first
 * frame the obstacle shows in the view, and holds it until its car is at rest; the others never brake.
 * Resolves when every seat is through. Returns the last view.
 */
export async function brakeTest(page: Page, padIndexes: readonly number[], braking: ReadonlySet<number>, timeoutMs = 60_000): Promise<RoadView> {
  await waitForPhase(page, 'open');
  const result = await page.evaluate(
    ([all, brakers, limitMs, button]) =>
      new Promise<{ view: unknown; timedOut: boolean }>((resolve) => {
        const started = performance.now();
        const read = () => (window as unknown as { ludocite: { snapshot(): { round: { view: unknown } | null } } }).ludocite.snapshot().round?.view as
          | { phase: string; kind?: string; seats?: Record<string, { answer?: { appeared: boolean; done: boolean } }> }
          | undefined;
        const finish = (view: unknown, timedOut: boolean) => {
          brakers.forEach((pad) => window.__fakePads.set(pad, button, false));
          resolve({ view, timedOut });
        };
        const tick = () => {
          const view = read();
          if (!view || view.kind !== 'brake' || (view.phase !== 'open' && view.phase !== 'settle')) return finish(view, false);
          for (const pad of brakers) {
            const seat = view.seats?.[`pad-${pad}`]?.answer;
            if (seat?.appeared && !seat.done) window.__fakePads.set(pad, button, true);
          }
          if (all.every((pad) => view.seats?.[`pad-${pad}`]?.answer?.done)) return finish(view, false);
          if (performance.now() - started > limitMs) return finish(view, true);
          requestAnimationFrame(tick);
        };
        tick();
      }),
    [padIndexes, [...braking], timeoutMs, BUTTON.B] as const,
  );
  if (result.timedOut) throw new Error(`the brake test did not end in ${timeoutMs} ms: ${JSON.stringify(result.view)}`);
  return result.view as RoadView;
}

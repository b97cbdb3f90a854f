import { expect, type Page } from '@playwright/test';
import { BUTTON, frames, pads } from './fake-pads';
import { snapshot } from './screen';

/** A seat as map-quest's view shows it (games/map-quest/README.md, "What the big screen shows"). */
export interface MapQuestSeatView {
  locked: boolean;
  points: number;
  correct: number;
  answered: number;
  /** The marker on the board, in design pixels, on a marker question. */
  answer?: { x: number; y: number; moved: boolean } | null;
  mark?: { outcome: 'correct' | 'wrong' | 'unanswered'; points: number; response?: string; detail?: { distanceM?: number } };
}

/** The rules' view of a map-quest round. */
export interface MapQuestView {
  phase: 'intro' | 'open' | 'settle' | 'reveal' | 'final' | 'over';
  item: string | null;
  kind?: 'locate' | 'arrondissement' | 'direction' | 'closer';
  index: number;
  total: number;
  choices?: { button: 0 | 1 | 2 | 3; value: string }[];
  seats: Record<string, MapQuestSeatView>;
}

export type Point = { x: number; y: number };

export async function mapView(page: Page): Promise<MapQuestView | null> {
  return ((await snapshot(page)).round?.view ?? null) as MapQuestView | null;
}

/**
 * Waits until question `index` (0-based) is open, or until its reveal shows every seat's mark,
 * and returns the view. Generous: on a loaded machine round time slows down with the frame rate.
 */
export async function waitFor(page: Page, phase: 'open' | 'reveal', index: number, timeout = 90_000): Promise<MapQuestView> {
  await expect.poll(async () => {
    const view = await mapView(page);
    return !!view && view.phase === phase && view.index === index;
  }, { timeout, message: `${phase} ${index}` }).toBe(true);
  return (await mapView(page))!;
}

/** The face button (0 = A … 3 = Y) that gives `value` on this question. */
export function buttonFor(view: MapQuestView, value: string): 0 | 1 | 2 | 3 {
  const choice = view.choices?.find((c) => c.value === value);
  if (!choice) throw new Error(`question ${view.item} offers no choice "${value}" (it offers ${view.choices?.map((c) => c.value).join(', ')})`);
  return choice.button;
}

/** A button other than `right` that the question offers. */
export function wrongButton(view: MapQuestView, right: 0 | 1 | 2 | 3): 0 | 1 | 2 | 3 {
  const wrong = view.choices?.find((c) => c.button !== right);
  if (!wrong) throw new Error(`question ${view.item} offers a single choice`);
  return wrong.button;
}

/** A seat and how the test plays it: a fake pad by index, or one of the two keyboard seats. */
export type Device = { pad: number } | { keys: 'kb-left' | 'kb-right' };

const KEYS = {
  'kb-left': { up: 'KeyW', down: 'KeyS', left: 'KeyA', right: 'KeyD', confirm: 'Space', choices: ['Digit1', 'Digit2', 'Digit3', 'Digit4'] },
  'kb-right': { up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', confirm: 'Enter', choices: ['Digit7', 'Digit8', 'Digit9', 'Digit0'] },
} as const;
const FACE = [BUTTON.A, BUTTON.B, BUTTON.X, BUTTON.Y] as const;

/** Presses face button `choice` (0 = A … 3 = Y), or `'confirm'` (A, Space or Enter) to lock the marker in. */
export async function press(page: Page, device: Device, button: 0 | 1 | 2 | 3 | 'confirm'): Promise<void> {
  if ('pad' in device) return pads.tap(page, device.pad, button === 'confirm' ? BUTTON.A : FACE[button]);
  // A key is held two frames and at least 120 ms: shorter taps can fall between two frames of software WebGL.
  const keys = KEYS[device.keys];
  const code = button === 'confirm' ? keys.confirm : keys.choices[button];
  const until = Date.now() + 120;
  await page.keyboard.down(code);
  await frames(page, 2);
  await page.waitForTimeout(Math.max(0, until - Date.now()));
  await page.keyboard.up(code);
  await frames(page, 1);
}

/** One seat to bring within `tolerancePx` of `to` (design pixels). */
export interface SteerGoal {
  seat: string;
  device: Device;
  to: Point;
  tolerancePx: number;
}

/*
 * The marker's motion (games/map-quest/rules/marker-motion.ts), run by the rules every 50 ms of
 * round time: under a push of magnitude m (after the pad's 0.25 dead zone, rescaled to 0…1) it
 * moves at m × (80 + 560 (t / 1.2 s)²) px/s, t being how long the push has been held, then
 * 640 px/s; keys push at m = 1. Released, it stops at once.
 */
function pushDistancePx(holdS: number): number {
  const t = Math.min(holdS, 1.2);
  return 80 * t + (560 * t ** 3) / (3 * 1.44) + 640 * Math.max(0, holdS - 1.2);
}

/** How long a full push must be held to cover `px` (bisection over the motion above). */
function holdForPx(px: number): number {
  let low = 0;
  let high = 10;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (pushDistancePx(mid) < px) low = mid;
    else high = mid;
  }
  return high;
}

const DEAD_ZONE = 0.25;
/** Under this distance a pad pushes gently, under the stick's step threshold (0.6), so no d-pad step adds 4 px. */
const GENTLE_PX = 120;
const GENTLE_STICK = 0.5;
const GENTLE_MAGNITUDE = (GENTLE_STICK - DEAD_ZONE) / (1 - DEAD_ZONE);

/**
 * Steers several seats at once, closed loop: push each marker towards its goal for a stretch of
 * round time aimed at most of the way, release, read the markers in the view, and again until
 * every seat is within its tolerance. The rules move markers on fixed ticks from what each seat
 * holds, so a push covers what the motion model says, give or take a tick and the d-pad steps
 * a held key or a hard-pushed stick repeats; each seat's next push is scaled by how far its last
 * one went. Stops early, without failing, when the question closes: the marks are still checked.
 */
export async function steer(page: Page, goals: SteerGoal[], maxPushes = 30): Promise<MapQuestView> {
  const gains = new Map<string, number>();
  let last: Push[] = [];
  for (let pushes = 0; ; pushes++) {
    const view = await restingView(page);
    if (view.phase !== 'open') return view;
    for (const push of last) learnGain(gains, push, markerOf(view, push.goal.seat));
    const pending = goals.filter((goal) => distanceTo(view, goal) > goal.tolerancePx);
    if (pending.length === 0) return view;
    if (pushes >= maxPushes) {
      const where = pending.map((g) => `${g.seat} at ${JSON.stringify(markerOf(view, g.seat))} for ${JSON.stringify(g.to)}`).join('; ');
      throw new Error(`could not steer in ${maxPushes} pushes: ${where}`);
    }
    last = pending.map((goal) => pushFor(goal, markerOf(view, goal.seat), gains.get(goal.seat) ?? 1));
    const holds = last.flatMap((push) => push.holds);
    for (const hold of holds) await hold.press(page);
    const from = await roundNow(page);
    for (const hold of [...holds].sort((x, y) => x.ms - y.ms)) {
      // At least one frame, so the rules see every push.
      do await frames(page, 1);
      while ((await roundNow(page)) < from + hold.ms);
      await hold.release(page);
    }
  }
}

function markerOf(view: MapQuestView, seat: string): Point {
  const at = view.seats[seat]?.answer;
  if (!at) throw new Error(`the view shows no marker for ${seat} on question ${view.index}`);
  return at;
}

function distanceTo(view: MapQuestView, goal: SteerGoal): number {
  const at = markerOf(view, goal.seat);
  return Math.hypot(goal.to.x - at.x, goal.to.y - at.y);
}

interface Hold {
  ms: number;
  press(page: Page): Promise<void>;
  release(page: Page): Promise<void>;
}

/** One seat's push: its holds, where it started, and the move it was meant to make. */
interface Push {
  goal: SteerGoal;
  from: Point;
  planned: Point;
  holds: Hold[];
}

/** The share of its planned move a seat's last push made (kept between 0.5 and 4), from pushes of 3 px or more. */
function learnGain(gains: Map<string, number>, push: Push, at: Point): void {
  const planned2 = push.planned.x ** 2 + push.planned.y ** 2;
  if (planned2 < 9) return;
  const moved = { x: at.x - push.from.x, y: at.y - push.from.y };
  const share = (moved.x * push.planned.x + moved.y * push.planned.y) / planned2;
  gains.set(push.goal.seat, Math.min(4, Math.max(0.5, (gains.get(push.goal.seat) ?? 1) * share)));
}

/** The push that should bring a marker at `from` most of the way to its goal: which stick or keys, how hard, how long. */
function pushFor(goal: SteerGoal, from: Point, gain: number): Push {
  const dx = goal.to.x - from.x;
  const dy = goal.to.y - from.y;
  const distance = Math.hypot(dx, dy);
  const device = goal.device;
  if ('pad' in device) {
    // Far off, a full push for most of the way; near, a gentle one that moves a pixel or two a tick.
    const full = distance > GENTLE_PX;
    const magnitude = full ? 1 : GENTLE_MAGNITUDE;
    const holdS = holdForPx((0.8 * distance) / gain / magnitude);
    const stick = full ? 1 : GENTLE_STICK;
    const reach = magnitude * pushDistancePx(holdS) * gain;
    return {
      goal,
      from,
      planned: { x: (dx / distance) * reach, y: (dy / distance) * reach },
      holds: [{
        ms: holdS * 1000,
        press: (page) => pads.stick(page, device.pad, (dx / distance) * stick, (dy / distance) * stick),
        release: (page) => pads.stick(page, device.pad, 0, 0),
      }],
    };
  }
  // A keyboard seat: a key per axis that is off by more than half the tolerance, each held for its
  // axis alone (while both are held each goes at 71 %, so the push falls short, never past). A
  // press also steps 4 px at once.
  const keys = KEYS[device.keys];
  const axes = [
    { off: dx, code: dx > 0 ? keys.right : keys.left, horizontal: true },
    { off: dy, code: dy > 0 ? keys.down : keys.up, horizontal: false },
  ].filter((axis) => Math.abs(axis.off) > goal.tolerancePx / 2);
  const planned = { x: 0, y: 0 };
  const holds = axes.map((axis): Hold => {
    const holdS = holdForPx(Math.max(0, (0.9 * Math.abs(axis.off)) / gain - 4));
    const reach = Math.sign(axis.off) * (pushDistancePx(holdS) + 4) * gain;
    if (axis.horizontal) planned.x = reach;
    else planned.y = reach;
    return { ms: holdS * 1000, press: (page) => page.keyboard.down(axis.code), release: (page) => page.keyboard.up(axis.code) };
  });
  return { goal, from, planned, holds };
}

function roundNow(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { ludocite: { snapshot(): { round: { timeMs: number } | null } } }).ludocite.snapshot().round?.timeMs ?? 0);
}

/** The view once every marker has come to rest: two frames and a tick of round time after the releases. */
async function restingView(page: Page): Promise<MapQuestView> {
  await frames(page, 2);
  const from = await roundNow(page);
  while ((await roundNow(page)) < from + 60) await frames(page, 1);
  const view = await mapView(page);
  if (!view) throw new Error('map-quest shows no view');
  return view;
}

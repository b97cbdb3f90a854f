import { expect, type Page } from '@playwright/test';
import { BUTTON, frames, pads } from './fake-pads';
import { snapshot } from './screen';

/** What map-quest publishes (games/map-quest/README.md, "For tests and monitoring"). */
export interface MapQuestView {
  phase: 'question' | 'reveal' | 'done';
  item: string;
  kind: 'locate' | 'arrondissement' | 'direction' | 'closer';
  index: number;
  total: number;
  answerMs: number;
  target?: { lonLat: [number, number]; screen: Point };
  choices?: { button: 0 | 1 | 2 | 3; value: string }[];
  answer?: string;
  seats: Record<string, { screen: Point; lonLat: [number, number]; locked: boolean; choice: number | null; points?: number; correct?: boolean; distanceM?: number }>;
}

export type Point = { x: number; y: number };

/** The map's rectangle on the 1920×1080 design screen (games/map-quest/scenes/layout.ts): markers are clamped to it. */
export const MAP_RECT = { x: 96, y: 234, width: 1440, height: 792 } as const;

/** The map-rectangle corner farthest from `p`: a marker parked there is outside Paris and kilometres from any target. */
export function farCorner(p: Point): Point {
  const x = p.x - MAP_RECT.x < MAP_RECT.x + MAP_RECT.width - p.x ? MAP_RECT.x + MAP_RECT.width : MAP_RECT.x;
  const y = p.y - MAP_RECT.y < MAP_RECT.y + MAP_RECT.height - p.y ? MAP_RECT.y + MAP_RECT.height : MAP_RECT.y;
  return { x, y };
}

export async function mapView(page: Page): Promise<MapQuestView | null> {
  return ((await snapshot(page)).round?.view ?? null) as MapQuestView | null;
}

/**
 * Waits until question `index` (0-based) is asked, or until its reveal (or the round's end) shows
 * every seat's points, and returns the view. Generous: on a loaded machine the round clock, and
 * so a 7 s reveal, slows down with the frame rate.
 */
export async function waitFor(page: Page, phase: 'question' | 'reveal', index: number, timeout = 90_000): Promise<MapQuestView> {
  const phases = phase === 'question' ? ['question'] : ['reveal', 'done'];
  await expect.poll(async () => {
    const view = await mapView(page);
    return !!view && phases.includes(view.phase) && view.index === index;
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
 * The marker's motion (games/map-quest/marker-motion.ts): under a push of magnitude m (after the
 * pad's 0.25 dead zone, rescaled to 0…1) it moves at m × (80 + 560 (t / 1.2 s)²) px/s, t being how
 * long the push has been held, then 640 px/s; keys push at m = 1. Released, it stops at once.
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
/** Under this distance a pad pushes gently. */
const GENTLE_PX = 150;
/** The stick past 0.6 also sends d-pad steps (+4 px each): a gentle push stays at 0.58, this magnitude past the dead zone. */
const GENTLE_MAGNITUDE = 0.44;
/**
 * Phaser zeroes each axis under 0.1 before the shell's dead zone, so a stick barely past the dead
 * zone may not move at all: the faintest push is this magnitude (a stick at 0.33), held shorter.
 */
const FAINT_MAGNITUDE = 0.1;

/**
 * Steers several seats at once, closed loop: push each marker towards its goal for a computed
 * stretch of round time, release, wait for a publication made after the release (the game
 * publishes every 250 ms of round time), read the markers, and again until every seat is within
 * its tolerance. Holds are measured in round time, not wall time (on a slow software-WebGL frame
 * the round clock moves less than the wall clock). Each seat's next push is scaled by how far its
 * last one went against the motion model: held keys and a hard-pushed stick also repeat d-pad
 * steps on a wall-clock timer, which the model cannot know.
 */
export async function steer(page: Page, goals: SteerGoal[], maxPushes = 14): Promise<MapQuestView> {
  const gains = new Map<string, number>();
  let last: Push[] = [];
  for (let pushes = 0; ; pushes++) {
    const { view, frameMs } = await freshView(page);
    for (const push of last) learnGain(gains, push, view.seats[push.goal.seat]!.screen);
    const pending = goals.filter((goal) => distanceTo(view, goal) > goal.tolerancePx);
    if (process.env.MAP_QUEST_STEER_LOG) console.log(`push ${pushes} (${frameMs.toFixed(0)} ms a frame): ${goals.map((g) => `${g.seat} ${distanceTo(view, g).toFixed(1)} px, gain ${(gains.get(g.seat) ?? 1).toFixed(2)}`).join('; ')}`);
    if (pending.length === 0) return view;
    if (pushes >= maxPushes) {
      const where = pending.map((g) => `${g.seat} at ${JSON.stringify(view.seats[g.seat]?.screen)} for ${JSON.stringify(g.to)}`).join('; ');
      throw new Error(`could not steer in ${maxPushes} pushes: ${where}`);
    }
    if (view.phase !== 'question') throw new Error(`question ${view.index} closed while steering (${view.phase})`);
    last = pending.map((goal) => pushFor(goal, view.seats[goal.seat]!.screen, frameMs, gains.get(goal.seat) ?? 1));
    const holds = last.flatMap((push) => push.holds);
    for (const hold of holds) await hold.press(page);
    const from = await roundNow(page);
    for (const hold of [...holds].sort((x, y) => x.ms - y.ms)) {
      // At least one frame, so the game sees every press.
      do await frames(page, 1);
      while ((await roundNow(page)) < from + hold.ms);
      await hold.release(page);
    }
  }
}

function distanceTo(view: MapQuestView, goal: SteerGoal): number {
  const at = view.seats[goal.seat]?.screen;
  if (!at) throw new Error(`the view has no seat ${goal.seat}`);
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

/** The push that should bring a marker at `from` nearly onto its goal: which stick or keys, how hard, how long. */
function pushFor(goal: SteerGoal, from: Point, frameMs: number, gain: number): Push {
  const dx = goal.to.x - from.x;
  const dy = goal.to.y - from.y;
  const distance = Math.hypot(dx, dy);
  const device = goal.device;
  if ('pad' in device) {
    // Far off, a full push. Closer, a gentle one held for a dozen frames or more, so that the last
    // frame before the release (which the test cannot time) moves the marker by a small share only.
    const wanted = (0.95 * distance) / gain;
    const gentleS = Math.min(2, Math.max(0.5, (12 * frameMs) / 1000));
    const full = distance > GENTLE_PX && holdForPx(wanted) >= gentleS;
    let holdS = full ? holdForPx(wanted) : gentleS;
    let magnitude = full ? 1 : wanted / pushDistancePx(gentleS);
    if (magnitude > GENTLE_MAGNITUDE || magnitude < FAINT_MAGNITUDE) {
      magnitude = Math.min(GENTLE_MAGNITUDE, Math.max(FAINT_MAGNITUDE, magnitude));
      holdS = holdForPx(wanted / magnitude);
    }
    // The deflection that gives `magnitude` past the dead zone (a gentle one stays under the step threshold).
    const stick = full ? 1 : DEAD_ZONE + (1 - DEAD_ZONE) * magnitude;
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

/**
 * The view as published after every marker came to rest (260 ms of round time after the
 * releases), and how much round time a frame takes now.
 */
async function freshView(page: Page): Promise<{ view: MapQuestView; frameMs: number }> {
  await frames(page, 2);
  const from = await roundNow(page);
  let now = from;
  let count = 0;
  while (now < from + 260) {
    await frames(page, 1);
    now = await roundNow(page);
    count++;
  }
  const view = await mapView(page);
  if (!view) throw new Error('map-quest published nothing');
  return { view, frameMs: (now - from) / count };
}

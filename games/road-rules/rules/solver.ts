import type { DriveStage } from '../content-schema';
import type { CarState, Pedals } from './car';
import { kmhToMps } from './distances';
import type { CarSample } from './drive-world';
import type { DriveVerdict } from './infringements';
import type { Way } from './priority';
import { crossingEdges, defaultWay, stopLine } from './route';
import { SeatDrive } from './seat-drive';
import { limitStretches, type LimitStretch } from './speed-limits';

// Proof that a drive stage can be driven without a single mistake: a careful driver who keeps a
// steady speed under the limit, stops at chosen points and waits there, tried over a small set of
// speeds and waits. It drives the game's own `SeatDrive` and decides its pedals only every
// DRIVER_EVERY_MS, as the conformance kit's bots do: the best-play bot is this driver, so what the
// content checker proves is exactly what the bot plays.

export interface DrivePolicy {
  kmh: number;
  way: Way;
  /** Points where the driver stops, in route order, and how long it waits there once stopped. */
  stops: { atS: number; waitS: number }[];
}

/** How often the careful driver looks at its car and sets its pedals: the kit asks bots every 100 ms. */
export const DRIVER_EVERY_MS = 100;
/** Deceleration the careful driver plans its stops with, m/s². */
const PLANNED_BRAKING = 3;
const IDLE_PEDALS: Pedals = { throttle: 0, brake: 0 };

/** The route's exits the seat may take, straight on first. */
export function allowedWays(stage: DriveStage): Way[] {
  const junction = stage.junction;
  if (!junction) return ['straight'];
  const preferred: Way[] = [defaultWay(junction), 'straight', 'right', 'left'];
  return [...new Set(preferred)].filter((way) => junction.exits.includes(way) && !junction.forbidden.includes(way));
}

/** The careful driver following one policy: asked every DRIVER_EVERY_MS what pedals to hold until it is asked again. */
export class PolicyDriver {
  private stopIndex = 0;
  private stoppedSinceMs: number | undefined;
  private readonly stretches: LimitStretch[];

  constructor(
    stage: DriveStage,
    readonly policy: DrivePolicy,
  ) {
    this.stretches = limitStretches(stage);
  }

  /** The pedals for the car as it is at stage time `tMs`. */
  decide(car: CarState, tMs: number): Pedals {
    // Target: the policy's speed, kept 3 km/h under every limit in force now or within 40 m.
    const limits = this.stretches.filter((stretch, i) => {
      const next = this.stretches[i + 1];
      return stretch.fromM <= car.s + 40 && (next === undefined || next.fromM > car.s);
    });
    let desired = kmhToMps(Math.min(this.policy.kmh, ...limits.map((stretch) => stretch.kmh - 3)));
    const stop = this.policy.stops[this.stopIndex];
    if (stop) {
      const distance = stop.atS - car.s;
      if (car.v <= 0 && distance < 2) {
        this.stoppedSinceMs ??= tMs;
        if (tMs - this.stoppedSinceMs >= stop.waitS * 1000) {
          this.stopIndex += 1;
          this.stoppedSinceMs = undefined;
        } else {
          desired = 0;
        }
      } else {
        desired = Math.min(desired, Math.sqrt(2 * PLANNED_BRAKING * Math.max(0, distance - 0.3)));
      }
    }
    return pedalsToward(car.v, desired);
  }
}

/** A simple speed controller: throttle up to the desired speed, brake down to it. */
function pedalsToward(v: number, desired: number): Pedals {
  const error = desired - v;
  if (desired <= 0.01) return { throttle: 0, brake: v > 0 ? 1 : 0.5 };
  if (error > 0.2) return { throttle: Math.min(1, error / 2), brake: 0 };
  if (error < -0.3) return { throttle: 0, brake: Math.min(1, -error / 2) };
  return { throttle: 0.15, brake: 0 };
}

/** The d-pad steps that take a seat's chosen exit to `way` (left ← straight on → right). */
export function stepsToward(stage: DriveStage, from: Way, way: Way): (-1 | 1)[] {
  const exits = (['left', 'straight', 'right'] as const).filter((exit) => stage.junction?.exits.includes(exit));
  const delta = exits.indexOf(way as (typeof exits)[number]) - exits.indexOf(from as (typeof exits)[number]);
  return Array.from({ length: Math.abs(delta) }, () => (delta < 0 ? -1 : 1));
}

/**
 * Drives a stage with a policy through the game's own car, world and judge, deciding every
 * DRIVER_EVERY_MS from `offsetMs` on (the pedals are idle before the first decision, as a
 * seat's are when it opens a stage without touching anything). Returns the trace and its verdict.
 */
export function drivePolicy(stage: DriveStage, policy: DrivePolicy, offsetMs = 0): { trace: CarSample[]; verdict: DriveVerdict } {
  const drive = new SeatDrive(stage);
  const driver = new PolicyDriver(stage, policy);
  const limitMs = stage.timeLimitS * 1000;
  let pedals = IDLE_PEDALS;
  for (let t = offsetMs; !drive.finished && t < limitMs; t += DRIVER_EVERY_MS) {
    drive.advance(t, pedals);
    if (drive.finished) break;
    for (const step of stepsToward(stage, drive.way, policy.way)) drive.signal(step);
    pedals = driver.decide(drive.car, t);
  }
  if (!drive.finished) drive.advance(limitMs, pedals);
  const verdict: DriveVerdict = { infringements: [...drive.infringements], finished: drive.finished, ...(drive.finishedAtMs === undefined ? {} : { finishedAtMs: drive.finishedAtMs }) };
  return { trace: drive.trace, verdict };
}

/** The places a careful driver might stop: before the crossing, at the junction's line. */
function stopPoints(stage: DriveStage): number[] {
  const points: number[] = [];
  if (stage.crossing) points.push(crossingEdges(stage.crossing).near - 1.5);
  if (stage.junction) points.push(stopLine(stage.junction) - 1);
  return points.sort((a, b) => a - b);
}

const WAITS_S = [0, 1, 2, 3, 5, 7, 10, 14];

/** Every policy the search tries, careful ones first. */
function* policies(stage: DriveStage): Generator<DrivePolicy> {
  const maxKmh = Math.min(...limitStretches(stage).map((stretch) => stretch.kmh));
  const speeds = [30, 20, 40, 50, 70, 90].filter((kmh) => kmh <= Math.max(20, maxKmh));
  const points = stopPoints(stage);
  for (const way of allowedWays(stage)) {
    for (const kmh of speeds) {
      // Each stop point is either passed (no stop) or used with one of the waits.
      const choices: (number | undefined)[][] = points.map(() => [undefined, ...WAITS_S]);
      const combos = choices.reduce<(number | undefined)[][]>((acc, options) => acc.flatMap((combo) => options.map((wait) => [...combo, wait])), [[]]);
      for (const combo of combos) {
        const stops = points.flatMap((atS, i) => (combo[i] === undefined ? [] : [{ atS, waitS: combo[i]! }]));
        yield { kmh, way, stops };
      }
    }
  }
}

const found = new WeakMap<DriveStage, Map<number, { policy: DrivePolicy; trace: CarSample[] } | null>>();

/**
 * A policy that drives the stage to its end without a mistake when its first decision comes
 * `offsetMs` into the stage, or undefined if none of those tried does. Remembered per stage.
 */
export function findCleanDrive(stage: DriveStage, offsetMs = 0): { policy: DrivePolicy; trace: CarSample[] } | undefined {
  const byOffset = found.get(stage) ?? new Map<number, { policy: DrivePolicy; trace: CarSample[] } | null>();
  found.set(stage, byOffset);
  if (!byOffset.has(offsetMs)) byOffset.set(offsetMs, search(stage, offsetMs));
  return byOffset.get(offsetMs) ?? undefined;
}

function search(stage: DriveStage, offsetMs: number): { policy: DrivePolicy; trace: CarSample[] } | null {
  for (const policy of policies(stage)) {
    const { trace, verdict } = drivePolicy(stage, policy, offsetMs);
    if (verdict.finished && verdict.infringements.length === 0) return { policy, trace };
  }
  return null;
}

import type { DriveStage } from '../content-schema';
import { stepCar, type Pedals } from './car';
import { kmhToMps } from './distances';
import type { CarSample } from './drive-world';
import { judgeTrace, type DriveVerdict } from './infringements';
import type { Way } from './priority';
import { crossingEdges, defaultWay, stopLine } from './route';
import { limitStretches } from './speed-limits';

// Proof that a drive stage can be driven without a single mistake: a careful driver who keeps a
// steady speed under the limit, stops at chosen points and waits there, tried over a small set of
// speeds and waits. Content checks use it ("every scenario solvable"), and tests use its traces.

export interface DrivePolicy {
  kmh: number;
  way: Way;
  /** Points where the driver stops, in route order, and how long it waits there once stopped. */
  stops: { atS: number; waitS: number }[];
}

/** Deceleration the careful driver plans its stops with, m/s². */
const PLANNED_BRAKING = 3;
const SOLVER_STEP_MS = 20;

/** The route's exits the seat may take, straight on first. */
export function allowedWays(stage: DriveStage): Way[] {
  const junction = stage.junction;
  if (!junction) return ['straight'];
  const preferred: Way[] = [defaultWay(junction), 'straight', 'right', 'left'];
  return [...new Set(preferred)].filter((way) => junction.exits.includes(way) && !junction.forbidden.includes(way));
}

/** Drives a stage with a policy through the game's own car physics; returns the trace and its verdict. */
export function drivePolicy(stage: DriveStage, policy: DrivePolicy): { trace: CarSample[]; verdict: DriveVerdict } {
  const stretches = limitStretches(stage);
  let car = { s: 0, v: kmhToMps(stage.startKmh) };
  const trace: CarSample[] = [{ tMs: 0, s: car.s, v: car.v, way: policy.way }];
  let stopIndex = 0;
  let waitedMs = 0;
  for (let t = SOLVER_STEP_MS; t <= stage.timeLimitS * 1000 && car.s < stage.lengthM; t += SOLVER_STEP_MS) {
    // Target: the policy's speed, kept 3 km/h under every limit in force now or within 40 m.
    const limits = stretches.filter((stretch, i) => {
      const next = stretches[i + 1];
      return stretch.fromM <= car.s + 40 && (next === undefined || next.fromM > car.s);
    });
    let desired = kmhToMps(Math.min(policy.kmh, ...limits.map((stretch) => stretch.kmh - 3)));
    const stop = policy.stops[stopIndex];
    if (stop) {
      const distance = stop.atS - car.s;
      if (car.v <= 0 && distance < 2) {
        waitedMs += SOLVER_STEP_MS;
        if (waitedMs >= stop.waitS * 1000) {
          stopIndex += 1;
          waitedMs = 0;
        } else {
          desired = 0;
        }
      } else {
        desired = Math.min(desired, Math.sqrt(2 * PLANNED_BRAKING * Math.max(0, distance - 0.3)));
      }
    }
    car = stepCar(car, pedalsToward(car.v, desired), SOLVER_STEP_MS, stage.road);
    trace.push({ tMs: t, s: car.s, v: car.v, way: policy.way });
  }
  return { trace, verdict: judgeTrace(stage, trace) };
}

/** A simple speed controller: throttle up to the desired speed, brake down to it. */
function pedalsToward(v: number, desired: number): Pedals {
  const error = desired - v;
  if (desired <= 0.01) return { throttle: 0, brake: v > 0 ? 1 : 0.5 };
  if (error > 0.2) return { throttle: Math.min(1, error / 2), brake: 0 };
  if (error < -0.3) return { throttle: 0, brake: Math.min(1, -error / 2) };
  return { throttle: 0.15, brake: 0 };
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

/** A policy that drives the stage to its end without a mistake, or undefined if none of those tried does. */
export function findCleanDrive(stage: DriveStage): { policy: DrivePolicy; trace: CarSample[] } | undefined {
  for (const policy of policies(stage)) {
    const { trace, verdict } = drivePolicy(stage, policy);
    if (verdict.finished && verdict.infringements.length === 0) return { policy, trace };
  }
  return undefined;
}

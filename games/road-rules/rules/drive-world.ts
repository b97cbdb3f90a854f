import type { DriveStage, Junction } from '../content-schema';
import { kmhToMps } from './distances';
import { whoGoesFirst, type Approach, type LightPhase, type PriorityAnswer, type Way } from './priority';
import { boxExit, boxStart, CAR_LENGTH_M, crossingEdges, LINE_GAP_M, ROAD_HALF_M, stopLine } from './route';

// Everything around one seat's car in a drive stage: the other cars, the pedestrians and the
// lights. It moves only from the seat's own samples (position, speed, way over round time), so a
// trace replays to the same world: the scene and the judge share it. Each seat has its own world.

/** One moment of the seat's car: its front `s` (m), speed `v` (m/s), chosen way, at stage time `tMs`. */
export interface CarSample {
  tMs: number;
  s: number;
  v: number;
  way: Way;
}

export type OtherCarState = 'waiting' | 'driving' | 'held' | 'gone';

export interface OtherCar {
  index: number;
  from: Approach;
  cruise: number;
  triggerM: number;
  arriveS: number | undefined;
  state: OtherCarState;
  /** Its front along its own path, metres, 0 at the junction centre. */
  u: number;
  v: number;
  /** It had to brake hard for the seat: it honks. */
  honking: boolean;
}

export type WalkerState = 'idle' | 'waiting' | 'walking' | 'done';

export interface Walker {
  index: number;
  side: 'left' | 'right';
  triggerM: number;
  waitS: number;
  state: WalkerState;
  /** Metres walked from its kerb across the road. */
  walked: number;
  waitedMs: number;
}

export interface LightState {
  phase: LightPhase;
  /** Stage time the phase began. */
  sinceMs: number;
  /** Seconds the seat has waited stopped on this red. */
  waitedOnRedMs: number;
  /** When amber came on: the seat's distance to the line and speed then, to judge if it could stop. */
  amberOnset?: { distance: number; v: number };
}

/** Walking pace, m/s. */
export const WALK_MPS = 1.4;
/** A walker crosses the road plus a step off each kerb. */
export const WALK_ACROSS_M = 2 * ROAD_HALF_M + 2;
/** A car with priority closer than this many seconds from the box still "comes": the seat must wait. */
export const PRIORITY_GAP_S = 3;
/** Braking of the other cars when they stop, m/s². */
const OTHER_BRAKING = 4;
const OTHER_ACCEL = 2.5;

export class DriveWorld {
  readonly cars: OtherCar[];
  readonly walkers: Walker[];
  light: LightState | undefined;
  private last: CarSample | undefined;

  constructor(readonly stage: DriveStage) {
    const junction = stage.junction;
    this.cars = (junction?.traffic ?? []).map((car, index) => ({
      index,
      from: car.from,
      cruise: kmhToMps(car.kmh),
      triggerM: car.triggerM,
      arriveS: car.arriveS,
      state: 'waiting',
      u: -1000,
      v: 0,
      honking: false,
    }));
    this.walkers = (stage.crossing?.pedestrians ?? []).map((walker, index) => ({
      index,
      side: walker.side,
      triggerM: walker.triggerM,
      waitS: walker.waitS,
      state: 'idle',
      walked: 0,
      waitedMs: 0,
    }));
    this.light = junction?.light ? { phase: junction.light.start, sinceMs: 0, waitedOnRedMs: 0 } : undefined;
  }

  /** The seat's light now (green where there are no lights). */
  seatLight(): LightPhase {
    return this.light?.phase ?? 'green';
  }

  /** Who goes first between the seat and this car, now. */
  priorityOf(car: OtherCar, way: Way): PriorityAnswer {
    const junction = this.stage.junction;
    if (!junction) return 'none';
    return whoGoesFirst({ kind: junction.kind, from: car.from, seatWay: way, seatLight: this.seatLight() });
  }

  /** Moves the world to the sample's time, given where the seat's car is. */
  observe(sample: CarSample): void {
    const dtMs = this.last ? Math.max(0, sample.tMs - this.last.tMs) : 0;
    this.last = sample;
    const junction = this.stage.junction;
    if (junction) {
      this.stepLight(junction, sample, dtMs);
      for (const car of this.cars) this.stepCar(junction, car, sample, dtMs);
    }
    for (const walker of this.walkers) this.stepWalker(walker, sample, dtMs);
  }

  /** Is the seat's car (front or back) inside the junction box? */
  seatInBox(sample: CarSample): boolean {
    const junction = this.stage.junction;
    if (!junction) return false;
    return sample.s > boxStart(junction) && sample.s - CAR_LENGTH_M < boxExit(junction, sample.way);
  }

  /** Has the seat's car left the junction box for good? */
  seatCleared(sample: CarSample): boolean {
    const junction = this.stage.junction;
    return !junction || sample.s - CAR_LENGTH_M >= boxExit(junction, sample.way);
  }

  /** A car with priority that is in the box or will reach it within PRIORITY_GAP_S seconds. */
  threatens(car: OtherCar): boolean {
    if (car.state === 'waiting' || car.state === 'gone') return false;
    if (car.u - CAR_LENGTH_M > ROAD_HALF_M) return false;
    if (car.u >= -ROAD_HALF_M) return true;
    const speed = Math.max(car.v, car.cruise);
    return -ROAD_HALF_M - car.u <= speed * PRIORITY_GAP_S;
  }

  private stepLight(junction: Junction, sample: CarSample, dtMs: number): void {
    const light = this.light;
    const plan = junction.light;
    if (!light || !plan) return;
    const toLine = stopLine(junction) - sample.s;
    const now = sample.tMs;
    if (light.phase === 'green' && plan.start === 'green' && plan.changeAtM !== undefined && light.sinceMs === 0 && toLine <= plan.changeAtM) {
      this.light = { phase: 'amber', sinceMs: now, waitedOnRedMs: 0, amberOnset: { distance: toLine, v: sample.v } };
      return;
    }
    if (light.phase === 'amber' && now - light.sinceMs >= plan.amberS * 1000) {
      this.light = { phase: 'red', sinceMs: now, waitedOnRedMs: 0, ...(light.amberOnset ? { amberOnset: light.amberOnset } : {}) };
      return;
    }
    if (light.phase === 'red') {
      const waiting = sample.v <= 0 || toLine < 0;
      const waited = light.waitedOnRedMs + (waiting ? dtMs : 0);
      this.light = waited >= plan.redS * 1000 ? { phase: 'green', sinceMs: Math.max(now, 1), waitedOnRedMs: 0 } : { ...light, waitedOnRedMs: waited };
    }
  }

  private stepCar(junction: Junction, car: OtherCar, sample: CarSample, dtMs: number): void {
    if (car.state === 'gone') return;
    if (car.state === 'waiting') {
      if (stopLine(junction) - sample.s > car.triggerM) return;
      // Arrive with the seat: start as far out as the seat's time to the box at its speed.
      const toBox = boxStart(junction) - sample.s;
      const eta = car.arriveS ?? (sample.v > 1 ? Math.min(6, Math.max(1.5, toBox / sample.v)) : 6);
      car.u = -ROAD_HALF_M - car.cruise * eta;
      car.v = car.cruise;
      car.state = 'driving';
      return;
    }
    const dt = dtMs / 1000;
    const priority = this.priorityOf(car, sample.way);
    const ownLine = -ROAD_HALF_M - LINE_GAP_M;
    // Where it must stop now, if anywhere: at its line when it gives way, before the box when the seat is in it.
    let stopAt: number | undefined;
    if (priority === 'seat' && !this.seatCleared(sample) && car.u <= ownLine + 0.01) stopAt = ownLine;
    if (this.seatInBox(sample) && car.u < -ROAD_HALF_M && car.u > -ROAD_HALF_M - 12) stopAt = Math.min(stopAt ?? Infinity, -ROAD_HALF_M - 0.5);
    if (stopAt !== undefined) {
      const room = stopAt - car.u;
      const needed = room > 0.05 ? (car.v * car.v) / (2 * room) : Infinity;
      if (needed >= OTHER_BRAKING * 0.9) {
        // Brakes now, as hard as it takes; a car with priority forced to brake hard honks.
        if (priority === 'other' && needed > OTHER_BRAKING * 1.5) car.honking = true;
        car.v = room > 0.05 ? Math.max(0, car.v - needed * dt) : 0;
        car.u = Math.min(stopAt, car.u + car.v * dt);
        car.state = car.v === 0 ? 'held' : 'driving';
        return;
      }
      car.v = Math.min(car.cruise, car.v + OTHER_ACCEL * dt);
      car.u = Math.min(stopAt, car.u + car.v * dt);
      car.state = 'driving';
      return;
    }
    car.v = Math.min(car.cruise, car.v + OTHER_ACCEL * dt);
    car.u += car.v * dt;
    car.state = car.u > ROAD_HALF_M + 80 ? 'gone' : 'driving';
  }

  private stepWalker(walker: Walker, sample: CarSample, dtMs: number): void {
    const crossing = this.stage.crossing;
    if (!crossing || walker.state === 'done') return;
    const { near, far } = crossingEdges(crossing);
    if (walker.state === 'idle') {
      if (near - sample.s <= walker.triggerM) walker.state = 'waiting';
      return;
    }
    if (walker.state === 'waiting') {
      walker.waitedMs += dtMs;
      const carOnCrossing = sample.s >= near && sample.s - CAR_LENGTH_M <= far;
      if (walker.waitedMs >= walker.waitS * 1000 && !carOnCrossing) walker.state = 'walking';
      return;
    }
    walker.walked += WALK_MPS * (dtMs / 1000);
    if (walker.walked >= WALK_ACROSS_M) walker.state = 'done';
  }
}

/** A walker the seat must let cross: waiting at the kerb to cross, or on the crossing. */
export function walkerHasPriority(walker: Walker): boolean {
  return walker.state === 'waiting' || walker.state === 'walking';
}

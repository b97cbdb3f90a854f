import type { BrakeStage, DriveStage } from '../content-schema';
import { BrakeJudge, FreshPress, type BrakeResult } from './brake-test';
import { cruise, STEP_MS, stepCar, type CarState, type Pedals } from './car';
import { kmhToMps } from './distances';
import { DriveWorld, type CarSample } from './drive-world';
import { InfringementJudge, type Infringement } from './infringements';
import type { Way } from './priority';
import { boxStart, defaultWay } from './route';

// One seat's car through one stage, advanced in fixed steps of stage time from the seat's input.
// The scene feeds it the round clock and the pads; tests feed it scripted input. Nothing here
// reads a clock or a frame: the same input over the same times gives the same drive.

/** Pedals after the finish line: the car brakes gently to a stop on its own. */
const AFTER_FINISH: Pedals = { throttle: 0, brake: 0.3 };

export class SeatDrive {
  car: CarState;
  way: Way;
  readonly world: DriveWorld;
  readonly judge: InfringementJudge;
  readonly trace: CarSample[] = [];
  tMs = 0;
  finishedAtMs: number | undefined;
  /** Pedals of the last step, for brake lights. */
  pedals: Pedals = { throttle: 0, brake: 0 };

  constructor(readonly stage: DriveStage) {
    this.car = { s: 0, v: kmhToMps(stage.startKmh) };
    this.way = defaultWay(stage.junction);
    this.world = new DriveWorld(stage);
    this.judge = new InfringementJudge(stage, this.world);
    this.record();
  }

  get finished(): boolean {
    return this.finishedAtMs !== undefined;
  }

  get infringements(): readonly Infringement[] {
    return this.judge.infringements;
  }

  /** The way can change until the car enters the junction. */
  get wayLocked(): boolean {
    return !this.stage.junction || this.car.s >= boxStart(this.stage.junction);
  }

  /** A step of the d-pad: left or right moves the chosen exit that way (left ← straight on → right). */
  signal(x: -1 | 1): boolean {
    const junction = this.stage.junction;
    if (!junction || this.wayLocked) return false;
    const exits = (['left', 'straight', 'right'] as const).filter((way) => junction.exits.includes(way));
    const next = exits[exits.indexOf(this.way) + x];
    if (!next) return false;
    this.way = next;
    return true;
  }

  /** Advances to stage time `toMs` with the pedals held; returns the mistakes made on the way. */
  advance(toMs: number, pedals: Pedals): Infringement[] {
    const found: Infringement[] = [];
    while (this.tMs + STEP_MS <= toMs) {
      this.tMs += STEP_MS;
      this.pedals = this.finished ? AFTER_FINISH : pedals;
      this.car = stepCar(this.car, this.pedals, STEP_MS, this.stage.road);
      found.push(...this.record());
      if (this.finishedAtMs === undefined && this.car.s >= this.stage.lengthM) this.finishedAtMs = this.tMs;
    }
    return found;
  }

  private record(): Infringement[] {
    const sample: CarSample = { tMs: this.tMs, s: this.car.s, v: this.car.v, way: this.way };
    this.trace.push(sample);
    this.world.observe(sample);
    return this.judge.observe(sample);
  }
}

/** One seat's car in a brake test: it cruises until the seat brakes after the obstacle appears. */
export class SeatBrake {
  car: CarState;
  readonly judge: BrakeJudge;
  tMs = 0;
  /** The seat pressed the brake afresh after the obstacle appeared: the car now obeys the brake. */
  engaged = false;
  braking = false;
  private readonly press = new FreshPress();

  constructor(
    readonly stage: BrakeStage,
    readonly layout: { appearAtS: number; obstacleS: number },
  ) {
    this.car = { s: 0, v: kmhToMps(stage.speedKmh) };
    this.judge = new BrakeJudge(stage, layout);
    this.judge.observe({ tMs: 0, s: 0, v: this.car.v });
  }

  get done(): boolean {
    return this.judge.done;
  }

  result(): BrakeResult {
    return this.judge.result();
  }

  /** Advances to stage time `toMs` with the brake held or not. */
  advance(toMs: number, brakeHeld: boolean): void {
    while (this.tMs + STEP_MS <= toMs) {
      this.tMs += STEP_MS;
      if (!this.engaged) this.engaged = this.press.update(brakeHeld, this.judge.appeared);
      this.braking = this.engaged && brakeHeld;
      if (this.judge.done) {
        // Stopped, or stuck against the obstacle.
        this.car = { s: Math.min(this.car.s, this.layout.obstacleS), v: 0 };
      } else {
        this.car = this.engaged ? stepCar(this.car, { throttle: 0, brake: brakeHeld ? 1 : 0 }, STEP_MS, this.stage.road) : cruise(this.car, STEP_MS);
      }
      this.judge.observe({ tMs: this.tMs, s: this.car.s, v: this.car.v });
    }
  }
}

import type { BrakeStage } from '../content-schema';
import { brakingDistance, kmhToMps, reactionDistance, reactionDistanceRule, stoppingDistanceRule } from './distances';

// The stopping-distance challenge: the car cruises at the stage's speed; an obstacle appears
// `obstacleM` ahead; the seat brakes. Everything is read from the speed trace: braking began on
// the first sample slower than the cruise, and the car stopped when its speed reached zero.

export interface BrakeSample {
  tMs: number;
  s: number;
  v: number;
}

export interface BrakeResult {
  appeared: boolean;
  /** The obstacle was reached before the car stopped. */
  collided: boolean;
  stopped: boolean;
  /** From the obstacle appearing to the first braking, if the seat braked. */
  reactionMs?: number;
  reactionM?: number;
  brakingM?: number;
  /** From the obstacle appearing to the standstill. */
  stoppingM?: number;
  /** What was left between the stopped car and the obstacle (negative: it was hit). */
  marginM?: number;
}

/** Where the obstacle appears and stands, given the stage and the round's draw of `jitter` (0 to 1). */
export function brakeLayout(stage: BrakeStage, jitter: number): { appearAtS: number; obstacleS: number } {
  const appearAtS = stage.appearAfterM + Math.max(0, Math.min(1, jitter)) * stage.jitterM;
  return { appearAtS, obstacleS: appearAtS + stage.obstacleM };
}

export class BrakeJudge {
  private appearedAt: BrakeSample | undefined;
  private brakeFrom: BrakeSample | undefined;
  private stoppedAt: BrakeSample | undefined;
  private collided = false;
  private prev: BrakeSample | undefined;
  private readonly cruise: number;

  constructor(
    readonly stage: BrakeStage,
    readonly layout: { appearAtS: number; obstacleS: number },
  ) {
    this.cruise = kmhToMps(stage.speedKmh);
  }

  get appeared(): boolean {
    return this.appearedAt !== undefined;
  }

  /** The stage is over once the car has stopped after the obstacle appeared, or hit it. */
  get done(): boolean {
    return this.stoppedAt !== undefined || this.collided;
  }

  observe(sample: BrakeSample): void {
    const prev = this.prev ?? sample;
    this.prev = sample;
    if (this.done) return;
    if (!this.appearedAt && sample.s >= this.layout.appearAtS) this.appearedAt = sample;
    if (!this.appearedAt) return;
    if (!this.brakeFrom && sample.v < this.cruise - 1e-6) this.brakeFrom = prev.tMs >= this.appearedAt.tMs ? prev : this.appearedAt;
    if (sample.s >= this.layout.obstacleS) this.collided = true;
    else if (sample.v <= 0) this.stoppedAt = sample;
  }

  result(): BrakeResult {
    const appeared = this.appearedAt;
    if (!appeared) return { appeared: false, collided: false, stopped: false };
    const result: BrakeResult = { appeared: true, collided: this.collided, stopped: this.stoppedAt !== undefined };
    if (this.brakeFrom) {
      result.reactionMs = this.brakeFrom.tMs - appeared.tMs;
      result.reactionM = this.brakeFrom.s - appeared.s;
    }
    const end = this.stoppedAt ?? (this.collided ? this.prev : undefined);
    if (end) {
      if (this.brakeFrom) result.brakingM = end.s - this.brakeFrom.s;
      result.stoppingM = end.s - appeared.s;
      result.marginM = this.layout.obstacleS - end.s;
    }
    return result;
  }
}

/** The figures a player sees after a brake test: theirs, and the rules of thumb for that speed and road. */
export function brakeLesson(stage: BrakeStage) {
  return {
    ruleReactionM: reactionDistanceRule(stage.speedKmh),
    ruleStoppingM: stoppingDistanceRule(stage.speedKmh, stage.road),
    carBrakingM: brakingDistance(stage.speedKmh, stage.road),
  };
}

/** Can a driver who reacts in `reactionS` seconds stop before the obstacle? (Used to check content.) */
export function brakeTestSolvable(stage: BrakeStage, reactionS: number): boolean {
  return reactionDistance(stage.speedKmh, reactionS) + brakingDistance(stage.speedKmh, stage.road) < stage.obstacleM;
}

/**
 * The seat's brake counts only from a fresh press after the obstacle appears: holding the brake
 * from before does not, so nobody can react "in zero seconds" by braking all along.
 */
export class FreshPress {
  private held = false;

  /** Feed the brake state each step; true on the first fresh press once `armed`. */
  update(pressed: boolean, armed: boolean): boolean {
    const fresh = pressed && !this.held && armed;
    this.held = pressed;
    return fresh;
  }
}

import type { DriveStage } from '../content-schema';
import { mpsToKmh, type RoadState } from './distances';
import { DriveWorld, walkerHasPriority, type CarSample } from './drive-world';
import { junctionSign, requiresFullStop, type JunctionKind } from './priority';
import { boxStart, crossingEdges, stopLine } from './route';
import type { SignRef } from './signs';
import { limitStretches, stretchAt } from './speed-limits';

// What the Code de la route asks of the seat in a drive stage, checked from its trace: a full stop
// at the STOP line (R415-6), giving way where it must (R415-5, R415-6, R415-7), staying under the
// limit, letting a pedestrian cross (R415-11), stopping at red (R412-30) and at amber when it can
// (R412-31), and not taking a forbidden way.

export const INFRINGEMENT_KINDS = ['stop', 'yield', 'speed', 'red', 'amber', 'pedestrian', 'wrong-way'] as const;
export type InfringementKind = (typeof INFRINGEMENT_KINDS)[number];

export interface Infringement {
  kind: InfringementKind;
  /** Stage time and place of the mistake. */
  atMs: number;
  atM: number;
  /** The sign to show with the rule. */
  sign: SignRef;
  /** For `yield`, the kind of junction (the rule differs); for `speed`, the limit. */
  junction?: JunctionKind;
  limitKmh?: number;
}

/** Over the limit this long (continuously) is speeding: a short overshoot while settling is forgiven. */
export const SPEEDING_GRACE_MS = 1000;
/** A STOP is made when the car stands still with its front no further than this behind the line… */
export const STOP_ZONE_M = 6;
/** …and no further than this past it. */
export const STOP_OVERSHOOT_M = 0.5;
/** Firm braking the seat could use when amber comes on, m/s², and the moment it takes to react. */
export const AMBER_BRAKING: Record<RoadState, number> = { dry: 4.5, wet: 3 };
export const AMBER_REACTION_S = 0.5;

/** Could the seat stop before the line when amber came on, "dans des conditions de sécurité suffisantes"? */
export function couldStopAtAmber(distance: number, v: number, road: RoadState): boolean {
  return distance >= v * AMBER_REACTION_S + (v * v) / (2 * AMBER_BRAKING[road]);
}

/** The speed the seat is shown and judged on: whole km/h, as the speedometer reads. */
export function shownKmh(v: number): number {
  return Math.round(mpsToKmh(v));
}

/** Watches one seat's samples in a drive stage and records each mistake once, as it happens. */
export class InfringementJudge {
  readonly infringements: Infringement[] = [];
  private prev: CarSample | undefined;
  private madeFullStop = false;
  private overMs = 0;
  private readonly speedFlagged = new Set<number>();
  private readonly stretches;

  constructor(
    readonly stage: DriveStage,
    readonly world: DriveWorld,
  ) {
    this.stretches = limitStretches(stage);
  }

  /** Call after `world.observe(sample)`; returns the mistakes this sample revealed. */
  observe(sample: CarSample): Infringement[] {
    const prev = this.prev ?? sample;
    this.prev = sample;
    const found: Infringement[] = [];
    const add = (infringement: Omit<Infringement, 'atMs' | 'atM'>) => found.push({ ...infringement, atMs: sample.tMs, atM: sample.s });
    const crossed = (line: number) => prev.s < line && sample.s >= line;
    const { stage, world } = this;

    // Speed: judged on the limit of the stretch the car is in.
    const stretchIndex = stretchAt(this.stretches, sample.s);
    const stretch = this.stretches[stretchIndex]!;
    if (shownKmh(sample.v) > stretch.kmh) this.overMs += sample.tMs - prev.tMs;
    else this.overMs = 0;
    if (this.overMs >= SPEEDING_GRACE_MS && !this.speedFlagged.has(stretchIndex)) {
      this.speedFlagged.add(stretchIndex);
      add({ kind: 'speed', sign: stretch.sign ?? { code: 'B14', kmh: stretch.kmh }, limitKmh: stretch.kmh });
    }

    const crossing = stage.crossing;
    if (crossing && crossed(crossingEdges(crossing).near) && world.walkers.some(walkerHasPriority)) {
      add({ kind: 'pedestrian', sign: { code: 'C20a' } });
    }

    const junction = stage.junction;
    if (junction) {
      const line = stopLine(junction);
      if (sample.v <= 0 && sample.s >= line - STOP_ZONE_M && sample.s <= line + STOP_OVERSHOOT_M) this.madeFullStop = true;
      const light = world.light;
      if (light && crossed(line)) {
        if (light.phase === 'red') add({ kind: 'red', sign: { code: 'R11v' } });
        if (light.phase === 'amber' && light.amberOnset && couldStopAtAmber(light.amberOnset.distance, light.amberOnset.v, stage.road)) {
          add({ kind: 'amber', sign: { code: 'R11v' } });
        }
      }
      if (crossed(boxStart(junction))) {
        if (requiresFullStop(junction.kind) && !this.madeFullStop) add({ kind: 'stop', sign: { code: 'AB4' } });
        const mustYieldTo = world.cars.filter((car) => world.priorityOf(car, sample.way) === 'other' && world.threatens(car));
        if (junction.kind !== 'lights' && mustYieldTo.length > 0) {
          add({ kind: 'yield', sign: { code: junctionSign(junction.kind) ?? 'AB1' }, junction: junction.kind });
        }
        if (junction.forbidden.includes(sample.way) || !junction.exits.includes(sample.way)) {
          add({ kind: 'wrong-way', sign: junction.wayRuleSign ?? { code: 'B1' } });
        }
      }
    }
    this.infringements.push(...found);
    return found;
  }
}

/** How a seat's drive stage went, from its whole trace. */
export interface DriveVerdict {
  infringements: Infringement[];
  /** The car reached the end of the route. */
  finished: boolean;
  /** Stage time it reached the end, if it did. */
  finishedAtMs?: number;
}

/**
 * Replays a seat's trace (samples in time order, from the start of the stage) through the same
 * world and judge the scene uses, and says what went wrong. Deterministic: same trace, same verdict.
 */
export function judgeTrace(stage: DriveStage, trace: readonly CarSample[]): DriveVerdict {
  const world = new DriveWorld(stage);
  const judge = new InfringementJudge(stage, world);
  let finishedAtMs: number | undefined;
  for (const sample of trace) {
    world.observe(sample);
    judge.observe(sample);
    if (finishedAtMs === undefined && sample.s >= stage.lengthM) finishedAtMs = sample.tMs;
  }
  return { infringements: judge.infringements, finished: finishedAtMs !== undefined, ...(finishedAtMs === undefined ? {} : { finishedAtMs }) };
}


import { describe, expect, it } from 'vitest';
import { brakeStageSchema } from '../content-schema';
import { BrakeJudge, brakeLayout, brakeLesson, brakeTestSolvable, FreshPress, type BrakeSample } from './brake-test';
import { cruise, stepCar } from './car';
import { brakingDistance, kmhToMps, reactionDistance } from './distances';

const text = { fr: 'règle', en: 'rule' };
const stage = brakeStageSchema.parse({ kind: 'brake', id: 'b50', objective: 'o', source: 's', title: text, rule: text, speedKmh: 50, road: 'dry', obstacleM: 30, appearAfterM: 40, jitterM: 20 });

/** Cruises, then brakes fully `reactionMs` after the obstacle appears; samples every 10 ms. */
function drive(reactionMs: number | undefined, road: 'dry' | 'wet' = 'dry', jitter = 0) {
  const layout = brakeLayout({ ...stage, road }, jitter);
  const judge = new BrakeJudge({ ...stage, road }, layout);
  let car = { s: 0, v: kmhToMps(50) };
  let appearedAt: number | undefined;
  for (let t = 0; t < 20_000 && !judge.done; t += 10) {
    const braking = appearedAt !== undefined && reactionMs !== undefined && t - appearedAt >= reactionMs;
    car = braking ? stepCar(car, { throttle: 0, brake: 1 }, 10, road) : cruise(car, 10);
    const sample: BrakeSample = { tMs: t + 10, s: car.s, v: car.v };
    judge.observe(sample);
    if (appearedAt === undefined && judge.appeared) appearedAt = t + 10;
  }
  return { layout, result: judge.result() };
}

describe('the stopping-distance challenge', () => {
  it('places the obstacle where the stage says, moved by the round draw within jitterM', () => {
    expect(brakeLayout(stage, 0)).toEqual({ appearAtS: 40, obstacleS: 70 });
    expect(brakeLayout(stage, 1)).toEqual({ appearAtS: 60, obstacleS: 90 });
  });

  it('measures reaction and braking from the speed trace, and stops in time with a quick reaction', () => {
    const { result } = drive(500);
    expect(result).toMatchObject({ appeared: true, stopped: true, collided: false });
    expect(result.reactionMs).toBeCloseTo(500, -2);
    expect(result.reactionM!).toBeCloseTo(reactionDistance(50, 0.5), 0);
    expect(result.brakingM!).toBeCloseTo(brakingDistance(50, 'dry'), 0);
    expect(result.stoppingM!).toBeCloseTo(result.reactionM! + result.brakingM!, 5);
    expect(result.marginM!).toBeGreaterThan(0);
  });

  it('a slow reaction hits the obstacle; never braking too', () => {
    expect(drive(2000).result).toMatchObject({ collided: true, stopped: false });
    expect(drive(undefined).result).toMatchObject({ collided: true });
  });

  it('the same reaction on a wet road needs more room', () => {
    const dry = drive(600, 'dry').result;
    const wet = drive(600, 'wet').result;
    expect(wet.brakingM! / dry.brakingM!).toBeCloseTo(1.5, 1);
  });

  it('checks a stage is fair: stopping is possible with a one-second reaction', () => {
    expect(brakeTestSolvable(stage, 1)).toBe(true);
    expect(brakeTestSolvable({ ...stage, obstacleM: 20 }, 1)).toBe(false);
  });

  it('teaches the French rules of thumb for the stage speed', () => {
    expect(brakeLesson(stage)).toMatchObject({ ruleReactionM: 15, ruleStoppingM: 25 });
    expect(brakeLesson({ ...stage, road: 'wet' }).ruleStoppingM).toBe(37.5);
  });

  it('counts only a fresh press after the obstacle appears', () => {
    const press = new FreshPress();
    expect(press.update(true, false)).toBe(false);
    expect(press.update(true, true)).toBe(false);
    expect(press.update(false, true)).toBe(false);
    expect(press.update(true, true)).toBe(true);
    expect(press.update(true, true)).toBe(false);
  });
});

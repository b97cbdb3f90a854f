import { describe, expect, it } from 'vitest';
import { brakeStageSchema, driveStageSchema } from '../content-schema';
import { brakeLayout } from './brake-test';
import { STEP_MS } from './car';
import { judgeTrace } from './infringements';
import { SeatBrake, SeatDrive } from './seat-drive';

const text = { fr: 'règle', en: 'rule' };
const drive = driveStageSchema.parse({
  kind: 'drive', id: 'd', objective: 'o', source: 's', title: text, rule: text, lengthM: 140,
  signs: [{ code: 'AB4', atM: 90 }], junction: { atM: 100, kind: 'stop', traffic: [{ from: 'right' }] },
});

describe('a seat driving a stage', () => {
  it('steps in fixed steps of stage time, whatever the frames', () => {
    const coarse = new SeatDrive(drive);
    const fine = new SeatDrive(drive);
    coarse.advance(1000, { throttle: 1, brake: 0 });
    for (let t = 16; t <= 1000; t += 16) fine.advance(t, { throttle: 1, brake: 0 });
    fine.advance(1000, { throttle: 1, brake: 0 });
    expect(fine.car).toEqual(coarse.car);
    expect(coarse.tMs).toBe(1000);
    expect(coarse.trace).toHaveLength(1000 / STEP_MS + 1);
  });

  it('finds live the same mistakes as judging its whole trace afterwards', () => {
    const seat = new SeatDrive(drive);
    const live = [];
    for (let t = 0; t <= 20_000 && !seat.finished; t += 33) live.push(...seat.advance(t, { throttle: 0.6, brake: 0 }));
    expect(live.map((i) => i.kind)).toEqual(['speed', 'stop', 'yield']);
    expect(judgeTrace(drive, seat.trace).infringements).toEqual(live);
    expect(seat.finished).toBe(true);
  });

  it('signals a way with the d-pad until it enters the junction', () => {
    const seat = new SeatDrive(drive);
    expect(seat.way).toBe('straight');
    expect(seat.signal(1)).toBe(true);
    expect(seat.way).toBe('right');
    expect(seat.signal(1)).toBe(false);
    seat.signal(-1);
    seat.signal(-1);
    expect(seat.way).toBe('left');
    seat.advance(30_000, { throttle: 1, brake: 0 });
    expect(seat.wayLocked).toBe(true);
    expect(seat.signal(1)).toBe(false);
  });
});

describe('a seat in a brake test', () => {
  const stage = brakeStageSchema.parse({ kind: 'brake', id: 'b', objective: 'o', source: 's', title: text, rule: text, speedKmh: 50, road: 'dry', obstacleM: 30 });

  it('cruises whatever the pedals until the obstacle appears, then brakes on a fresh press', () => {
    const seat = new SeatBrake(stage, brakeLayout(stage, 0));
    seat.advance(1000, true);
    expect(seat.engaged).toBe(false);
    expect(seat.car.v).toBeCloseTo(50 / 3.6);
    let t = 1000;
    while (!seat.judge.appeared) seat.advance((t += STEP_MS), true);
    seat.advance((t += 300), true);
    expect(seat.engaged).toBe(false);
    seat.advance((t += STEP_MS), false);
    seat.advance((t += STEP_MS), true);
    expect(seat.engaged).toBe(true);
    while (!seat.done) seat.advance((t += STEP_MS), true);
    expect(seat.result()).toMatchObject({ stopped: true, collided: false });
    expect(seat.result().reactionMs).toBeGreaterThanOrEqual(300);
  });

  it('hits the obstacle when the seat never brakes, and stays against it', () => {
    const seat = new SeatBrake(stage, brakeLayout(stage, 0.5));
    seat.advance(15_000, false);
    expect(seat.result()).toMatchObject({ collided: true });
    expect(seat.car).toEqual({ s: brakeLayout(stage, 0.5).obstacleS, v: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { CAR_DYNAMICS, cruise, pedalsFrom, stepCar } from './car';
import { brakingDistance, kmhToMps } from './distances';

describe('the seat car', () => {
  it('accelerates with the throttle and never beyond its top speed', () => {
    let car = { s: 0, v: 0 };
    for (let i = 0; i < 100; i++) car = stepCar(car, { throttle: 1, brake: 0 }, 10, 'dry');
    expect(car.v).toBeCloseTo(CAR_DYNAMICS.accel, 5);
    for (let i = 0; i < 10_000; i++) car = stepCar(car, { throttle: 1, brake: 0 }, 10, 'dry');
    expect(car.v).toBeCloseTo(kmhToMps(CAR_DYNAMICS.maxKmh));
  });

  it('brakes to exactly zero over the braking distance, and does not roll back', () => {
    let car = { s: 0, v: kmhToMps(50) };
    for (let i = 0; i < 1000; i++) car = stepCar(car, { throttle: 0, brake: 1 }, 10, 'dry');
    expect(car.v).toBe(0);
    expect(car.s).toBeCloseTo(brakingDistance(50, 'dry'), 6);
  });

  it('gives the same result whatever the step size (time-based, not frame-based)', () => {
    let fine = { s: 0, v: 0 };
    let coarse = { s: 0, v: 0 };
    for (let i = 0; i < 300; i++) fine = stepCar(fine, { throttle: 1, brake: 0 }, 10, 'dry');
    for (let i = 0; i < 60; i++) coarse = stepCar(coarse, { throttle: 1, brake: 0 }, 50, 'dry');
    expect(coarse.v).toBeCloseTo(fine.v, 6);
    expect(coarse.s).toBeCloseTo(fine.s, 6);
  });

  it('cruises at a steady speed', () => {
    expect(cruise({ s: 10, v: 20 }, 500)).toEqual({ s: 20, v: 20 });
  });

  it('reads the pad: up or A accelerates, down or B brakes, braking wins', () => {
    expect(pedalsFrom({ move: { y: -1 }, confirm: false, back: false })).toEqual({ throttle: 1, brake: 0 });
    expect(pedalsFrom({ move: { y: 0 }, confirm: true, back: false })).toEqual({ throttle: 1, brake: 0 });
    expect(pedalsFrom({ move: { y: 0.5 }, confirm: false, back: false })).toEqual({ throttle: 0, brake: 0.5 });
    expect(pedalsFrom({ move: { y: 0 }, confirm: true, back: true })).toEqual({ throttle: 0, brake: 1 });
  });
});

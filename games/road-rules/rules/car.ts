import { CAR_BRAKING, kmhToMps, type RoadState } from './distances';

/** The seat's car along its route: `s` metres from the start (its front), `v` in m/s. */
export interface CarState {
  s: number;
  v: number;
}

/** How hard the seat presses, each from 0 to 1. */
export interface Pedals {
  throttle: number;
  brake: number;
}

export const CAR_DYNAMICS = {
  /** Full-throttle acceleration, m/s² (about 0 to 50 km/h in 4.6 s). */
  accel: 3,
  /** Slowing when neither pedal is pressed (rolling and air), m/s². */
  coast: 0.4,
  maxKmh: 130,
} as const;

/** Physics advance in fixed steps of round time, one per tick of the rules, so a trace replays the same whatever the frame rate. At 20 ms a car at 130 km/h moves 0.7 m a step, and a stop inside a step is exact. */
export const STEP_MS = 20;

/** The seat's input as pedals: up or A accelerates, down or B brakes; braking wins when both. */
export function pedalsFrom(input: { move: { y: number }; confirm: boolean; back: boolean }): Pedals {
  const brake = Math.max(input.back ? 1 : 0, Math.max(0, input.move.y));
  const throttle = brake > 0 ? 0 : Math.max(input.confirm ? 1 : 0, Math.max(0, -input.move.y));
  return { throttle: Math.min(1, throttle), brake: Math.min(1, brake) };
}

/**
 * Advances the car by `dtMs` of round time. Braking to a standstill stops exactly at v = 0 and
 * never rolls backward; the distance covered while braking is exact for constant deceleration.
 */
export function stepCar(car: CarState, pedals: Pedals, dtMs: number, road: RoadState): CarState {
  const dt = dtMs / 1000;
  if (dt <= 0) return car;
  const brake = Math.min(1, Math.max(0, pedals.brake));
  const throttle = brake > 0 ? 0 : Math.min(1, Math.max(0, pedals.throttle));
  // Braking includes the rolling drag: full brake decelerates at exactly CAR_BRAKING.
  const a = throttle > 0 ? throttle * CAR_DYNAMICS.accel : car.v > 0 ? -Math.max(brake * CAR_BRAKING[road], CAR_DYNAMICS.coast) : 0;
  const vMax = kmhToMps(CAR_DYNAMICS.maxKmh);
  if (a < 0 && car.v + a * dt <= 0) {
    // Stops inside this step: covers v²/2|a| and rests.
    return { s: car.s + (car.v * car.v) / (2 * -a), v: 0 };
  }
  const v = Math.min(vMax, Math.max(0, car.v + a * dt));
  return { s: car.s + ((car.v + v) / 2) * dt, v };
}

/** Holds a steady speed: the brake-test car cruises until the seat reacts. */
export function cruise(car: CarState, dtMs: number): CarState {
  return { s: car.s + car.v * (dtMs / 1000), v: car.v };
}

/** A car is stopped when its speed is exactly zero (braking clamps there). */
export function isStopped(car: { v: number }): boolean {
  return car.v <= 0;
}

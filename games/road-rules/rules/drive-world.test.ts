import { describe, expect, it } from 'vitest';
import { driveStageSchema, type DriveStage } from '../content-schema';
import { kmhToMps } from './distances';
import { DriveWorld, walkerHasPriority } from './drive-world';
import { crossingEdges, LINE_GAP_M, ROAD_HALF_M, stopLine } from './route';

const text = { fr: 'règle', en: 'rule' };
const stage = (extra: Record<string, unknown>): DriveStage =>
  driveStageSchema.parse({ kind: 'drive', id: 'w', objective: 'o', source: 's', title: text, rule: text, lengthM: 140, ...extra });

/** Runs the world with the seat standing still at `s` for `ms`. */
function waitAt(world: DriveWorld, s: number, fromMs: number, ms: number) {
  for (let t = fromMs; t <= fromMs + ms; t += 20) world.observe({ tMs: t, s, v: 0, way: 'straight' });
}

describe('the world around the seat', () => {
  it('a car that must give way stops at its own line and waits until the seat has crossed', () => {
    const junction = stage({ junction: { atM: 100, kind: 'ab6', traffic: [{ from: 'right', triggerM: 40 }] } });
    const world = new DriveWorld(junction);
    waitAt(world, stopLine(junction.junction!) - 30, 0, 15_000);
    const car = world.cars[0]!;
    expect(car.state).toBe('held');
    expect(car.u).toBeCloseTo(-ROAD_HALF_M - LINE_GAP_M, 1);
    // The seat drives through; then the car goes.
    for (let t = 15_000, s = 66; t < 30_000; t += 20, s += 0.2) world.observe({ tMs: t, s, v: 10, way: 'straight' });
    expect(['driving', 'gone']).toContain(world.cars[0]!.state);
    expect(world.cars[0]!.u).toBeGreaterThan(ROAD_HALF_M);
  });

  it('a car with priority drives through when the seat waits', () => {
    const junction = stage({ junction: { atM: 100, kind: 'stop', traffic: [{ from: 'left', triggerM: 40 }] } });
    const world = new DriveWorld(junction);
    waitAt(world, stopLine(junction.junction!) - 1, 0, 20_000);
    expect(world.cars[0]!.state).toBe('gone');
  });

  it('a pedestrian waits at the kerb, crosses at walking pace, and the seat must let them', () => {
    const crossing = stage({ crossing: { atM: 60, pedestrians: [{ side: 'left', triggerM: 30, waitS: 1 }] } });
    const world = new DriveWorld(crossing);
    const near = crossingEdges(crossing.crossing!).near;
    world.observe({ tMs: 0, s: near - 50, v: kmhToMps(30), way: 'straight' });
    expect(world.walkers[0]!.state).toBe('idle');
    world.observe({ tMs: 100, s: near - 29, v: 0, way: 'straight' });
    expect(world.walkers[0]!.state).toBe('waiting');
    expect(walkerHasPriority(world.walkers[0]!)).toBe(true);
    waitAt(world, near - 29, 200, 1_500);
    expect(world.walkers[0]!.state).toBe('walking');
    waitAt(world, near - 29, 1_800, 10_000);
    expect(world.walkers[0]!.state).toBe('done');
    expect(walkerHasPriority(world.walkers[0]!)).toBe(false);
  });

  it('lights turn amber at the set distance, red after amber, green after the seat has waited', () => {
    const lights = stage({ junction: { atM: 100, kind: 'lights', light: { start: 'green', changeAtM: 30, amberS: 3, redS: 2 } } });
    const world = new DriveWorld(lights);
    const line = stopLine(lights.junction!);
    world.observe({ tMs: 0, s: line - 50, v: 10, way: 'straight' });
    expect(world.seatLight()).toBe('green');
    world.observe({ tMs: 2000, s: line - 29, v: 10, way: 'straight' });
    expect(world.seatLight()).toBe('amber');
    expect(world.light?.amberOnset).toEqual({ distance: 29, v: 10 });
    waitAt(world, line - 2, 2020, 3000);
    expect(world.seatLight()).toBe('red');
    waitAt(world, line - 2, 5040, 2100);
    expect(world.seatLight()).toBe('green');
  });
});

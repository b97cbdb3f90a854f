import { describe, expect, it } from 'vitest';
import { driveStageSchema, type DriveStage } from '../content-schema';
import { kmhToMps } from './distances';
import type { CarSample } from './drive-world';
import { couldStopAtAmber, judgeTrace, SPEEDING_GRACE_MS } from './infringements';
import { boxStart, crossingEdges, stopLine } from './route';
import { drivePolicy, findCleanDrive } from './solver';

const text = { fr: 'règle', en: 'rule' };
function stage(extra: Record<string, unknown>): DriveStage {
  return driveStageSchema.parse({ kind: 'drive', id: 'test', objective: 'o', source: 's', title: text, rule: text, lengthM: 140, ...extra });
}

/** A trace at a steady speed from s = 0, one sample every 50 ms. */
function steady(kmh: number, untilS: number, way: CarSample['way'] = 'straight'): CarSample[] {
  const v = kmhToMps(kmh);
  const trace: CarSample[] = [];
  for (let t = 0; t * v / 1000 <= untilS; t += 50) trace.push({ tMs: t, s: (t * v) / 1000, v, way });
  return trace;
}

const kinds = (s: DriveStage, trace: CarSample[]) => judgeTrace(s, trace).infringements.map((i) => i.kind);

describe('STOP (AB4)', () => {
  const stop = stage({ junction: { atM: 100, kind: 'stop' } });
  const line = stopLine(stop.junction!);

  it('rolling through the line without a full stop is an infringement, even with nobody around', () => {
    expect(kinds(stop, drivePolicy(stop, { kmh: 30, way: 'straight', stops: [] }).trace)).toEqual(['stop']);
  });

  it('slowing to walking pace is not stopping', () => {
    const short = stage({ lengthM: 60, junction: { atM: 40, kind: 'stop' } });
    const crawl = drivePolicy(short, { kmh: 5, way: 'straight', stops: [] });
    expect(crawl.verdict).toMatchObject({ finished: true, infringements: [{ kind: 'stop' }] });
  });

  it('a full stop at the line, then going, is clean', () => {
    const run = drivePolicy(stop, { kmh: 30, way: 'straight', stops: [{ atS: line - 1, waitS: 0 }] });
    expect(run.verdict).toMatchObject({ infringements: [], finished: true });
  });

  it('a stop far before the line does not count: the stop is made at the line', () => {
    const early = drivePolicy(stop, { kmh: 30, way: 'straight', stops: [{ atS: line - 15, waitS: 1 }] });
    expect(early.verdict.infringements.map((i) => i.kind)).toEqual(['stop']);
  });

  it('after the stop, the seat still gives way to a car on the other road', () => {
    const busy = stage({ junction: { atM: 100, kind: 'stop', traffic: [{ from: 'left', kmh: 30, triggerM: 15, arriveS: 5 }] } });
    const hasty = drivePolicy(busy, { kmh: 30, way: 'straight', stops: [{ atS: stopLine(busy.junction!) - 1, waitS: 0 }] });
    expect(hasty.verdict.infringements.map((i) => i.kind)).toEqual(['yield']);
    expect(findCleanDrive(busy)?.policy.stops[0]?.waitS).toBeGreaterThan(0);
  });
});

describe('giving way', () => {
  it('at an unsigned junction, driving on with a car coming from the right is refusing priority to the right', () => {
    const junction = stage({ junction: { atM: 100, kind: 'unsigned', traffic: [{ from: 'right' }] } });
    const verdict = judgeTrace(junction, steady(40, 140));
    expect(verdict.infringements).toMatchObject([{ kind: 'yield', junction: 'unsigned', sign: { code: 'AB1' } }]);
  });

  it('at an unsigned junction a car from the left gives way to the seat', () => {
    const junction = stage({ junction: { atM: 100, kind: 'unsigned', traffic: [{ from: 'left' }] } });
    expect(kinds(junction, steady(40, 140))).toEqual([]);
  });

  it('at a yield sign (AB3a) the seat need not stop when the road is clear, but must let a coming car pass', () => {
    const clear = stage({ junction: { atM: 100, kind: 'yield' } });
    expect(kinds(clear, steady(30, 140))).toEqual([]);
    const busy = stage({ junction: { atM: 100, kind: 'yield', traffic: [{ from: 'left' }] } });
    expect(judgeTrace(busy, steady(30, 140)).infringements).toMatchObject([{ kind: 'yield', sign: { code: 'AB3a' } }]);
  });

  it('on a priority road (AB6) the seat drives on: the side roads give way', () => {
    const main = stage({ junction: { atM: 100, kind: 'ab6', traffic: [{ from: 'right' }, { from: 'left' }] } });
    expect(kinds(main, steady(40, 140))).toEqual([]);
  });

  it('a car with priority still far away does not stop the seat', () => {
    const far = stage({ junction: { atM: 100, kind: 'yield', traffic: [{ from: 'right', kmh: 20, triggerM: 15, arriveS: 8 }] } });
    expect(kinds(far, steady(50, 140))).toEqual([]);
    const near = stage({ junction: { atM: 100, kind: 'yield', traffic: [{ from: 'right', kmh: 20, triggerM: 15, arriveS: 2 }] } });
    expect(kinds(near, steady(50, 140))).toEqual(['yield']);
  });
});

describe('speed', () => {
  it('staying over the limit longer than the grace is speeding, once per stretch', () => {
    const town = stage({ limitKmh: 50 });
    expect(kinds(town, steady(60, 140))).toEqual(['speed']);
    expect(kinds(town, steady(50, 140))).toEqual([]);
  });

  it('a B14 sign sets the limit from where it stands, and a zone 30 (B30) too', () => {
    const sign = stage({ limitKmh: 50, signs: [{ code: 'B14', kmh: 30, atM: 60 }] });
    const verdict = judgeTrace(sign, steady(45, 140));
    expect(verdict.infringements).toMatchObject([{ kind: 'speed', limitKmh: 30, sign: { code: 'B14', kmh: 30 } }]);
    expect(verdict.infringements[0]!.atM).toBeGreaterThan(60);
    const zone = stage({ limitKmh: 50, signs: [{ code: 'B30', atM: 60 }, { code: 'B51', atM: 100 }] });
    expect(judgeTrace(zone, steady(45, 140)).infringements).toMatchObject([{ kind: 'speed', limitKmh: 30, sign: { code: 'B30' } }]);
  });

  it('a short overshoot under the grace is forgiven', () => {
    const town = stage({ limitKmh: 50, lengthM: 60 });
    const trace = steady(48, 60).map((sample) => (sample.tMs > 1000 && sample.tMs < 1000 + SPEEDING_GRACE_MS - 100 ? { ...sample, v: kmhToMps(55) } : sample));
    expect(kinds(town, trace)).toEqual([]);
  });
});

describe('traffic lights', () => {
  it('crossing the line on red is an infringement; waiting for green is clean', () => {
    const red = stage({ junction: { atM: 100, kind: 'lights', light: { start: 'red', redS: 2 } } });
    expect(kinds(red, steady(30, 140))).toEqual(['red']);
    expect(findCleanDrive(red)).toBeDefined();
  });

  it('amber means stop when one can: crossing on amber far from the line is an infringement', () => {
    const early = stage({ junction: { atM: 100, kind: 'lights', light: { start: 'green', changeAtM: 30, amberS: 3 } } });
    expect(kinds(early, steady(40, 140))).toEqual(['amber']);
    expect(findCleanDrive(early)).toBeDefined();
  });

  it('amber too close to stop safely: going on is right', () => {
    const late = stage({ junction: { atM: 100, kind: 'lights', light: { start: 'green', changeAtM: 5, amberS: 3 } } });
    expect(kinds(late, steady(40, 140))).toEqual([]);
    expect(couldStopAtAmber(5, kmhToMps(40), 'dry')).toBe(false);
    expect(couldStopAtAmber(40, kmhToMps(40), 'dry')).toBe(true);
  });
});

describe('pedestrians', () => {
  const crossing = stage({ crossing: { atM: 80, pedestrians: [{ side: 'right', triggerM: 40, waitS: 1 }] } });

  it('driving onto the crossing while a pedestrian crosses or waits to cross is an infringement', () => {
    expect(judgeTrace(crossing, steady(40, 140)).infringements).toMatchObject([{ kind: 'pedestrian', sign: { code: 'C20a' } }]);
  });

  it('stopping before the crossing and letting them cross is clean', () => {
    const near = crossingEdges(crossing.crossing!).near;
    const patient = drivePolicy(crossing, { kmh: 30, way: 'straight', stops: [{ atS: near - 1.5, waitS: 7 }] });
    expect(patient.verdict).toMatchObject({ infringements: [], finished: true });
  });
});

describe('ways', () => {
  it('taking a forbidden way is an infringement with the sign that forbids it', () => {
    const noEntry = stage({ junction: { atM: 100, kind: 'ab6', forbidden: ['straight'], wayRuleSign: { code: 'B1' } } });
    expect(judgeTrace(noEntry, steady(30, 140)).infringements).toMatchObject([{ kind: 'wrong-way', sign: { code: 'B1' } }]);
    expect(kinds(noEntry, steady(30, 140, 'right'))).toEqual([]);
  });
});

describe('judging a trace', () => {
  it('is deterministic: the same trace gives the same verdict', () => {
    const busy = stage({ junction: { atM: 100, kind: 'unsigned', traffic: [{ from: 'right' }] }, crossing: { atM: 60, pedestrians: [{ side: 'left', triggerM: 30 }] } });
    const trace = steady(45, 140);
    expect(judgeTrace(busy, trace)).toEqual(judgeTrace(busy, trace));
  });

  it('says whether the car reached the end', () => {
    const plain = stage({});
    expect(judgeTrace(plain, steady(30, 100)).finished).toBe(false);
    expect(judgeTrace(plain, steady(30, 141)).finished).toBe(true);
    expect(boxStart).toBeTypeOf('function');
  });
});

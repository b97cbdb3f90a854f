import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/sdk';
import { brakeStageSchema, driveStageSchema, roadRulesContentSchema } from '../content-schema';
import { brakeLayout } from './brake-test';
import { answerOrder, markStage, maxPointsPerSeat, roundStages, STAGE_POINTS } from './scoring';
import { SeatBrake, SeatDrive } from './seat-drive';

const text = { fr: 'règle', en: 'rule' };
const quiz = (id: string) => ({ kind: 'quiz', id, objective: 'signes', source: 's', sign: { code: 'AB4' }, choices: [text, { fr: 'b', en: 'b' }, { fr: 'c', en: 'c' }, { fr: 'd', en: 'd' }], answer: 2, explain: text });
const content = roadRulesContentSchema.parse({ stagesPerRound: 2, order: 'shuffle', stages: [quiz('q1'), quiz('q2'), quiz('q3')] });
const question = content.stages[0]!;
const stop = driveStageSchema.parse({ kind: 'drive', id: 'stop', objective: 'o', source: 's', title: text, rule: text, lengthM: 140, junction: { atM: 60, kind: 'stop' } });
const brake = brakeStageSchema.parse({ kind: 'brake', id: 'b', objective: 'o', source: 's', title: text, rule: text, speedKmh: 50, road: 'dry', obstacleM: 30 });

describe('marking a stage', () => {
  it('a right answer earns the stage points; a wrong one nothing; no press is unanswered, with no response', () => {
    expect(markStage(question, { kind: 'quiz', choice: 2 })).toMatchObject({ outcome: 'correct', points: STAGE_POINTS, response: '2' });
    expect(markStage(question, { kind: 'quiz', choice: 1 })).toMatchObject({ outcome: 'wrong', points: 0, response: '1' });
    expect(markStage(question, { kind: 'quiz', choice: null })).toEqual({ outcome: 'unanswered', points: 0 });
  });

  it('a drive nobody touched is unanswered, even when its car rolled through the STOP on its own', () => {
    const rolled = new SeatDrive(stop);
    rolled.advance(40_000, { throttle: 0, brake: 0 });
    expect(rolled.infringements.map((i) => i.kind)).toEqual(['stop']);
    expect(markStage(stop, { kind: 'drive', drive: rolled, touched: false })).toMatchObject({ outcome: 'unanswered', points: 0 });
  });

  it('a driven car earns the points only when it reaches the end without a mistake', () => {
    const rushed = new SeatDrive(stop);
    rushed.advance(40_000, { throttle: 1, brake: 0 });
    expect(markStage(stop, { kind: 'drive', drive: rushed, touched: true })).toMatchObject({ outcome: 'wrong', points: 0, response: 'speed,stop' });
    const stuck = new SeatDrive(stop);
    stuck.advance(40_000, { throttle: 0, brake: 1 });
    expect(markStage(stop, { kind: 'drive', drive: stuck, touched: true })).toMatchObject({ outcome: 'wrong', response: 'timeout', detail: { finished: false } });
  });

  it('a brake test is answered by pressing the brake, and kept by stopping short of the obstacle', () => {
    const layout = brakeLayout(brake, 0);
    const idle = new SeatBrake(brake, layout);
    idle.advance(25_000, false);
    expect(markStage(brake, { kind: 'brake', brake: idle, touched: false })).toMatchObject({ outcome: 'unanswered', points: 0 });
    expect(markStage(brake, { kind: 'brake', brake: idle, touched: true })).toMatchObject({ outcome: 'wrong', response: 'collided' });
    const careful = new SeatBrake(brake, layout);
    let t = 0;
    while (!careful.judge.appeared) careful.advance((t += 20), false);
    while (!careful.done) careful.advance((t += 20), true);
    expect(markStage(brake, { kind: 'brake', brake: careful, touched: true })).toMatchObject({ outcome: 'correct', points: STAGE_POINTS, response: 'stopped' });
  });

  it('declares the true maximum: stages per round × stage points', () => {
    expect(maxPointsPerSeat(content)).toBe(2 * STAGE_POINTS);
    expect(maxPointsPerSeat({ stages: content.stages })).toBe(3 * STAGE_POINTS);
  });

  it('draws the round stages and answer order from the seed, the same for the same seed', () => {
    const ids = (seed: number) => roundStages(content, createRandom(seed)).map((s) => s.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).toHaveLength(2);
    expect([...answerOrder(createRandom(3))].sort()).toEqual([0, 1, 2, 3]);
  });
});

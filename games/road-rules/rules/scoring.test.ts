import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/sdk';
import { roadRulesContentSchema } from '../content-schema';
import { answerOrder, choiceOfButton, maxPointsPerSeat, roundStages, stageEvidence, stagePoints, STAGE_POINTS } from './scoring';

const text = { fr: 'règle', en: 'rule' };
const quiz = (id: string) => ({ kind: 'quiz', id, objective: 'signes', source: 's', sign: { code: 'AB4' }, choices: [text, { fr: 'b', en: 'b' }, { fr: 'c', en: 'c' }, { fr: 'd', en: 'd' }], answer: 2, explain: text });
const content = roadRulesContentSchema.parse({ stagesPerRound: 2, order: 'shuffle', stages: [quiz('q1'), quiz('q2'), quiz('q3')] });
const stage = content.stages[0]!;

describe('points and evidence', () => {
  it('a right answer earns the stage points and correct evidence; a wrong one or none, nothing', () => {
    const right = { kind: 'quiz' as const, choice: 2, answerMs: 3200, timeLimitMs: 15_000 };
    expect(stagePoints(stage, right)).toBe(STAGE_POINTS);
    expect(stageEvidence(stage, right, 'pad-0')).toEqual({ seat: 'pad-0', objective: 'signes', item: 'q1', correct: true, responseMs: 3200 });
    expect(stagePoints(stage, { kind: 'quiz', choice: 1, answerMs: 1000, timeLimitMs: 15_000 })).toBe(0);
    expect(stageEvidence(stage, { kind: 'quiz', choice: undefined, answerMs: undefined, timeLimitMs: 15_000 }, 'pad-0')).toMatchObject({ correct: false, responseMs: 15_000 });
  });

  it('a drive earns points only when finished without any infringement', () => {
    const clean = { kind: 'drive' as const, verdict: { infringements: [], finished: true, finishedAtMs: 12_000 }, elapsedMs: 12_000 };
    expect(stagePoints(stage, clean)).toBe(STAGE_POINTS);
    expect(stagePoints(stage, { ...clean, verdict: { infringements: [], finished: false } })).toBe(0);
    expect(stagePoints(stage, { ...clean, verdict: { ...clean.verdict, infringements: [{ kind: 'stop', atMs: 1, atM: 1, sign: { code: 'AB4' } }] } })).toBe(0);
  });

  it('a brake test earns points when the car stopped before the obstacle', () => {
    expect(stagePoints(stage, { kind: 'brake', result: { appeared: true, stopped: true, collided: false, reactionMs: 700 }, elapsedMs: 5000 })).toBe(STAGE_POINTS);
    expect(stagePoints(stage, { kind: 'brake', result: { appeared: true, stopped: false, collided: true }, elapsedMs: 5000 })).toBe(0);
  });

  it('declares the true maximum: stages per round × stage points', () => {
    expect(maxPointsPerSeat(content)).toBe(2 * STAGE_POINTS);
    expect(maxPointsPerSeat({ stages: content.stages })).toBe(3 * STAGE_POINTS);
  });

  it('draws the round stages and answer order from the seed, the same for the same seed', () => {
    const ids = (seed: number) => roundStages(content, createRandom(seed)).map((s) => s.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).toHaveLength(2);
    const order = answerOrder(createRandom(3));
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceOfButton(order, order.indexOf(2))).toBe(2);
  });
});

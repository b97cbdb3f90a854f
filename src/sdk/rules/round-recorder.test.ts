import { describe, expect, it } from 'vitest';
import { RoundRecorder } from './round-recorder';
import { roundRecordSchema } from '../../shared/round/round-record';
import type { ContentPack } from '../../shared/pack/content-pack';

const pack = {
  id: 'demo',
  version: '1.0.0',
  objectives: [{ id: 'demo/sleep', title: { fr: 'Sommeil', en: 'Sleep' } }],
} as unknown as ContentPack;
const seats = [
  { seat: 'pad-0', input: 'pad' as const },
  { seat: 'kb-left', input: 'keyboard' as const },
];

describe('RoundRecorder', () => {
  it('counts attempts per seat and item, and accepts an objective slug', () => {
    const r = new RoundRecorder(pack, seats);
    r.record({ seat: 'pad-0', objective: 'sleep', item: 'q1', outcome: 'wrong', responseMs: 900 }, 1000);
    const second = r.record({ seat: 'pad-0', objective: 'demo/sleep', item: 'q1', outcome: 'correct', responseMs: 400 }, 2000);
    expect(second.attempt).toBe(2);
    expect(second.objective).toBe('demo/sleep');
  });

  it('refuses evidence for an objective the pack does not declare, naming it', () => {
    const r = new RoundRecorder(pack, seats);
    expect(() => r.record({ seat: 'pad-0', objective: 'food', item: 'q1', outcome: 'correct', responseMs: 1 }, 0)).toThrow(/demo\/food/);
  });

  it('refuses points for a seat that is not in the round, and fractional points', () => {
    const r = new RoundRecorder(pack, seats);
    expect(() => r.award('pad-3', 10, 'x', 0)).toThrow(/pad-3/);
    expect(() => r.award('pad-0', 1.5, 'x', 0)).toThrow(/whole/);
  });

  it('gives points and accuracy apart, and a record the server schema accepts', () => {
    const r = new RoundRecorder(pack, seats);
    r.award('pad-0', 100, 'right answer', 500);
    r.award('pad-0', 50, 'fast', 500);
    r.record({ seat: 'pad-0', objective: 'sleep', item: 'q1', outcome: 'correct', responseMs: 400 }, 500);
    r.record({ seat: 'pad-0', objective: 'sleep', item: 'q2', outcome: 'wrong', responseMs: 800 }, 900);
    expect(r.totals('pad-0')).toEqual({ points: 150, correct: 1, answered: 2, items: 2, accuracy: 0.5 });
    expect(r.totals('kb-left').accuracy).toBeNull();
    const record = r.toRecord({
      id: '5b3c8f5e-8a65-4c0a-9a53-0f4a3b6c1d2e',
      game: { id: 'quiz-duel', version: '1.0.0' },
      sdk: 1,
      seed: 42,
      screen: 'screen-1',
      startedAt: new Date('2026-11-29T10:00:00Z'),
      endedAt: new Date('2026-11-29T10:05:00Z'),
      endReason: 'complete',
    });
    expect(roundRecordSchema.safeParse(record).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom, type ChoiceIndex } from '../../src/sdk';
import type { Question } from './content-schema';
import { ROUND_LIMITS } from './content-schema';
import quizDuel from './index';
import { MAX_POINTS_PER_QUESTION, drawQuestions, longestRoundMs, markAnswer, maxPointsPerSeat, pointsFor, speedBonus } from './rules';

const ANSWER_MS = 20_000;

const question = (id: string, answer: ChoiceIndex): Question => ({
  id,
  objective: 'sommeil',
  prompt: { fr: `Question ${id} ?`, en: `Question ${id}?` },
  choices: ['A', 'B', 'X', 'Y'].map((letter) => ({ fr: `Réponse ${letter}`, en: `Answer ${letter}` })),
  answer,
  explanation: { fr: 'Parce que.', en: 'Because.' },
  source: 'aasm-2016',
});

describe('points', () => {
  it('gives a known amount for an instant right answer: base + full bonus', () => {
    expect(pointsFor({ correct: true, responseMs: 0 }, ANSWER_MS)).toBe(150);
    expect(MAX_POINTS_PER_QUESTION).toBe(150);
  });

  it('pays the speed bonus in bands of the answer time, band edges included', () => {
    expect(speedBonus(5_000, ANSWER_MS)).toBe(50); // 25 %
    expect(speedBonus(5_001, ANSWER_MS)).toBe(30);
    expect(speedBonus(10_000, ANSWER_MS)).toBe(30); // 50 %
    expect(speedBonus(10_001, ANSWER_MS)).toBe(10);
    expect(speedBonus(15_000, ANSWER_MS)).toBe(10); // 75 %
    expect(speedBonus(15_001, ANSWER_MS)).toBe(0);
    expect(pointsFor({ correct: true, responseMs: 19_999 }, ANSWER_MS)).toBe(100);
  });

  it('gives nothing for a wrong answer, however fast, nor for one after the time is up', () => {
    expect(pointsFor({ correct: false, responseMs: 0 }, ANSWER_MS)).toBe(0);
    expect(pointsFor({ correct: true, responseMs: 20_001 }, ANSWER_MS)).toBe(0);
  });

  it('never pays more for a slower right answer, and stays within 100–150', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ANSWER_MS }), fc.integer({ min: 0, max: ANSWER_MS }), (a, b) => {
        const [fast, slow] = a <= b ? [a, b] : [b, a];
        const pFast = pointsFor({ correct: true, responseMs: fast }, ANSWER_MS);
        const pSlow = pointsFor({ correct: true, responseMs: slow }, ANSWER_MS);
        return pFast >= pSlow && pSlow >= 100 && pFast <= MAX_POINTS_PER_QUESTION;
      }),
    );
  });

  it('makes the pack maximum questionsPerRound × 150', () => {
    expect(maxPointsPerSeat(8)).toBe(1200);
    expect(maxPointsPerSeat(1)).toBe(150);
  });
});

describe('drawing the questions of a round', () => {
  const pack = Array.from({ length: 30 }, (_, i) => question(`q${i}`, (i % 4) as ChoiceIndex));

  it('draws distinct questions from the pack, the same for the same seed', () => {
    const first = drawQuestions(pack, 8, createRandom(42)).map((q) => q.id);
    expect(first).toHaveLength(8);
    expect(new Set(first).size).toBe(8);
    expect(drawQuestions(pack, 8, createRandom(42)).map((q) => q.id)).toEqual(first);
    expect(drawQuestions(pack, 8, createRandom(43)).map((q) => q.id)).not.toEqual(first);
  });

  it('reaches every question over many seeds and leaves the pack untouched', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) drawQuestions(pack, 8, createRandom(seed)).forEach((q) => seen.add(q.id));
    expect(seen.size).toBe(30);
    expect(pack.map((q) => q.id)).toEqual(Array.from({ length: 30 }, (_, i) => `q${i}`));
  });

  it('refuses to draw more questions than the pack has', () => {
    expect(() => drawQuestions(pack, 31, createRandom(1))).toThrow(/31 questions from a pack of 30/);
  });
});

describe('marking an answer', () => {
  const q = question('som-13-18', 2);
  const draft = (answer: 0 | 1 | 2 | 3 | null, lockedAtMs: number | null) => ({ answer, locked: answer !== null, lockedAtMs });

  it('accepts only the authored right answer, with its points, its button as the response and why', () => {
    expect(markAnswer(q, draft(2, 4_000), ANSWER_MS)).toEqual({ outcome: 'correct', points: 150, response: '2', reason: 'som-13-18: right in 4000 ms' });
    expect([0, 1, 3].map((choice) => markAnswer(q, draft(choice as 0 | 1 | 3, 100), ANSWER_MS))).toEqual(
      ['0', '1', '3'].map((response) => ({ outcome: 'wrong', points: 0, response })),
    );
  });

  it('marks no press as unanswered, never as wrong', () => {
    expect(markAnswer(q, draft(null, null), ANSWER_MS)).toEqual({ outcome: 'unanswered', points: 0 });
  });
});

describe('round length', () => {
  it('fits the longest round the content schema allows inside maxDurationS', () => {
    const longest = longestRoundMs(ROUND_LIMITS.questionsPerRound.max, ROUND_LIMITS.answerTimeS.max);
    expect(longest).toBeLessThan(quizDuel.maxDurationS * 1000);
  });
});

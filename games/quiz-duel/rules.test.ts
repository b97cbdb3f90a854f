import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../src/sdk';
import type { Question } from './content-schema';
import { ROUND_LIMITS } from './content-schema';
import quizDuel from './index';
import {
  AnswerSheet,
  MAX_POINTS_PER_QUESTION,
  drawQuestions,
  isCorrect,
  longestRoundMs,
  markAnswers,
  maxPointsPerSeat,
  pointsFor,
  speedBonus,
  standings,
} from './rules';

const ANSWER_MS = 20_000;

const question = (id: string, answer: number): Question => ({
  id,
  objective: 'sommeil',
  prompt: { fr: `Question ${id} ?`, en: `Question ${id}?` },
  choices: ['A', 'B', 'X', 'Y'].map((letter) => ({ fr: `Réponse ${letter}`, en: `Answer ${letter}` })),
  answer,
  explanation: { fr: 'Parce que.', en: 'Because.' },
  source: 'aasm-2016',
});

describe('answer checking', () => {
  it('accepts only the authored right answer', () => {
    const q = question('q', 2);
    expect(isCorrect(q, 2)).toBe(true);
    expect([0, 1, 3].map((choice) => isCorrect(q, choice as 0 | 1 | 3))).toEqual([false, false, false]);
  });
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
  const pack = Array.from({ length: 30 }, (_, i) => question(`q${i}`, i % 4));

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

describe('the answer sheet', () => {
  it('locks the first press and ignores a second one', () => {
    const sheet = new AnswerSheet(['pad-0', 'kb-left']);
    expect(sheet.lock('pad-0', 1, 1234.4)).toBe(true);
    expect(sheet.lock('pad-0', 3, 2000)).toBe(false);
    expect(sheet.answerOf('pad-0')).toEqual({ seat: 'pad-0', choice: 1, responseMs: 1234 });
    expect(sheet.allAnswered).toBe(false);
    expect(sheet.lock('kb-left', 1, 3000)).toBe(true);
    expect(sheet.allAnswered).toBe(true);
    expect(sheet.seatsWhoChose(1)).toEqual(['pad-0', 'kb-left']);
    expect(sheet.seatsWhoChose(3)).toEqual([]);
  });

  it('ignores a seat that is not in the round', () => {
    const sheet = new AnswerSheet(['pad-0']);
    expect(sheet.lock('pad-3', 0, 10)).toBe(false);
    expect(sheet.locked).toEqual([]);
  });
});

describe('marking a question', () => {
  it('scores each answer given and records one piece of evidence per answer, none for silence', () => {
    const sheet = new AnswerSheet(['pad-0', 'pad-1', 'kb-left']);
    sheet.lock('kb-left', 2, 4_000);
    sheet.lock('pad-0', 0, 12_000);
    const marked = markAnswers(sheet, question('som-13-18', 2), ANSWER_MS);
    expect(marked.map(({ seat, correct, points }) => ({ seat, correct, points }))).toEqual([
      { seat: 'pad-0', correct: false, points: 0 },
      { seat: 'kb-left', correct: true, points: 150 },
    ]);
    expect(marked[1]?.evidence).toEqual({ seat: 'kb-left', objective: 'sommeil', item: 'som-13-18', correct: true, responseMs: 4000 });
    expect(marked.map((answer) => answer.evidence.seat)).not.toContain('pad-1');
  });
});

describe('final standings', () => {
  it('ranks by points, ties share a rank and keep seat order', () => {
    const points: Record<string, number> = { a: 300, b: 450, c: 300, d: 0 };
    const correct: Record<string, number> = { a: 2, b: 3, c: 3, d: 0 };
    const lines = standings(['a', 'b', 'c', 'd'], (s) => points[s] ?? 0, (s) => correct[s] ?? 0);
    expect(lines.map((l) => [l.seat, l.rank, l.points, l.correct])).toEqual([
      ['b', 1, 450, 3],
      ['a', 2, 300, 2],
      ['c', 2, 300, 3],
      ['d', 4, 0, 0],
    ]);
  });
});

describe('round length', () => {
  it('fits the longest round the content schema allows inside maxDurationS', () => {
    const longest = longestRoundMs(ROUND_LIMITS.questionsPerRound.max, ROUND_LIMITS.answerTimeS.max);
    expect(longest).toBeLessThan(quizDuel.maxDurationS * 1000);
  });
});

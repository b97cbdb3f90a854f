import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineMiniGame } from '../mini-game';
import { checkRounds, playRound } from '../testing';
import type { ContentPack } from '../../shared/pack/content-pack';
import { choiceAnswer } from './choice-answer';
import { itemRound } from './item-round';
import type { ChoiceIndex } from './rules';

/** A tiny quiz, as a studio would write it with the block: 100 points a right answer. */
interface Question {
  id: string;
  objective: string;
  answer: ChoiceIndex;
}
const contentSchema = z.object({ questions: z.array(z.object({ id: z.string(), objective: z.string(), answer: z.number().int().min(0).max(3) })), perRound: z.number().int() });
type Content = { questions: Question[]; perRound: number };

const rules = itemRound<Content, Question, ChoiceIndex | null>({
  items: ({ content, random }) => random.shuffle(content.questions).slice(0, content.perRound),
  timing: { answerMs: 10_000, revealMs: 3_000, finalMs: 4_000, introMs: 1_000 },
  answer: choiceAnswer({ right: (q) => q.answer }),
  mark: (question, draft) =>
    draft.answer === null
      ? { outcome: 'unanswered', points: 0 }
      : { outcome: draft.answer === question.answer ? 'correct' : 'wrong', points: draft.answer === question.answer ? 100 : 0, response: String(draft.answer) },
  skipAfterMs: 500,
});

const demo = defineMiniGame({
  id: 'demo-quiz', version: '1.0.0', sdk: 2, title: 'title', description: 'title', players: { min: 1, max: 4 }, modes: ['versus'], controls: ['choice4'],
  controllerLayout: 'choice4', contentSchema: contentSchema as unknown as z.ZodType<Content>, rules, bots: { best: rules.bestBot },
  scenes: async () => ({ default: [] }), maxDurationS: 120, locales: { fr: { title: 'Démo' }, en: { title: 'Demo' } },
});

const pack: ContentPack<Content> = {
  id: 'demo', version: '1.0.0', game: 'demo-quiz', title: { fr: 'Démo', en: 'Demo' }, description: { fr: 'd', en: 'd' }, ages: { min: 10, max: 18 },
  players: { min: 1, max: 4 }, durationS: 60, maxPointsPerSeat: 300, sources: [], credits: [], licence: 'CC0-1.0',
  objectives: [{ id: 'demo/a', title: { fr: 'A', en: 'A' } }, { id: 'demo/b', title: { fr: 'B', en: 'B' } }],
  data: { perRound: 3, questions: [{ id: 'q1', objective: 'a', answer: 0 }, { id: 'q2', objective: 'b', answer: 1 }, { id: 'q3', objective: 'a', answer: 2 }, { id: 'q4', objective: 'b', answer: 3 }] },
} as ContentPack<Content>;

describe('item round', () => {
  it('plays a whole round headless with the best bot: every seat right on every item, full points', () => {
    const { record, endReason } = playRound(demo, pack, { seats: 4, seed: 9, bots: demo.bots!.best! });
    expect(endReason).toBe('complete');
    expect(record.evidence).toHaveLength(12);
    expect(record.evidence.every((e) => e.outcome === 'correct' && e.responseMs !== undefined)).toBe(true);
    for (const seat of record.seats) expect(record.scoreLines.filter((l) => l.seat === seat.seat).reduce((s, l) => s + l.points, 0)).toBe(300);
  });

  it('records a seat that never answers as unanswered, never as wrong, with no response time', () => {
    const played = playRound(demo, pack, { seats: 2, seed: 3, bots: [demo.bots!.best!, undefined] });
    const idle = played.record.evidence.filter((e) => e.seat === 'pad-1');
    expect(idle.map((e) => e.outcome)).toEqual(['unanswered', 'unanswered', 'unanswered']);
    expect(idle.some((e) => 'responseMs' in e || 'response' in e)).toBe(false);
    expect(played.engine.totals('pad-1')).toMatchObject({ answered: 0, items: 3, accuracy: null });
    expect(played.engine.totals('pad-0')).toMatchObject({ answered: 3, correct: 3, accuracy: 1 });
  });

  it('locks the first press only and closes an item as soon as every seat has answered', () => {
    const inputs = [
      { seat: 'pad-0', type: 'choice' as const, choice: 3 as const, atMs: 1200 },
      { seat: 'pad-0', type: 'choice' as const, choice: 0 as const, atMs: 1300 },
    ];
    const played = playRound(demo, pack, { seats: 1, seed: 5, inputs });
    const first = played.record.evidence[0]!;
    expect(first).toMatchObject({ response: '3', responseMs: 200, atMs: 1200 });
  });

  it('gives the same record for the same seed and input log, byte for byte', () => {
    const a = playRound(demo, pack, { seats: 3, seed: 11, bots: demo.bots!.best! });
    const b = playRound(demo, pack, { seats: 3, seed: 11, inputs: a.log });
    expect(JSON.stringify(b.record)).toBe(JSON.stringify(a.record));
  });

  it('cuts reveals short when every seat presses confirm, and pace hurries them', () => {
    const slow = playRound(demo, pack, { seats: 1, seed: 2, bots: demo.bots!.best! });
    const quick = playRound(demo, pack, { seats: 1, seed: 2, bots: demo.bots!.best!, pace: 0.1 });
    expect(quick.durationMs).toBeLessThan(slow.durationMs / 2);
  });

  it('passes the round checks of the kit, and they catch a pack whose maximum is out of reach', () => {
    expect(checkRounds(demo, pack, { randomRounds: 50 })).toEqual([]);
    const wrongMax = { ...pack, maxPointsPerSeat: 400 };
    expect(checkRounds(demo, wrongMax, { randomRounds: 5 }).map((p) => p.path)).toContain('maxPointsPerSeat');
    const tooLow = { ...pack, maxPointsPerSeat: 200 };
    expect(checkRounds(demo, tooLow, { randomRounds: 5 }).some((p) => /more than maxPointsPerSeat/.test(p.message))).toBe(true);
  });

  it('ticks answers every tickMs and settles each item as long as its own settleMs says', () => {
    const ticks: number[] = [];
    const timed = itemRound<Content, Question, ChoiceIndex | null>({
      items: ({ content }) => content.questions.slice(0, 2),
      tickMs: 20,
      timing: { answerMs: 10_000, revealMs: 1_000, finalMs: 1_000, answerGuardMs: 300, settleMs: (q) => (q.id === 'q1' ? 700 : 0) },
      answer: { ...choiceAnswer<Question>({ right: (q) => q.answer }), tick: (_answer, _held, _item, { tickMs }) => void ticks.push(tickMs) },
      mark: (q, draft) => ({ outcome: draft.answer === q.answer ? 'correct' : 'wrong', points: 0 }),
    });
    expect(timed.tickMs).toBe(20);
    const game = defineMiniGame({ ...demo, rules: timed, bots: { best: timed.bestBot } });
    const { record } = playRound(game, pack, { seats: 1, seed: 1, bots: timed.bestBot });
    expect(new Set(ticks)).toEqual(new Set([20]));
    // The first item opens at 0 and waits 700 ms in settle after the lock; the second (opened
    // after the 1 s reveal) goes straight to its reveal.
    const [first, second] = record.evidence;
    expect(first!.atMs).toBe(first!.responseMs! + 700);
    expect(second!.atMs).toBe(first!.atMs + 1_000 + second!.responseMs!);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bot, ChoiceIndex, ContentPack, ItemRoundState } from '../../src/sdk';
import { RoundEngine } from '../../src/sdk';
import { checkRounds, playRound } from '../../src/sdk/testing';
import { checkPack, type PackGame } from '../../src/shared/pack/check-pack';
import type { Question, QuizContent } from './content-schema';
import quizDuel from './index';
import { longestRoundMs, type QuizAnswer } from './rules';

type QuizState = ItemRoundState<Question, QuizAnswer>;

/** A shipped pack, parsed by the pack checker as the centre parses it. */
function shippedPack(id: string): ContentPack<QuizContent> {
  const file = fileURLToPath(new URL(`../../content/${id}/pack.json`, import.meta.url));
  const result = checkPack(file, readFileSync(file, 'utf8'), new Map<string, PackGame>([[quizDuel.id, quizDuel]]));
  if (!result.ok) throw new Error(`${id} is refused: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.pack as ContentPack<QuizContent>;
}

/** What a scripted seat does for the question at `index`: press `choice` (or the right/a wrong button) `afterMs` after it opens, or nothing. */
type Step = { press: 'right' | 'wrong' | ChoiceIndex; afterMs: number } | null;

function scripted(plan: (index: number) => Step): Bot<QuizState> {
  return ({ seat, state, now }) => {
    if (state.phase !== 'open' || state.drafts[seat]?.locked) return;
    const step = plan(state.index);
    if (!step || now - state.openedAtMs < step.afterMs) return;
    const right = state.items[state.index]!.answer;
    const choice = step.press === 'right' ? right : step.press === 'wrong' ? (((right + 1) % 4) as ChoiceIndex) : step.press;
    return [{ type: 'choice' as const, choice }];
  };
}

const pack = shippedPack('sante-sport');
const QUESTIONS = pack.data.questionsPerRound;
const ANSWER_MS = pack.data.answerTimeS * 1000;

/** The questions a seed draws, in order (the same draw the round makes). */
function drawn(seed: number): readonly Question[] {
  return (playRound(quizDuel, pack, { seats: 1, seed }).engine.state as QuizState).items;
}

describe('a round of sante-sport, headless', () => {
  it('four seats: always right at once, always wrong, right at 6 s every other question, silent', () => {
    const seed = 7;
    const played = playRound(quizDuel, pack, {
      seats: 4,
      seed,
      bots: [
        scripted(() => ({ press: 'right', afterMs: 0 })),
        scripted(() => ({ press: 'wrong', afterMs: 1_000 })),
        scripted((index) => (index % 2 === 0 ? { press: 'right', afterMs: 6_000 } : null)),
        undefined,
      ],
    });
    expect(played.endReason).toBe('complete');
    // The silent seat keeps every question open to its last moment: the longest round there is.
    expect(played.durationMs).toBe(longestRoundMs(QUESTIONS, pack.data.answerTimeS));

    const totals = ['pad-0', 'pad-1', 'pad-2', 'pad-3'].map((seat) => played.engine.totals(seat));
    expect(totals).toEqual([
      { points: 1200, correct: 8, answered: 8, items: 8, accuracy: 1 },
      { points: 0, correct: 0, answered: 8, items: 8, accuracy: 0 },
      // Right within the first half of the answer time: 100 + 30.
      { points: 4 * 130, correct: 4, answered: 4, items: 8, accuracy: 1 },
      { points: 0, correct: 0, answered: 0, items: 8, accuracy: null },
    ].map((line) => expect.objectContaining(line)));
    expect(played.engine.totals('pad-0').points).toBe(pack.maxPointsPerSeat);

    const questions = drawn(seed);
    const evidenceOf = (seat: string) => played.record.evidence.filter((e) => e.seat === seat).map(({ item, objective, outcome, response, responseMs }) => ({ item, objective, outcome, response, responseMs }));
    const objective = (q: Question) => `sante-sport/${q.objective.replace(/^sante-sport\//, '')}`;
    expect(evidenceOf('pad-0')).toEqual(questions.map((q) => ({ item: q.id, objective: objective(q), outcome: 'correct', response: String(q.answer), responseMs: 0 })));
    expect(evidenceOf('pad-1')).toEqual(questions.map((q) => ({ item: q.id, objective: objective(q), outcome: 'wrong', response: String((q.answer + 1) % 4), responseMs: 1_000 })));
    expect(evidenceOf('pad-2')).toEqual(
      questions.map((q, i) => (i % 2 === 0 ? { item: q.id, objective: objective(q), outcome: 'correct', response: String(q.answer), responseMs: 6_000 } : { item: q.id, objective: objective(q), outcome: 'unanswered', response: undefined, responseMs: undefined })),
    );
    expect(evidenceOf('pad-3').map((e) => e.outcome)).toEqual(Array(QUESTIONS).fill('unanswered'));
    expect(played.record.scoreLines.filter((l) => l.seat === 'pad-0')[0]).toMatchObject({ points: 150, reason: `${questions[0]!.id}: right in 0 ms` });
  });

  it('one keyboard seat: a question closes as soon as it answers; a wrong and a missed one count apart', () => {
    const plan = (index: number): Step => (index === 3 ? { press: 'wrong', afterMs: 2_000 } : index === 5 ? null : { press: 'right', afterMs: 2_000 });
    const played = playRound(quizDuel, pack, { seats: [{ id: 'kb-left', input: 'keyboard' }], seed: 3, bots: scripted(plan) });
    expect(played.engine.totals('kb-left')).toMatchObject({ points: 6 * 150, correct: 6, answered: 7, items: 8, accuracy: 6 / 7 });
    expect(played.record.evidence.map((e) => e.outcome)).toEqual(['correct', 'correct', 'correct', 'wrong', 'correct', 'unanswered', 'correct', 'correct']);
    expect(played.record.evidence.every((e) => e.outcome === 'unanswered' ? e.responseMs === undefined : e.responseMs === 2_000)).toBe(true);
    // Seven questions closed at the press (2 s), one ran out its time; each then showed its reveal.
    expect(played.durationMs).toBe(7 * (2_000 + 5_000) + (ANSWER_MS + 5_000) + 8_000);
  });

  it('keeps the right answer out of the public view until the reveal', () => {
    const engine = new RoundEngine(quizDuel.rules, { pack, seats: [{ id: 'pad-0', input: 'pad' }, { id: 'kb-left', input: 'keyboard' }], seed: 5 });
    const right = (engine.state as QuizState).items[0]!.answer;
    engine.advanceTo(1_000);
    engine.input({ seat: 'pad-0', type: 'choice', choice: right });
    expect(engine.view()).toMatchObject({ phase: 'open', index: 0, locked: 1, timeLeftMs: ANSWER_MS - 1_000 });
    expect(engine.view()).not.toHaveProperty('right');
    engine.input({ seat: 'kb-left', type: 'choice', choice: right });
    expect(engine.view()).toMatchObject({ phase: 'reveal', index: 0, right, seats: { 'pad-0': { points: 150, mark: { outcome: 'correct' } } } });
    expect(engine.drainHappened().map((e) => e.type)).toEqual(['opened', 'locked', 'locked', 'revealed']);
  });

  it('replays the same record from its input log, byte for byte, and pace shortens only the reveals', () => {
    const best = quizDuel.bots!.best!;
    const first = playRound(quizDuel, pack, { seats: 3, seed: 11, bots: best });
    const again = playRound(quizDuel, pack, { seats: 3, seed: 11, inputs: first.log });
    expect(JSON.stringify(again.record)).toBe(JSON.stringify(first.record));
    const quick = playRound(quizDuel, pack, { seats: 3, seed: 11, bots: best, pace: 0.25 });
    expect(quick.durationMs).toBeLessThan(first.durationMs / 2);
    expect(quick.engine.totals('pad-2').points).toBe(pack.maxPointsPerSeat);
  });

  it('passes the kit’s round checks: ends in time, best play reaches maxPointsPerSeat, every objective evidenced, random seats throw nothing', () => {
    expect(checkRounds(quizDuel, pack, { randomRounds: 100 })).toEqual([]);
  });
});

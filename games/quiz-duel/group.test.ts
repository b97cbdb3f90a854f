import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bot, ChoiceIndex, ContentPack, RulesSeat } from '../../src/sdk';
import { RoundEngine } from '../../src/sdk';
import { playRound } from '../../src/sdk/testing';
import { checkPack, type PackGame } from '../../src/shared/pack/check-pack';
import { roundRecordSchema } from '../../src/shared/round/round-record';
import type { QuizContent } from './content-schema';
import type { GroupView } from './group';
import quizDuel from './index';
import type { QuizState } from './rules';

const file = fileURLToPath(new URL('../../content/sante-sport/pack.json', import.meta.url));
const checked = checkPack(file, readFileSync(file, 'utf8'), new Map<string, PackGame>([[quizDuel.id, quizDuel]]));
if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
const pack = checked.pack as ContentPack<QuizContent>;

const phones = (n: number): RulesSeat[] => Array.from({ length: n }, (_, i) => ({ id: `phone-${i}`, input: 'phone' }));

/** Seat i answers right when i % 3 === 0, wrong when i % 3 === 1, and never when i % 3 === 2; faster the lower i. */
const groupBot: Bot<QuizState> = ({ seat, state, now }) => {
  const i = Number(seat.split('-')[1]);
  if (state.phase !== 'open' || state.drafts[seat]?.locked || i % 3 === 2) return;
  if (now - state.openedAtMs < i * 200) return;
  const right = state.items[state.index]!.answer;
  return [{ type: 'choice', choice: (i % 3 === 0 ? right : (right + 1) % 4) as ChoiceIndex }];
};

describe('quiz-duel with a whole group on phones', () => {
  it('plays a 30-seat round to the end, with a record the server’s schema takes', () => {
    const played = playRound(quizDuel, pack, { seats: phones(30), seed: 4, bots: groupBot });
    expect(played.endReason).toBe('complete');
    expect(roundRecordSchema.safeParse(played.record).success).toBe(true);
    expect(played.record.seats).toHaveLength(30);
    expect(played.record.seats.every((s) => s.input === 'phone')).toBe(true);
    const questions = pack.data.questionsPerRound;
    expect(played.record.evidence).toHaveLength(30 * questions);
    expect(played.engine.totals('phone-0')).toMatchObject({ correct: questions, answered: questions, points: pack.maxPointsPerSeat });
    expect(played.engine.totals('phone-1')).toMatchObject({ correct: 0, answered: questions, points: 0 });
    expect(played.engine.totals('phone-2')).toMatchObject({ answered: 0, accuracy: null });
  });

  it('counts answers while a question is open, then gives the distribution and the top five', () => {
    const engine = new RoundEngine(quizDuel.rules, { pack, seats: phones(30), seed: 4 });
    const state = engine.state as QuizState;
    const right = state.items[0]!.answer;
    const wrong = ((right + 1) % 4) as ChoiceIndex;
    engine.advanceTo(500);
    for (let i = 0; i < 12; i++) engine.input({ seat: `phone-${i}`, type: 'choice', choice: i < 7 ? right : wrong });
    const open = engine.view().group as GroupView;
    expect(open).toEqual({ answered: 12, seats: 30, distribution: null, top: null });

    engine.advanceTo(pack.data.answerTimeS * 1000 + 1_000);
    expect(state.phase).toBe('reveal');
    const reveal = engine.view().group as GroupView;
    const choices = [0, 0, 0, 0];
    choices[right] = 7;
    choices[wrong] = 5;
    expect(reveal.distribution).toEqual({ choices, none: 18 });
    expect(reveal.top!.map((line) => line.seat)).toEqual(['phone-0', 'phone-1', 'phone-2', 'phone-3', 'phone-4']);
    expect(reveal.top!.every((line) => line.rank === 1 && line.points === 150)).toBe(true);

    // Each phone learns its own result and rank, and nobody else's.
    expect(engine.seatView('phone-0')).toMatchObject({ phase: 'reveal', mark: { outcome: 'correct', points: 150 }, rank: 1, seats: 30 });
    expect(engine.seatView('phone-8')).toMatchObject({ mark: { outcome: 'wrong', points: 0 }, rank: 8, seats: 30 });
    expect(engine.seatView('phone-20')).toMatchObject({ mark: { outcome: 'unanswered' }, rank: 8 });
    expect(JSON.stringify(engine.seatView('phone-8'))).not.toContain('phone-0');
    // The phone gets the answers' texts and, at the reveal, the fact, in every language.
    const question = state.items[0]!;
    expect(engine.seatView('phone-8')).toMatchObject({ choices: question.choices, explanation: question.explanation });
  });
});

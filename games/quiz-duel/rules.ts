import { choiceAnswer, itemRound, type ChoiceIndex, type ItemRoundState, type Mark, type Random, type SeatDraft } from '../../src/sdk';
import type { Question, QuizContent } from './content-schema';
import { groupView, standingsOf } from './group';

/**
 * Scoring. A right answer earns `base`; a fast right answer earns a speed bonus by band, so an
 * answer given in the first quarter of the answer time always earns exactly base + 50. A wrong
 * answer or no answer earns nothing: guessing fast never pays.
 */
export const SCORING = {
  base: 100,
  /** Checked in order: the first band whose share of the answer time the response fits in. */
  speedBands: [
    { withinShare: 0.25, bonus: 50 },
    { withinShare: 0.5, bonus: 30 },
    { withinShare: 0.75, bonus: 10 },
  ],
} as const;

/** Round time of the reveal after each question and of the final standings (at pace 1). */
export const REVEAL_MS = 5_000;
export const FINAL_MS = 8_000;

/** The most points one question can give a seat. */
export const MAX_POINTS_PER_QUESTION = SCORING.base + SCORING.speedBands[0].bonus;

/** The most points one seat can make in a round: what `maxPointsPerSeat` in pack.json must say. */
export function maxPointsPerSeat(questionsPerRound: number): number {
  return questionsPerRound * MAX_POINTS_PER_QUESTION;
}

/** The longest a round can last in round time: every question runs out its timer. */
export function longestRoundMs(questionsPerRound: number, answerTimeS: number): number {
  return questionsPerRound * (answerTimeS * 1000 + REVEAL_MS) + FINAL_MS;
}

/** The speed bonus of a right answer given `responseMs` after the question opened. */
export function speedBonus(responseMs: number, answerMs: number): number {
  for (const band of SCORING.speedBands) {
    if (responseMs <= band.withinShare * answerMs) return band.bonus;
  }
  return 0;
}

/** Points for one answer; an answer after the time is up counts as no answer. */
export function pointsFor(answer: { correct: boolean; responseMs: number }, answerMs: number): number {
  if (!answer.correct || answer.responseMs > answerMs) return 0;
  return SCORING.base + speedBonus(answer.responseMs, answerMs);
}

/** The questions of one round, in the order they are asked: `count` distinct questions drawn by `random`. */
export function drawQuestions<Q>(questions: readonly Q[], count: number, random: Random): Q[] {
  if (count > questions.length) {
    throw new Error(`cannot draw ${count} questions from a pack of ${questions.length}`);
  }
  return random.shuffle(questions).slice(0, count);
}

/** A seat's answer to a question: the face button it pressed first, or null. */
export type QuizAnswer = ChoiceIndex | null;

/** Marks one seat's answer: no press is `unanswered` (never wrong); the response is the button, 0 = A … 3 = Y. */
export function markAnswer(question: Question, draft: SeatDraft<QuizAnswer>, answerMs: number): Mark {
  if (draft.answer === null) return { outcome: 'unanswered', points: 0 };
  const correct = draft.answer === question.answer;
  const responseMs = draft.lockedAtMs ?? answerMs;
  const points = pointsFor({ correct, responseMs }, answerMs);
  return {
    outcome: correct ? 'correct' : 'wrong',
    points,
    response: String(draft.answer),
    ...(points > 0 ? { reason: `${question.id}: right in ${responseMs} ms` } : {}),
  };
}

/**
 * The rules of quiz-duel on the item-round block: the drawn questions in turn, each open for the
 * pack's answer time or until every seat has pressed, a seat's first press locked; then the
 * reveal, and after the last question the standings.
 */
const questionLoop = itemRound<QuizContent, Question, QuizAnswer>({
  items: ({ content, random }) => drawQuestions(content.questions, content.questionsPerRound, random),
  timing: (content) => ({ answerMs: content.answerTimeS * 1000, revealMs: REVEAL_MS, finalMs: FINAL_MS }),
  answer: choiceAnswer<Question>({ right: (question) => question.answer }),
  mark: (question, draft, { answerMs }) => markAnswer(question, draft, answerMs),
  // The right answer goes public only once the question is closed: a phone must not learn it sooner.
  itemView: (question, phase) => (phase === 'reveal' ? { right: question.answer } : {}),
});

/** The rules' state, as scenes draw it and bots read it. */
export type QuizState = ItemRoundState<Question, QuizAnswer>;

/**
 * The question loop, with what a whole group needs: the view counts answers and, after each
 * question, gives the distribution and the top five (`group`); each seat's view gives its rank
 * once the question is revealed, for its phone.
 */
export const quizRules: typeof questionLoop = {
  ...questionLoop,
  view: (state, ctx) => ({ ...questionLoop.view(state, ctx), group: groupView(state, ctx.seats) }),
  seatView(state, seat, ctx) {
    const own = questionLoop.seatView(state, seat, ctx);
    const question = state.items[state.index];
    // The answers' texts for the phone's buttons once the question is up, and the fact at the
    // reveal, in every language: the screen gives each phone its own.
    const texts =
      question && (state.phase === 'open' || state.phase === 'settle' || state.phase === 'reveal')
        ? { choices: question.choices, ...(state.phase === 'reveal' ? { explanation: question.explanation } : {}) }
        : {};
    if (state.phase !== 'reveal' && state.phase !== 'final' && state.phase !== 'over') return { ...own, ...texts };
    const rank = standingsOf(state, ctx.seats).find((line) => line.seat === seat)?.rank;
    return rank === undefined ? { ...own, ...texts } : { ...own, ...texts, rank, seats: ctx.seats.length };
  },
};

import type { ChoiceIndex, EvidenceInput, Random, SeatId } from '../../src/sdk';
import type { Question } from './content-schema';

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

/** Round time of the reveal after each question and of the final standings. */
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

export function isCorrect(question: Pick<Question, 'answer'>, choice: ChoiceIndex): boolean {
  return question.answer === choice;
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

/** What one seat answered to the current question. The first press locks it. */
export interface LockedAnswer {
  seat: SeatId;
  choice: ChoiceIndex;
  /** Whole milliseconds of round time from the question opening to the press. */
  responseMs: number;
}

/** The answers of every seat to one question. */
export class AnswerSheet {
  private readonly answers = new Map<SeatId, LockedAnswer>();

  constructor(private readonly seats: readonly SeatId[]) {}

  /** Locks a seat's answer; returns false (and changes nothing) for a second press or an unknown seat. */
  lock(seat: SeatId, choice: ChoiceIndex, responseMs: number): boolean {
    if (!this.seats.includes(seat) || this.answers.has(seat)) return false;
    this.answers.set(seat, { seat, choice, responseMs: Math.max(0, Math.round(responseMs)) });
    return true;
  }

  answerOf(seat: SeatId): LockedAnswer | undefined {
    return this.answers.get(seat);
  }

  hasAnswered(seat: SeatId): boolean {
    return this.answers.has(seat);
  }

  get allAnswered(): boolean {
    return this.answers.size === this.seats.length;
  }

  /** The seats that picked `choice`, in seat order. */
  seatsWhoChose(choice: ChoiceIndex): SeatId[] {
    return this.seats.filter((seat) => this.answers.get(seat)?.choice === choice);
  }

  get locked(): readonly LockedAnswer[] {
    return this.seats.flatMap((seat) => this.answers.get(seat) ?? []);
  }
}

/** How one locked answer is scored and recorded. */
export interface MarkedAnswer extends LockedAnswer {
  correct: boolean;
  points: number;
  evidence: EvidenceInput;
}

/**
 * Marks every answer given to `question`: right or wrong, points, and the evidence to record
 * (one per answer given; a seat that did not answer leaves no evidence).
 */
export function markAnswers(sheet: AnswerSheet, question: Question, answerMs: number): MarkedAnswer[] {
  return sheet.locked.map((answer) => {
    const correct = isCorrect(question, answer.choice);
    return {
      ...answer,
      correct,
      points: pointsFor({ correct, responseMs: answer.responseMs }, answerMs),
      evidence: { seat: answer.seat, objective: question.objective, item: question.id, correct, responseMs: answer.responseMs },
    };
  });
}

/** One line of the final standings. */
export interface Standing {
  seat: SeatId;
  points: number;
  correct: number;
  /** 1 for the most points; seats with equal points share a rank. */
  rank: number;
}

/** Final standings, most points first; ties keep seat order and share a rank. */
export function standings(seats: readonly SeatId[], points: (seat: SeatId) => number, correct: (seat: SeatId) => number): Standing[] {
  const lines = seats.map((seat) => ({ seat, points: points(seat), correct: correct(seat) }));
  const sorted = [...lines].sort((a, b) => b.points - a.points);
  return sorted.map((line) => ({ ...line, rank: 1 + sorted.filter((other) => other.points > line.points).length }));
}

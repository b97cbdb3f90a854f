import type { QuizStage } from '../content-schema';
import { answerOrder, choiceOfButton, type StageOutcome } from '../rules/scoring';
import type { RunContext, StageRun } from './drive-run';
import { QuizView } from './quiz-view';

/** A sign question: every seat presses one of A, B, X, Y once; the reveal is the feedback. */
export class QuizRun implements StageRun {
  private readonly order: number[];
  private readonly picks = new Map<string, number>();
  private readonly answerMs = new Map<string, number>();
  private readonly quizView: QuizView;

  constructor(
    private readonly context: RunContext,
    private readonly stage: QuizStage,
  ) {
    this.order = answerOrder(context.round.random);
    this.quizView = new QuizView(context.scene, context.round, stage, this.order);
  }

  get allDone(): boolean {
    return this.context.round.seats.every((seat) => this.picks.has(seat.id));
  }

  onChoice(seat: string, button: number, tMs: number): void {
    if (this.picks.has(seat) || !this.context.round.seats.some((s) => s.id === seat)) return;
    this.picks.set(seat, choiceOfButton(this.order, button));
    this.answerMs.set(seat, tMs);
    this.quizView.markAnswered(seat);
    this.context.round.audio.play('confirm');
  }

  update(): void {}

  outcomes(): Map<string, StageOutcome> {
    const timeLimitMs = this.stage.timeLimitS * 1000;
    return new Map(this.context.round.seats.map((seat) => [seat.id, { kind: 'quiz', choice: this.picks.get(seat.id), answerMs: this.answerMs.get(seat.id), timeLimitMs }]));
  }

  feedback(): { destroy(): void } {
    this.quizView.reveal(this.picks);
    return { destroy: () => undefined };
  }

  view(): Record<string, unknown> {
    return {
      // order[button] is the index in the pack's choices shown on A, B, X, Y.
      buttons: this.order,
      seats: Object.fromEntries(this.context.round.seats.map((seat) => [seat.id, { answered: this.picks.has(seat.id) }])),
    };
  }

  destroy(): void {
    this.quizView.destroy();
  }
}

import type { InputEvents, PackInfo } from '../../../src/sdk';
import { RoundScene, THEME } from '../../../src/sdk/scene';
import type { Question, QuizContent } from '../content-schema';
import { AnswerSheet, FINAL_MS, REVEAL_MS, drawQuestions, markAnswers, standings } from '../rules';
import { FinalView } from './final-view';
import { QuestionView } from './question-view';
import { RevealView } from './reveal-view';

/** The last seconds of a question each play a tick. */
const TICKS_FROM_MS = 3_000;

/**
 * One round of quiz-duel: for each drawn question, the question phase (every seat presses once;
 * it ends when all have answered or the timer runs out), then the reveal; after the last, the
 * standings, then `round.end()`. Every phase change is published; all timing is round time.
 */
export class QuizScene extends RoundScene<QuizContent> {
  static readonly KEY = 'quiz-duel:quiz';

  private questions: Question[] = [];
  private index = 0;
  private answerMs = 0;
  private openedAt = 0;
  private sheet: AnswerSheet | undefined;
  private questionView: QuestionView | undefined;
  private revealView: RevealView | undefined;
  private cancelTimers: (() => void)[] = [];
  private readonly correctCount = new Map<string, number>();

  constructor() {
    super(QuizScene.KEY);
  }

  create(): void {
    const { content, random, seats } = this.round;
    this.cameras.main.setBackgroundColor(THEME.colour.background);
    this.questions = drawQuestions(content.questions, content.questionsPerRound, random);
    this.answerMs = content.answerTimeS * 1000;
    this.index = 0;
    this.correctCount.clear();
    seats.forEach((seat) => this.correctCount.set(seat.id, 0));
    this.round.input.on('choice', (event) => this.onChoice(event));
    this.askQuestion();
  }

  override update(): void {
    if (this.sheet && this.questionView) {
      this.questionView.showTime(this.answerMs - (this.round.clock.now() - this.openedAt), this.answerMs);
    }
  }

  private get question(): Question {
    const question = this.questions[this.index];
    if (!question) throw new Error(`quiz-duel has no question ${this.index} in this round`);
    return question;
  }

  private askQuestion(): void {
    const { clock, seats } = this.round;
    this.revealView?.destroy();
    this.revealView = undefined;
    this.sheet = new AnswerSheet(seats.map((seat) => seat.id));
    this.questionView = new QuestionView(this, this.round, this.question, this.position);
    this.openedAt = clock.now();
    this.questionView.showTime(this.answerMs, this.answerMs);
    this.cancelTimers = [clock.after(this.answerMs, () => this.closeQuestion())];
    for (let left = TICKS_FROM_MS; left > 0; left -= 1000) {
      this.cancelTimers.push(clock.after(this.answerMs - left, () => this.round.audio.play('tick')));
    }
    this.publish('question');
  }

  private onChoice({ seat, choice }: InputEvents['choice']): void {
    if (!this.sheet || !this.questionView) return;
    if (!this.sheet.lock(seat, choice, this.round.clock.now() - this.openedAt)) return;
    this.round.audio.play('confirm');
    this.questionView.markAnswered(seat);
    if (this.sheet.allAnswered) this.closeQuestion();
  }

  private closeQuestion(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = undefined;
    this.cancelTimers.forEach((cancel) => cancel());
    this.cancelTimers = [];
    const { score, learning, clock } = this.round;
    const question = this.question;
    const marked = markAnswers(sheet, question, this.answerMs);
    for (const answer of marked) {
      learning.evidence(answer.evidence);
      if (answer.points > 0) score.award(answer.seat, answer.points, `${question.id}: right in ${answer.responseMs} ms`);
      if (answer.correct) this.correctCount.set(answer.seat, (this.correctCount.get(answer.seat) ?? 0) + 1);
    }
    this.questionView?.destroy();
    this.questionView = undefined;
    const publisher = publisherOf(this.round.pack, question.source);
    this.revealView = new RevealView(this, this.round, { question, position: this.position, sheet, marked, publisher });
    this.round.audio.play('reveal');
    this.publish('reveal');
    clock.after(REVEAL_MS, () => this.next());
  }

  private next(): void {
    this.index += 1;
    if (this.index < this.questions.length) {
      this.askQuestion();
      return;
    }
    this.revealView?.destroy();
    this.revealView = undefined;
    const { score, seats } = this.round;
    const lines = standings(seats.map((seat) => seat.id), (seat) => score.total(seat), (seat) => this.correctCount.get(seat) ?? 0);
    new FinalView(this, this.round, lines, this.questions.length);
    this.round.audio.play('fanfare');
    this.round.publish({ phase: 'final', item: null, index: this.questions.length, total: this.questions.length });
    this.round.clock.after(FINAL_MS, () => this.round.end());
  }

  private get position(): { index: number; total: number } {
    return { index: this.index, total: this.questions.length };
  }

  private publish(phase: 'question' | 'reveal'): void {
    this.round.publish({ phase, item: this.question.id, index: this.index, total: this.questions.length });
  }
}

/** The publisher of a pack source, for the reveal's credit line. */
function publisherOf(pack: PackInfo, sourceId: string): string {
  return pack.sources.find((source) => source.id === sourceId)?.publisher ?? sourceId;
}

import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext } from '../../../src/sdk';
import { AnswerPanel, SeatStrip, THEME, TimerBar, fitText, textStyle } from '../../../src/sdk/scene';
import type { QuizContent } from '../content-schema';
import type { QuizState } from '../rules';
import { QUESTION_BANDS } from './layout';

const { safe } = THEME;

/**
 * The question screen: progress and seconds left, a draining timer bar, the seats with their
 * points (a tick once they answered, never which answer), the question large, and the four
 * answers where their buttons sit on the pad, each with its glyph and the keyboard seats' keys.
 */
export class QuestionView {
  private readonly objects: { destroy(): void }[] = [];
  private readonly timer: TimerBar;
  private readonly seats: SeatStrip;

  constructor(
    scene: Phaser.Scene,
    private readonly round: RoundContext<QuizContent, QuizState>,
  ) {
    const { state } = round;
    const question = state.items[state.index]!;
    const progress = round.t('question.progress', { index: state.index + 1, total: state.items.length });
    const { y, height } = QUESTION_BANDS.timerBar;
    this.timer = new TimerBar(scene, { x: safe.x, y, width: safe.width, height }, { x: safe.x + safe.width, y: QUESTION_BANDS.header });
    this.seats = new SeatStrip(scene, { seats: round.seats, y: QUESTION_BANDS.seatStrip, locale: round.locale });
    const { top, height: promptHeight } = QUESTION_BANDS.prompt;
    const prompt = scene.add.text(THEME.width / 2, top + promptHeight / 2, round.text(question.prompt), textStyle(THEME.size.large + 4, THEME.palette.text, { fontStyle: 'bold', align: 'center' }));
    const choices = Object.fromEntries(question.choices.map((choice, i) => [i, round.text(choice)])) as Record<ChoiceIndex, string>;
    this.objects.push(
      scene.add.text(safe.x, QUESTION_BANDS.header, progress, textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5),
      fitText(prompt, { width: safe.width, height: promptHeight }, { minSize: THEME.size.body }).setOrigin(0.5),
      new AnswerPanel(scene, { area: QUESTION_BANDS.answers, layout: 'diamond', choices, seats: round.seats }),
      this.timer,
      this.seats,
    );
  }

  /** Draws the time left and each seat's points and lock from the rules' state. */
  update(now: number): void {
    const { state } = this.round;
    this.timer.update(state.phase === 'open' ? state.phaseEndsMs - now : 0, state.answerMs);
    for (const seat of this.round.seats) {
      this.seats.update(seat.id, { points: state.tally[seat.id]?.points ?? 0, status: state.drafts[seat.id]?.locked ? 'locked' : 'thinking' });
    }
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

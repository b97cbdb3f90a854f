import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext, SeatId } from '../../../src/sdk';
import { THEME, faceButton, textStyle } from '../../../src/sdk/scene';
import type { Question, QuizContent } from '../content-schema';
import { ANSWER_BOX, DIAMOND, QUESTION_BANDS, colourNumber, fitText } from './layout';
import { SeatStrip } from './seat-strip';

const CHOICES: readonly ChoiceIndex[] = [0, 1, 2, 3];
const { safe } = THEME;

/**
 * The question screen: progress and seconds left, a draining timer bar, the seats (a tick once
 * they answered, never which answer), the question large, and the four answers where their
 * buttons sit on the pad, each with its button glyph and keyboard keys.
 */
export class QuestionView {
  readonly container: Phaser.GameObjects.Container;
  private readonly seats: SeatStrip;
  private readonly bar: Phaser.GameObjects.Rectangle;
  private readonly seconds: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    round: RoundContext<QuizContent>,
    question: Question,
    position: { index: number; total: number },
  ) {
    this.container = scene.add.container(0, 0);
    const progress = round.t('question.progress', { index: position.index + 1, total: position.total });
    this.seconds = scene.add.text(safe.x + safe.width, QUESTION_BANDS.header, '', textStyle(THEME.size.large, THEME.colour.accent, { fontStyle: 'bold' }));
    const { y: barY, height: barHeight } = QUESTION_BANDS.timerBar;
    this.bar = scene.add.rectangle(safe.x, barY, safe.width, barHeight, colourNumber(THEME.colour.accent)).setOrigin(0, 0.5);
    this.container.add([
      scene.add.text(safe.x, QUESTION_BANDS.header, progress, textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(0, 0.5),
      this.seconds.setOrigin(1, 0.5),
      scene.add.rectangle(safe.x, barY, safe.width, barHeight, THEME.colour.panel).setOrigin(0, 0.5),
      this.bar,
    ]);

    this.seats = new SeatStrip(scene, round.seats, QUESTION_BANDS.seatStrip);
    round.seats.forEach((seat) => this.seats.setStatus(seat.id, { kind: 'waiting' }));
    this.container.add(this.seats.container);

    const { top, height } = QUESTION_BANDS.prompt;
    const prompt = scene.add.text(THEME.width / 2, top + height / 2, round.text(question.prompt), textStyle(THEME.size.large + 4, THEME.colour.text, {
      fontStyle: 'bold',
      align: 'center',
      wordWrap: { width: safe.width, useAdvancedWrap: true },
    }));
    this.container.add(fitText(prompt, height, THEME.size.large).setOrigin(0.5));

    const keysByChoice = keyboardKeys(round);
    for (const choice of CHOICES) this.container.add(answerBox(scene, choice, round.text(question.choices[choice]!), keysByChoice[choice]));
  }

  /** Redraws the timer from the round clock: `remainingMs` of `answerMs` left. */
  showTime(remainingMs: number, answerMs: number): void {
    const share = Math.max(0, Math.min(1, remainingMs / answerMs));
    this.bar.setScale(share, 1);
    this.bar.setFillStyle(colourNumber(share > 0.25 ? THEME.colour.accent : THEME.colour.bad));
    this.seconds.setText(String(Math.ceil(remainingMs / 1000)));
  }

  markAnswered(seat: SeatId): void {
    this.seats.setStatus(seat, { kind: 'answered' });
  }

  destroy(): void {
    this.container.destroy();
  }
}

/** The keys standing for each button on the keyboard seats of this round, e.g. "1 · 7" for A. */
function keyboardKeys(round: RoundContext<QuizContent>): string[] {
  const keySets = round.seats.flatMap((seat) => {
    const keys = THEME.choiceKeys[seat.id];
    return keys ? [keys] : [];
  });
  return CHOICES.map((choice) => keySets.map((keys) => keys[choice]).join(' · '));
}

function answerBox(scene: Phaser.Scene, choice: ChoiceIndex, answer: string, keys: string | undefined): Phaser.GameObjects.Container {
  const { x, y } = DIAMOND[choice];
  const { width, height } = ANSWER_BOX;
  const left = -width / 2;
  const box = scene.add.rectangle(0, 0, width, height, THEME.colour.panel).setStrokeStyle(4, THEME.faceButtons[choice].colour);
  const glyphY = keys ? -16 : 0;
  const parts: Phaser.GameObjects.GameObject[] = [box, faceButton(scene, choice, left + 62, glyphY, 80)];
  if (keys) parts.push(scene.add.text(left + 62, 48, keys, textStyle(THEME.size.small, THEME.colour.textDim)).setOrigin(0.5));
  const text = scene.add.text(left + 124, 0, answer, textStyle(THEME.size.body + 4, THEME.colour.text, {
    wordWrap: { width: width - 150, useAdvancedWrap: true },
  }));
  parts.push(fitText(text, height - 20).setOrigin(0, 0.5));
  return scene.add.container(x, y, parts);
}

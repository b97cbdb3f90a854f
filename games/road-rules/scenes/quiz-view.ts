import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext } from '../../../src/sdk';
import { faceButton, seatMarker, textStyle, THEME } from '../../../src/sdk/scene';
import type { QuizStage } from '../content-schema';
import { drawSign } from './draw-sign';
import { PLAY_AREA } from './layout';

const ROW_H = 100;
const ROW_INSET = 16;
const ROWS_TOP = PLAY_AREA.y + 170;
const TEXT_X = PLAY_AREA.x + 560;

/**
 * A sign question over the whole play area: the sign big on the left, the question and the four
 * answers on A, B, X, Y on the right, and who has answered below. The reveal marks the right
 * answer, shows where each seat pressed, and explains in one sentence.
 */
export class QuizView {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly rows: Phaser.GameObjects.Rectangle[] = [];
  private readonly seatLabels = new Map<string, Phaser.GameObjects.Text>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly round: RoundContext,
    private readonly stage: QuizStage,
    /** order[button] = index in the stage's choices. */
    private readonly order: readonly number[],
  ) {
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      this.objects.push(object);
      return object;
    };
    add(scene.add.rectangle(PLAY_AREA.x, PLAY_AREA.y, PLAY_AREA.w, PLAY_AREA.h, THEME.colour.panel, 0.96).setOrigin(0));
    if (stage.sign) add(drawSign(scene, stage.sign, PLAY_AREA.x + 250, PLAY_AREA.y + 290, 400));
    const prompt = stage.prompt ? round.text(stage.prompt) : round.t('quiz.meaning');
    add(scene.add.text(TEXT_X, PLAY_AREA.y + 40, prompt, textStyle(THEME.size.large, THEME.colour.text, { fontStyle: 'bold', wordWrap: { width: PLAY_AREA.x + PLAY_AREA.w - TEXT_X } })));
    order.forEach((choice, button) => {
      const y = ROWS_TOP + button * (ROW_H + 12);
      // Rows stop short of the panel's edge: their outlines (up to 8 px, half outside) stay on it.
      this.rows.push(add(scene.add.rectangle(TEXT_X - 20, y, PLAY_AREA.x + PLAY_AREA.w - TEXT_X + 20 - ROW_INSET, ROW_H, THEME.colour.panelLight, 1).setOrigin(0).setStrokeStyle(6, THEME.colour.panelLight)));
      add(faceButton(scene, button as ChoiceIndex, TEXT_X + 50, y + ROW_H / 2, 80));
      add(scene.add.text(TEXT_X + 110, y + ROW_H / 2, round.text(stage.choices[choice]!), textStyle(48, THEME.colour.text)).setOrigin(0, 0.5));
    });
    const seats = round.seats;
    const slot = PLAY_AREA.w / seats.length;
    seats.forEach((seat, i) => {
      const x = PLAY_AREA.x + i * slot;
      add(seatMarker(scene, seat, x + 40, PLAY_AREA.y + PLAY_AREA.h - 60, 52));
      this.seatLabels.set(seat.id, add(scene.add.text(x + 80, PLAY_AREA.y + PLAY_AREA.h - 60, '…', textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(0, 0.5)));
    });
  }

  /** A seat has locked an answer (which one stays hidden until the reveal). */
  markAnswered(seat: string): void {
    this.seatLabels.get(seat)?.setText(`✓ ${this.round.t('quiz.answered')}`).setColor(THEME.colour.text);
  }

  /** Shows the right answer, each seat's pick, and the explanation. */
  reveal(picks: ReadonlyMap<string, number | undefined>): void {
    const rightButton = this.order.indexOf(this.stage.answer);
    this.rows.forEach((row, button) => {
      if (button === rightButton) row.setStrokeStyle(8, 0x4fd18b).setFillStyle(0x1e5a3c, 1);
    });
    const perButton = new Map<number, number>();
    this.round.seats.forEach((seat) => {
      const choice = picks.get(seat.id);
      const label = this.seatLabels.get(seat.id);
      if (choice === undefined) {
        label?.setText(this.round.t('quiz.none')).setColor(THEME.colour.textDim);
        return;
      }
      const button = this.order.indexOf(choice);
      const right = choice === this.stage.answer;
      if (!right) this.rows[button]?.setStrokeStyle(8, 0xff7a7a);
      label?.setText(right ? `✓ ${this.round.t('quiz.right')}` : `✗ ${this.round.t('quiz.wrong')}`).setColor(right ? THEME.colour.good : THEME.colour.bad);
      const count = perButton.get(button) ?? 0;
      perButton.set(button, count + 1);
      const row = this.rows[button]!;
      this.objects.push(seatMarker(this.scene, seat, row.x + row.width - 40 - count * 56, row.y + ROW_H / 2, 48));
    });
    const y = ROWS_TOP + 4 * (ROW_H + 12) + 4;
    this.objects.push(
      this.scene.add.text(PLAY_AREA.x + 40, y, this.round.text(this.stage.explain), textStyle(THEME.size.body, THEME.colour.accent, { wordWrap: { width: PLAY_AREA.w - 80 } })),
    );
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

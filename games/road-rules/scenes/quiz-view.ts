import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext } from '../../../src/sdk';
import { AnswerPanel, fitText, textStyle, THEME } from '../../../src/sdk/scene';
import type { QuizStage } from '../content-schema';
import type { RoadRulesState } from '../rules/round';
import { drawSign } from './draw-sign';
import { PLAY_AREA } from './layout';
import type { StageView } from './stage-views';

const TEXT_X = PLAY_AREA.x + 560;
const EXPLAIN_H = 130;

/**
 * A sign question over the whole play area: the sign big on the left, the question and the four
 * answers on A, B, X, Y on the right (the SDK's answer panel, with who has answered), and at the
 * reveal the right answer, where each seat pressed, and the explanation in one sentence.
 */
export class QuizView implements StageView {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly panel: AnswerPanel;
  private explained = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly round: RoundContext<unknown, RoadRulesState>,
    private readonly stage: QuizStage,
    /** order[button] = index in the stage's choices. */
    private readonly order: readonly number[],
  ) {
    const { x, y, w, h } = PLAY_AREA;
    this.objects.push(scene.add.rectangle(x, y, w, h, THEME.palette.panel, 0.96).setOrigin(0));
    if (stage.sign) this.objects.push(drawSign(scene, stage.sign, x + 250, y + 290, 400));
    const prompt = stage.prompt ? round.text(stage.prompt) : round.t('quiz.meaning');
    const width = x + w - TEXT_X - 24;
    this.objects.push(fitText(scene.add.text(TEXT_X, y + 24, prompt, textStyle(THEME.size.large, THEME.palette.text, { fontStyle: 'bold' })), { width, height: 140 }));
    const choices = Object.fromEntries(order.map((choice, button) => [button, round.text(stage.choices[choice]!)])) as Record<ChoiceIndex, string>;
    this.panel = new AnswerPanel(scene, { area: { x: TEXT_X - 20, y: y + 170, width: width + 20, height: h - 170 - EXPLAIN_H - 20 }, layout: 'list', choices, seats: round.seats, lockRow: true });
  }

  draw(state: Readonly<RoadRulesState>): void {
    const locked = this.round.seats.filter((seat) => state.drafts[seat.id]?.locked).map((seat) => seat.id);
    if (state.phase !== 'reveal') return this.panel.update({ locked });
    const picks = Object.fromEntries(
      this.round.seats.map((seat) => {
        const answer = state.drafts[seat.id]?.answer;
        const choice = answer?.kind === 'quiz' ? answer.choice : null;
        return [seat.id, choice === null ? null : (this.order.indexOf(choice) as ChoiceIndex)];
      }),
    );
    this.panel.update({ locked, reveal: { right: this.order.indexOf(this.stage.answer) as ChoiceIndex, picks } });
  }

  happened(): void {}

  feedback(): { destroy(): void } {
    if (!this.explained) {
      this.explained = true;
      const { x, y, w, h } = PLAY_AREA;
      const explain = this.scene.add.text(x + 40, y + h - EXPLAIN_H, this.round.text(this.stage.explain), textStyle(THEME.size.body, THEME.palette.accent, { wordWrap: { width: w - 80 } }));
      this.objects.push(fitText(explain, { width: w - 80, height: EXPLAIN_H - 10 }));
    }
    return { destroy: () => undefined };
  }

  destroy(): void {
    this.panel.destroy();
    this.objects.forEach((object) => object.destroy());
  }
}

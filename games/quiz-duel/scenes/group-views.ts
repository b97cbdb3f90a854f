import type Phaser from 'phaser';
import type { ChoiceIndex, RoundContext } from '../../../src/sdk';
import { AnswerPanel, THEME, TimerBar, drawCross, drawTick, faceButton, fitLine, fitText, seatMarker, textStyle } from '../../../src/sdk/scene';
import type { QuizContent } from '../content-schema';
import { groupView } from '../group';
import type { QuizState } from '../rules';
import { QUESTION_BANDS, REVEAL_BANDS } from './layout';

const { safe } = THEME;

/** The reveal's two columns: the answers with how many chose each, and the top five. */
const DISTRIBUTION = { x: safe.x, y: 226, width: 1080, row: 100 } as const;
const TOP = { x: safe.x + 1140, y: 226, width: safe.width - 1140, row: 84 } as const;

const rulesSeats = (round: RoundContext<QuizContent, QuizState>) => round.seats.map((s) => ({ id: s.id, input: s.input }));

/**
 * A question put to a whole group (more seats than a strip can show): progress and seconds left,
 * the timer bar, how many answered so far, the question and the four answers. Which seat answered
 * what is each phone's own business until the reveal.
 */
export class GroupQuestionView {
  private readonly objects: { destroy(): void }[] = [];
  private readonly timer: TimerBar;
  private readonly count: Phaser.GameObjects.Text;
  private shown = -1;

  constructor(
    scene: Phaser.Scene,
    private readonly round: RoundContext<QuizContent, QuizState>,
  ) {
    const { state } = round;
    const question = state.items[state.index]!;
    const { y, height } = QUESTION_BANDS.timerBar;
    this.timer = new TimerBar(scene, { x: safe.x, y, width: safe.width, height }, { x: safe.x + safe.width, y: QUESTION_BANDS.header });
    this.count = scene.add.text(THEME.width / 2, QUESTION_BANDS.seatStrip, '', textStyle(THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0.5);
    const { top, height: promptHeight } = QUESTION_BANDS.prompt;
    const prompt = scene.add.text(THEME.width / 2, top + promptHeight / 2, round.text(question.prompt), textStyle(THEME.size.large + 4, THEME.palette.text, { fontStyle: 'bold', align: 'center' }));
    const choices = Object.fromEntries(question.choices.map((choice, i) => [i, round.text(choice)])) as Record<ChoiceIndex, string>;
    // Keys are printed for the keyboard seats only; phones carry their own buttons.
    const local = round.seats.filter((seat) => seat.input !== 'phone');
    this.objects.push(
      scene.add.text(safe.x, QUESTION_BANDS.header, round.t('question.progress', { index: state.index + 1, total: state.items.length }), textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5),
      fitText(prompt, { width: safe.width, height: promptHeight }, { minSize: THEME.size.body }).setOrigin(0.5),
      new AnswerPanel(scene, { area: QUESTION_BANDS.answers, layout: 'diamond', choices, seats: local, keys: local.length > 0 }),
      this.timer,
      this.count,
    );
  }

  update(now: number): void {
    const { state } = this.round;
    this.timer.update(state.phase === 'open' ? state.phaseEndsMs - now : 0, state.answerMs);
    const { answered, seats } = groupView(state, rulesSeats(this.round));
    if (answered === this.shown) return;
    this.shown = answered;
    this.count.setText(this.round.t('group.answered', { n: answered, total: seats }));
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

/**
 * The reveal to a whole group: each answer with how many chose it (a bar and the number), the
 * right one ticked, the wrong ones crossed (never colour alone), how many gave nothing, the five
 * with the most points so far, and the fact with its source.
 */
export class GroupRevealView {
  private readonly objects: { destroy(): void }[] = [];

  constructor(scene: Phaser.Scene, round: RoundContext<QuizContent, QuizState>) {
    const { state } = round;
    const question = state.items[state.index]!;
    const group = groupView(state, rulesSeats(round));
    const { top, height } = REVEAL_BANDS.prompt;
    const prompt = scene.add.text(THEME.width / 2, top + height / 2, round.text(question.prompt), textStyle(THEME.size.body + 4, THEME.palette.text, { fontStyle: 'bold', align: 'center' }));
    this.objects.push(
      scene.add.text(safe.x, REVEAL_BANDS.header, round.t('reveal.heading', { index: state.index + 1, total: state.items.length }), textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5),
      fitText(prompt, { width: safe.width, height }).setOrigin(0.5),
      this.distribution(scene, round, group.distribution ?? { choices: [0, 0, 0, 0], none: 0 }, group.seats),
      this.top(scene, round, group.top ?? []),
    );
    const publisher = round.pack.sources.find((source) => source.id === question.source)?.publisher ?? question.source;
    const explanation = REVEAL_BANDS.explanation;
    const panel = scene.add.rectangle(safe.x, 0, safe.width, explanation.height, THEME.palette.panel).setOrigin(0, 0);
    const fact = scene.add.text(safe.x + 32, 18, round.text(question.explanation), textStyle(THEME.size.body + 4));
    const credit = scene.add.text(safe.x + 32, explanation.height - 16, round.t('reveal.source', { publisher }), textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0, 1);
    this.objects.push(scene.add.container(0, explanation.top, [panel, fitText(fact, { width: safe.width - 64, height: explanation.height - 74 }), fitLine(credit, safe.width - 64)]));
  }

  private distribution(scene: Phaser.Scene, round: RoundContext<QuizContent, QuizState>, counts: { choices: readonly number[]; none: number }, seats: number): Phaser.GameObjects.Container {
    const { state } = round;
    const question = state.items[state.index]!;
    const container = scene.add.container(DISTRIBUTION.x, DISTRIBUTION.y);
    const barX = 600;
    const barWidth = DISTRIBUTION.width - barX - 90;
    question.choices.forEach((choice, i) => {
      const y = i * DISTRIBUTION.row + DISTRIBUTION.row / 2;
      const right = i === question.answer;
      const n = counts.choices[i] ?? 0;
      const marks = scene.add.graphics();
      if (right) drawTick(marks, 24, y, 40, THEME.palette.good);
      else drawCross(marks, 24, y, 36, THEME.palette.bad);
      const label = scene.add.text(130, y, round.text(choice), textStyle(THEME.size.body, right ? THEME.palette.text : THEME.palette.textDim, { fontStyle: right ? 'bold' : 'normal' })).setOrigin(0, 0.5);
      const bar = scene.add.graphics();
      bar.fillStyle(THEME.palette.panel, 1).fillRoundedRect(barX, y - 26, barWidth, 52, 10);
      if (n > 0) bar.fillStyle(THEME.faceButtons[i as ChoiceIndex].colour, 1).fillRoundedRect(barX, y - 26, Math.max(20, (barWidth * n) / Math.max(1, seats)), 52, 10);
      if (right) bar.lineStyle(6, THEME.palette.good, 1).strokeRoundedRect(barX - 4, y - 30, barWidth + 8, 60, 12);
      const count = scene.add.text(barX + barWidth + 20, y, String(n), textStyle(THEME.size.large, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0, 0.5);
      container.add([marks, faceButton(scene, i as ChoiceIndex, 86, y, 60), fitLine(label, barX - 150), bar, count]);
    });
    const none = scene.add.text(130, question.choices.length * DISTRIBUTION.row + 20, round.t('group.none', { n: counts.none }), textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0, 0.5);
    container.add(none);
    return container;
  }

  private top(scene: Phaser.Scene, round: RoundContext<QuizContent, QuizState>, lines: readonly { seat: string; rank: number; points: number }[]): Phaser.GameObjects.Container {
    const container = scene.add.container(TOP.x, TOP.y);
    container.add(scene.add.rectangle(0, -16, TOP.width, 40 + (lines.length + 1) * TOP.row, THEME.palette.panel).setOrigin(0, 0));
    container.add(scene.add.text(24, 24, round.t('group.top'), textStyle(THEME.size.body, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0, 0.5));
    lines.forEach((line, i) => {
      const seat = round.seats.find((s) => s.id === line.seat);
      if (!seat) return;
      const y = (i + 1) * TOP.row + 24;
      const rank = scene.add.text(24, y, `${line.rank}.`, textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5);
      const points = scene.add.text(TOP.width - 24, y, String(line.points), textStyle(THEME.size.body, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(1, 0.5);
      const name = scene.add.text(130, y, seat.name, textStyle(THEME.size.body, THEME.palette.text));
      name.setOrigin(0, 0.5);
      container.add([rank, seatMarker(scene, seat, 96, y, 40), fitLine(name, TOP.width - 130 - points.width - 40), points]);
    });
    return container;
  }

  update(): void {}

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

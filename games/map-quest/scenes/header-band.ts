import type Phaser from 'phaser';
import type { RoundContext } from '../../../src/sdk';
import { THEME, TimerBar, cssColour, fitText, textStyle } from '../../../src/sdk/scene';
import type { MapQuestContent, Question } from '../content-schema';
import { factOf, promptOf } from '../wording';
import { DEPTH, LAYOUT } from './layout';

const { palette } = THEME;

/**
 * The band above the map: progress and the timer, then the question in large type with a
 * one-line hint; at the reveal, the answer's fact in its place and the answer below it.
 */
export class HeaderBand {
  private readonly progress: Phaser.GameObjects.Text;
  private readonly timer: TimerBar;
  private readonly main: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, private readonly round: RoundContext<MapQuestContent>) {
    const { x, y, width } = LAYOUT.header;
    this.progress = scene.add.text(x, y + 20, '', textStyle(THEME.size.small, palette.textDim)).setOrigin(0, 0.5);
    this.timer = new TimerBar(scene, { x: x + 300, y: y + 12, width: width - 420, height: 16 }, { x: x + width, y: y + 20 });
    this.main = scene.add.text(x, y + 48, '', textStyle(THEME.size.large, palette.text, { fontStyle: 'bold' }));
    this.hint = scene.add.text(x, y + LAYOUT.header.height - 4, '', textStyle(THEME.size.small, palette.textDim, { stroke: '#0b1d33', strokeThickness: 6 })).setOrigin(0, 1);
    // Above the seat markers and the reveal: a marker parked at the map's top edge must not hide the answer line.
    for (const part of [this.progress, this.main, this.hint, this.timer.container]) part.setDepth(DEPTH.header);
  }

  showQuestion(question: Question, position: { index: number; total: number }, onMap: boolean): void {
    this.progress.setText(this.round.t('question.progress', { index: position.index + 1, total: position.total }));
    this.setMain(promptOf(question, this.round.content, this.round), THEME.size.large, palette.text);
    this.hint.setText(this.round.t(onMap ? 'help.move' : 'help.choice')).setColor(cssColour(palette.textDim));
    this.timer.container.setVisible(true);
  }

  /** The fact in large type, and the answer in one line below it. */
  showReveal(question: Question, answer: string): void {
    this.setMain(factOf(question, this.round.content, this.round), THEME.size.body + 4, palette.accent);
    this.hint.setText(this.round.t('reveal.answer', { answer })).setColor(cssColour(palette.text));
    this.timer.container.setVisible(false);
  }

  /** Redraws the timer from round time. */
  showTime(remainingMs: number, answerMs: number): void {
    this.timer.update(remainingMs, answerMs);
  }

  private setMain(text: string, size: number, colour: number): void {
    this.main.setText(text).setFontSize(size).setColor(cssColour(colour));
    fitText(this.main, { width: LAYOUT.header.width, height: LAYOUT.header.height - 90 });
  }
}

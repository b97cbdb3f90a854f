import type Phaser from 'phaser';
import type { RoundContext } from '../../../src/sdk';
import { THEME, textStyle } from '../../../src/sdk/scene';
import type { MapQuestContent, Question } from '../content-schema';
import { factOf, promptOf } from '../wording';
import { LAYOUT, fitText } from './layout';

const BAR_HEIGHT = 16;

/**
 * The band above the map: progress and seconds left with a draining bar, then the question in
 * large type with a one-line hint; at the reveal, the answer's fact in its place.
 */
export class HeaderBand {
  private readonly progress: Phaser.GameObjects.Text;
  private readonly seconds: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Rectangle;
  private readonly main: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, private readonly round: RoundContext<MapQuestContent>) {
    const { x, y, width } = LAYOUT.header;
    this.progress = scene.add.text(x, y + 18, '', textStyle(THEME.size.small, THEME.colour.textDim)).setOrigin(0, 0.5);
    this.seconds = scene.add.text(x + width, y + 18, '', textStyle(THEME.size.body, THEME.colour.accent, { fontStyle: 'bold' })).setOrigin(1, 0.5);
    scene.add.rectangle(x + 300, y + 18, width - 400, BAR_HEIGHT, THEME.colour.panel).setOrigin(0, 0.5);
    this.bar = scene.add.rectangle(x + 300, y + 18, width - 400, BAR_HEIGHT, 0xffd23f).setOrigin(0, 0.5);
    this.main = scene.add.text(x, y + 48, '', textStyle(THEME.size.large, THEME.colour.text, { fontStyle: 'bold', wordWrap: { width, useAdvancedWrap: true } }));
    this.hint = scene.add.text(x, y + LAYOUT.header.height - 4, '', textStyle(THEME.size.small, THEME.colour.textDim)).setOrigin(0, 1);
  }

  showQuestion(question: Question, position: { index: number; total: number }, spatial: boolean): void {
    this.progress.setText(this.round.t('question.progress', { index: position.index + 1, total: position.total }));
    this.setMain(promptOf(question, this.round.content, this.round), THEME.size.large, THEME.colour.text);
    this.hint.setText(this.round.t(spatial ? 'help.move' : 'help.choice')).setColor(THEME.colour.textDim);
    this.bar.setVisible(true);
    this.seconds.setVisible(true);
  }

  /** The fact in large type, and the answer in one line below it. */
  showReveal(question: Question, answer: string): void {
    this.setMain(factOf(question, this.round.content, this.round), THEME.size.body + 4, THEME.colour.accent);
    this.hint.setText(this.round.t('reveal.answer', { answer })).setColor(THEME.colour.text);
    this.bar.setVisible(false);
    this.seconds.setVisible(false);
  }

  /** Redraws the timer from the round clock. */
  showTime(remainingMs: number, answerMs: number): void {
    const share = Math.max(0, Math.min(1, remainingMs / answerMs));
    this.bar.setScale(share, 1);
    this.bar.setFillStyle(share > 0.25 ? 0xffd23f : 0xff7a7a);
    this.seconds.setText(String(Math.max(0, Math.ceil(remainingMs / 1000))));
  }

  private setMain(text: string, size: number, colour: string): void {
    this.main.setText(text).setFontSize(size).setColor(colour);
    fitText(this.main, LAYOUT.header.height - 90);
  }
}

import type Phaser from 'phaser';
import { textStyle, THEME } from '../../../src/sdk/scene';
import { BANNER } from './layout';

/** The top line: which stage of how many, its title, and the seconds left. */
export class Banner {
  private readonly counter: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly timer: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    const cy = BANNER.y + BANNER.h / 2;
    scene.add.rectangle(BANNER.x, BANNER.y, BANNER.w, BANNER.h, THEME.colour.panel, 1).setOrigin(0);
    this.counter = scene.add.text(BANNER.x + 24, cy, '', textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(0, 0.5);
    this.title = scene.add.text(BANNER.x + BANNER.w / 2, cy, '', textStyle(THEME.size.large, THEME.colour.text, { fontStyle: 'bold' })).setOrigin(0.5);
    this.timer = scene.add.text(BANNER.x + BANNER.w - 24, cy, '', textStyle(THEME.size.large, THEME.colour.accent, { fontStyle: 'bold' })).setOrigin(1, 0.5);
  }

  show(counter: string, title: string): void {
    this.counter.setText(counter);
    this.title.setText(title);
    // Long titles shrink rather than run under the counter or the timer.
    this.title.setFontSize(THEME.size.large);
    if (this.title.width > BANNER.w - 640) this.title.setFontSize(THEME.size.body);
    this.timer.setText('');
  }

  showTime(msLeft: number | undefined): void {
    this.timer.setText(msLeft === undefined ? '' : `${Math.max(0, Math.ceil(msLeft / 1000))} s`);
  }
}

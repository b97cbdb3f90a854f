import type Phaser from 'phaser';
import { textStyle, THEME, TimerBar } from '../../../src/sdk/scene';
import { BANNER } from './layout';

/** The top line: which stage of how many, its title, and the time left (the SDK's timer bar under it). */
export class Banner {
  private readonly counter: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly timer: TimerBar;

  constructor(scene: Phaser.Scene) {
    const cy = BANNER.y + BANNER.h / 2;
    scene.add.rectangle(BANNER.x, BANNER.y, BANNER.w, BANNER.h, THEME.palette.panel, 1).setOrigin(0);
    this.counter = scene.add.text(BANNER.x + 24, cy, '', textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0, 0.5);
    this.title = scene.add.text(BANNER.x + BANNER.w / 2, cy, '', textStyle(THEME.size.large, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5);
    // The bar runs along the banner's foot, in the gap above the seats' columns; the seconds sit at its right.
    this.timer = new TimerBar(scene, { x: BANNER.x, y: BANNER.y + BANNER.h + 1, width: BANNER.w, height: 12 }, { x: BANNER.x + BANNER.w - 24, y: cy });
    this.timer.container.setVisible(false);
  }

  show(counter: string, title: string): void {
    this.counter.setText(counter);
    this.title.setText(title);
    // Long titles shrink rather than run under the counter or the timer.
    this.title.setFontSize(THEME.size.large);
    if (this.title.width > BANNER.w - 640) this.title.setFontSize(THEME.size.body);
    this.timer.container.setVisible(false);
  }

  /** The time left to play the stage, or nothing outside the play. */
  showTime(time: { leftMs: number; totalMs: number } | undefined): void {
    this.timer.container.setVisible(time !== undefined);
    if (time) this.timer.update(time.leftMs, time.totalMs);
  }
}

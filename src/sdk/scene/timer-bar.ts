import type Phaser from 'phaser';
import type { Box } from './answer-panel-layout';
import { THEME, cssColour, textStyle } from './theme';

/** Below this share of the time left, the bar turns to the warning colour; the seconds say it too. */
const WARN_SHARE = 0.25;

/**
 * The time left to answer: a bar that drains from right to left and the whole seconds left,
 * written at `seconds` (the bar's right end, above it, unless said) — the number, not only colour,
 * says time is short.
 * @example
 * this.timer = new TimerBar(this, { x: safe.x, y: 120, width: safe.width, height: 32 });
 * this.timer.update(state.openedAtMs + state.answerMs - this.round.clock.now(), state.answerMs);
 */
export class TimerBar {
  readonly container: Phaser.GameObjects.Container;
  private readonly bar: Phaser.GameObjects.Rectangle;
  private readonly seconds: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, box: Box, seconds?: { x: number; y: number }) {
    if (!(box.width > 0 && box.height > 0)) throw new Error(`TimerBar: the box ${box.width}×${box.height} is empty`);
    const y = box.y + box.height / 2;
    this.bar = scene.add.rectangle(box.x, y, box.width, box.height, THEME.palette.accent).setOrigin(0, 0.5);
    const at = seconds ?? { x: box.x + box.width, y: box.y - THEME.size.large / 2 - 8 };
    this.seconds = scene.add.text(at.x, at.y, '', textStyle(THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(1, 0.5);
    this.container = scene.add.container(0, 0, [scene.add.rectangle(box.x, y, box.width, box.height, THEME.palette.panel).setOrigin(0, 0.5), this.bar, this.seconds]);
  }

  /** Shows `remainingMs` left of `totalMs` (clamped to the bar). */
  update(remainingMs: number, totalMs: number): void {
    if (!(totalMs > 0)) throw new Error(`TimerBar: the total time ${totalMs} ms is not positive`);
    const share = Math.max(0, Math.min(1, remainingMs / totalMs));
    const colour = share > WARN_SHARE ? THEME.palette.accent : THEME.palette.bad;
    this.bar.setScale(share, 1).setFillStyle(colour);
    this.seconds.setText(String(Math.ceil(Math.max(0, remainingMs) / 1000))).setColor(cssColour(colour));
  }

  destroy(): void {
    this.container.destroy();
  }
}

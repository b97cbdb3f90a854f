import type Phaser from 'phaser';

/** Draws a tick centred on (x, y) with lines, so it shows whatever fonts the screen has. */
export function drawTick(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, colour: number): void {
  g.lineStyle(Math.max(6, size / 6), colour, 1);
  g.beginPath();
  g.moveTo(x - size * 0.45, y);
  g.lineTo(x - size * 0.12, y + size * 0.32);
  g.lineTo(x + size * 0.45, y - size * 0.35);
  g.strokePath();
}

/** Draws a cross centred on (x, y): a wrong answer, told apart from the tick by shape, not colour. */
export function drawCross(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, colour: number): void {
  const r = size * 0.38;
  g.lineStyle(Math.max(6, size / 6), colour, 1);
  g.lineBetween(x - r, y - r, x + r, y + r);
  g.lineBetween(x - r, y + r, x + r, y - r);
}

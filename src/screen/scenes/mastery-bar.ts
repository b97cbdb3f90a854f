import Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { MASTERED_AT } from '../../shared/mastery/bkt-parameters';
import { GRID_SIZES, percent, type BarModel } from './progress-layout';

/**
 * The bar's colours. Colour is never alone: a gain also has the ▲ arrow, a loss the ▼ arrow and a
 * hollow segment, mastery the star, the value before the round a white notch.
 */
export const BAR_COLOURS = {
  track: 0x081427,
  outline: 0x8fb3d9,
  known: 0x5aa9ff,
  gain: THEME.palette.good,
  loss: THEME.palette.bad,
  mastered: THEME.palette.accent,
} as const;

export const BAR_HEIGHT = 34;

export interface BarPlace {
  /** Left edge of the bar, and the vertical centre of the row. */
  x: number;
  y: number;
  width: number;
  /** Draws "62 %" right of the icon. */
  numbers: boolean;
  percentLabel: (value: number) => string;
}

/** A five-pointed star, gold with a dark rim: "mastered". */
export function drawStar(g: Phaser.GameObjects.Graphics, x: number, y: number, radius: number): void {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? radius * 0.45 : radius;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return new Phaser.Math.Vector2(x + r * Math.cos(angle), y + r * Math.sin(angle));
  });
  g.fillStyle(BAR_COLOURS.mastered, 1).lineStyle(3, 0x000000, 0.9);
  g.fillPoints(points, true).strokePoints(points, true);
}

/** ▲ in green or ▼ in red, or "=" for no change. */
export function drawChange(g: Phaser.GameObjects.Graphics, change: 'up' | 'down' | 'same', x: number, y: number, size: number): void {
  const h = size / 2;
  if (change === 'same') {
    g.fillStyle(THEME.palette.textDim, 1).fillRect(x - h * 0.8, y - h * 0.45, h * 1.6, h * 0.3).fillRect(x - h * 0.8, y + h * 0.15, h * 1.6, h * 0.3);
    return;
  }
  const up = change === 'up';
  g.fillStyle(up ? BAR_COLOURS.gain : BAR_COLOURS.loss, 1).lineStyle(2, 0x000000, 0.8);
  const tip = up ? y - h : y + h;
  const base = up ? y + h * 0.8 : y - h * 0.8;
  g.fillTriangle(x, tip, x - h, base, x + h, base).strokeTriangle(x, tip, x - h, base, x + h, base);
}

/**
 * One objective's bar: the track with a tick where "mastered" begins, the fill to P(known) (gold
 * once mastered, with a star at the end), the part gained this round in green, the part lost as a
 * hollow red segment, the value before as a white notch; right of it the arrow, "…" while the
 * centre has not answered, "–" for an objective never answered; then the percentage if asked.
 */
export function drawMasteryBar(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, place: BarPlace, bar: BarModel): void {
  const { x, y, width } = place;
  const top = y - BAR_HEIGHT / 2;
  const at = (p: number) => x + Math.max(0, Math.min(1, p)) * width;
  const g = scene.add.graphics();
  layer.add(g);
  g.fillStyle(BAR_COLOURS.track, 1).fillRoundedRect(x, top, width, BAR_HEIGHT, 8);
  if (bar.value !== null) {
    // An objective first answered this round gained all of its bar.
    const base = bar.change === 'up' ? (bar.from ?? 0) : bar.value;
    g.fillStyle(bar.mastered ? BAR_COLOURS.mastered : BAR_COLOURS.known, 1).fillRect(x, top, at(base) - x, BAR_HEIGHT);
    if (bar.change === 'up') g.fillStyle(BAR_COLOURS.gain, 1).fillRect(at(base), top, at(bar.value) - at(base), BAR_HEIGHT);
    if (bar.change === 'down' && bar.from !== null) {
      g.lineStyle(4, BAR_COLOURS.loss, 1).strokeRect(at(bar.value), top + 2, at(bar.from) - at(bar.value), BAR_HEIGHT - 4);
    }
  }
  g.lineStyle(2, BAR_COLOURS.mastered, 0.8).lineBetween(at(MASTERED_AT), top + 4, at(MASTERED_AT), top + BAR_HEIGHT - 4);
  g.lineStyle(3, BAR_COLOURS.outline, 1).strokeRoundedRect(x, top, width, BAR_HEIGHT, 8);
  if (bar.from !== null && bar.change !== null && bar.change !== 'same') {
    g.fillStyle(0xffffff, 1).fillRect(at(bar.from) - 3, top - 8, 6, BAR_HEIGHT + 16);
  }
  if (bar.mastered) drawStar(g, x + width, y, 24);

  const iconX = x + width + GRID_SIZES.padding + GRID_SIZES.icon / 2;
  if (bar.pending) {
    g.fillStyle(THEME.palette.textDim, 1);
    for (const dx of [-12, 0, 12]) g.fillCircle(iconX + dx, y + 8, 4);
  } else if (bar.value === null) {
    layer.add(scene.add.text(iconX, y, '–', textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0.5));
  } else if (bar.change) {
    drawChange(g, bar.change, iconX, y, 32);
  }
  if (place.numbers && bar.value !== null) {
    const label = scene.add.text(iconX + GRID_SIZES.icon / 2 + 8, y, place.percentLabel(percent(bar.value)), textStyle(THEME.size.small, THEME.palette.text));
    layer.add(label.setOrigin(0, 0.5));
  }
}

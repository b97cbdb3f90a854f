import type Phaser from 'phaser';
import { THEME, textStyle } from '../../../src/sdk/scene';
import type { Rect } from './free-corner';
import type { XY } from '../geo';
import { DEPTH, LAYOUT } from './layout';
import { MAP_COLOURS } from './map-view';

/** A line from a seat's marker to the true place, with the distance written at the marker's end. */
export interface RevealLine {
  from: XY;
  colour: number;
  label: string;
}

/**
 * What the reveal draws over the map: the true place as a big target with its name, lines from
 * every marker to it with their distances, and, for direction and distance questions, the places
 * compared.
 */
export class RevealLayer {
  readonly container: Phaser.GameObjects.Container;
  private readonly g: Phaser.GameObjects.Graphics;
  /** Names and distances, over the markers and numbers. */
  private readonly labels: Phaser.GameObjects.Container;
  /** What a label must not cover: the shown numbers, the markers, the target and the labels placed so far. */
  private readonly taken: Rect[];

  constructor(private readonly scene: Phaser.Scene, obstacles: readonly Rect[]) {
    this.g = scene.add.graphics();
    this.container = scene.add.container(0, 0, [this.g]).setDepth(DEPTH.reveal);
    this.labels = scene.add.container(0, 0).setDepth(DEPTH.revealLabels);
    this.taken = [...obstacles];
  }

  lines(to: XY, lines: readonly RevealLine[]): void {
    for (const line of lines) {
      this.g.lineStyle(10, 0x0b1d33, 0.9);
      this.g.lineBetween(line.from.x, line.from.y, to.x, to.y);
      this.g.lineStyle(5, line.colour, 1);
      this.g.lineBetween(line.from.x, line.from.y, to.x, to.y);
    }
    this.taken.push(box(to, 34));
    for (const line of lines) {
      // On the far side of the marker from the true place, so neither the line nor the target crosses it.
      const dx = line.from.x - to.x;
      const dy = line.from.y - to.y;
      const length = Math.hypot(dx, dy);
      const away = length > 1 ? { x: dx / length, y: dy / length } : { x: 0, y: 1 };
      const text = this.scene.add
        .text(0, 0, line.label, textStyle(THEME.size.small, THEME.palette.text, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 6 }))
        .setOrigin(0.5);
      const reach = 40 + Math.abs(away.x) * (text.width / 2) + Math.abs(away.y) * (text.height / 2);
      const preferred = { x: line.from.x + away.x * reach, y: line.from.y + away.y * reach };
      const side = { x: -away.y * reach, y: away.x * reach };
      this.place(text, [preferred, { x: line.from.x + side.x, y: line.from.y + side.y }, { x: line.from.x - side.x, y: line.from.y - side.y }, { x: line.from.x, y: line.from.y + 60 }, { x: line.from.x, y: line.from.y - 60 }]);
    }
  }

  /** A yellow target on the true place, with its name beside it. */
  target(at: XY, name: string | null): void {
    this.g.fillStyle(0x0b1d33, 0.85);
    this.g.fillCircle(at.x, at.y, 30);
    this.g.lineStyle(8, MAP_COLOURS.highlight, 1);
    this.g.strokeCircle(at.x, at.y, 26);
    this.g.fillStyle(MAP_COLOURS.highlight, 1);
    this.g.fillCircle(at.x, at.y, 10);
    if (name) this.label(at, name, THEME.palette.accent);
  }

  /** A white star on a reference place. */
  reference(at: XY, name: string): void {
    this.g.fillStyle(0xffffff, 1);
    this.g.lineStyle(4, 0x0b1d33, 1);
    this.g.beginPath();
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? 24 : 10;
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      if (i === 0) this.g.moveTo(at.x + Math.cos(a) * r, at.y + Math.sin(a) * r);
      else this.g.lineTo(at.x + Math.cos(a) * r, at.y + Math.sin(a) * r);
    }
    this.g.closePath();
    this.g.fillPath();
    this.g.strokePath();
    this.label(at, name, THEME.palette.text);
  }

  /** A dot on a compared place. */
  dot(at: XY, name: string, strong: boolean): void {
    this.g.fillStyle(strong ? MAP_COLOURS.highlight : 0xffffff, 1);
    this.g.fillCircle(at.x, at.y, strong ? 14 : 10);
    this.label(at, name, strong ? THEME.palette.accent : THEME.palette.text);
  }

  /** An arrow from one point to another. */
  arrow(from: XY, to: XY): void {
    const angle = Math.atan2(to.y - from.y, to.x - from.x);
    const tip = { x: to.x - Math.cos(angle) * 30, y: to.y - Math.sin(angle) * 30 };
    this.g.lineStyle(8, MAP_COLOURS.highlight, 1);
    this.g.lineBetween(from.x, from.y, tip.x, tip.y);
    this.g.fillStyle(MAP_COLOURS.highlight, 1);
    this.g.fillTriangle(
      tip.x + Math.cos(angle) * 8, tip.y + Math.sin(angle) * 8,
      tip.x - Math.cos(angle - 0.5) * 30, tip.y - Math.sin(angle - 0.5) * 30,
      tip.x - Math.cos(angle + 0.5) * 30, tip.y - Math.sin(angle + 0.5) * 30,
    );
  }

  /** A name beside a point (above it if that is free, else below, beside or on a diagonal), kept inside the map. */
  private label(at: XY, text: string, colour: number): void {
    const label = this.scene.add.text(0, 0, text, textStyle(THEME.size.body, colour, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 8 })).setOrigin(0.5);
    const w = label.width / 2 + 36;
    const h = label.height / 2 + 30;
    this.taken.push(box(at, 24));
    const spots = [[0, -1], [0, 1], [1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1], [0, -1.8], [0, 1.8]].map(([x, y]) => ({ x: at.x + x! * w, y: at.y + y! * h }));
    this.place(label, spots);
  }

  /**
   * Puts a centred text at the first spot (kept inside the map) that covers nothing taken; when
   * every spot covers something, at the one that covers least.
   */
  private place(text: Phaser.GameObjects.Text, spots: readonly XY[]): void {
    const half = { x: text.width / 2, y: text.height / 2 };
    const inside = (p: XY): XY => ({
      x: Math.max(LAYOUT.map.x + half.x, Math.min(LAYOUT.map.x + LAYOUT.map.width - half.x, p.x)),
      y: Math.max(LAYOUT.map.y + half.y, Math.min(LAYOUT.map.y + LAYOUT.map.height - half.y, p.y)),
    });
    const rectAt = (p: XY): Rect => ({ x: p.x - half.x, y: p.y - half.y, width: half.x * 2, height: half.y * 2 });
    const covered = (p: XY) => this.taken.reduce((sum, t) => sum + overlapArea(rectAt(p), t), 0);
    const candidates = spots.map(inside).map((p) => ({ p, covered: covered(p) }));
    const at = candidates.find((c) => c.covered === 0) ?? candidates.reduce((best, c) => (c.covered < best.covered ? c : best));
    text.setPosition(at.p.x, at.p.y);
    this.taken.push(rectAt(at.p));
    this.labels.add(text);
  }

  destroy(): void {
    this.container.destroy();
    this.labels.destroy();
  }
}

function box(at: XY, radius: number): Rect {
  return { x: at.x - radius, y: at.y - radius, width: radius * 2, height: radius * 2 };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

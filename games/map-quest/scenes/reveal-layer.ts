import type Phaser from 'phaser';
import { THEME, textStyle } from '../../../src/sdk/scene';
import type { XY } from '../rules';
import { LAYOUT } from './layout';
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

  constructor(private readonly scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    this.container = scene.add.container(0, 0, [this.g]).setDepth(25);
  }

  lines(to: XY, lines: readonly RevealLine[]): void {
    for (const line of lines) {
      this.g.lineStyle(10, 0x0b1d33, 0.9);
      this.g.lineBetween(line.from.x, line.from.y, to.x, to.y);
      this.g.lineStyle(5, line.colour, 1);
      this.g.lineBetween(line.from.x, line.from.y, to.x, to.y);
      const below = line.from.y >= to.y;
      this.container.add(
        this.scene.add
          .text(line.from.x, line.from.y + (below ? 44 : -44), line.label, textStyle(THEME.size.small, THEME.colour.text, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 6 }))
          .setOrigin(0.5),
      );
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
    if (name) this.label(at, name, THEME.colour.accent);
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
    this.label(at, name, THEME.colour.text);
  }

  /** A dot on a compared place. */
  dot(at: XY, name: string, strong: boolean): void {
    this.g.fillStyle(strong ? MAP_COLOURS.highlight : 0xffffff, 1);
    this.g.fillCircle(at.x, at.y, strong ? 14 : 10);
    this.label(at, name, strong ? THEME.colour.accent : THEME.colour.text);
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

  /** A name above a point, kept inside the map. */
  private label(at: XY, text: string, colour: string): void {
    const label = this.scene.add
      .text(at.x, at.y - 40, text, textStyle(THEME.size.body, colour, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 8 }))
      .setOrigin(0.5, 1);
    const half = label.width / 2;
    label.setX(Math.max(LAYOUT.map.x + half, Math.min(LAYOUT.map.x + LAYOUT.map.width - half, at.x)));
    this.container.add(label);
  }

  destroy(): void {
    this.container.destroy();
  }
}

import type Phaser from 'phaser';
import type { RoundContext } from '../../../src/sdk';
import { THEME, textStyle } from '../../../src/sdk/scene';
import type { MapQuestContent } from '../content-schema';
import type { Rect } from './free-corner';
import type { MapGeometry } from '../map-schema';
import { DEPTH } from './layout';
import { toScreen, type LonLat, type MapFrame, type XY } from '../geo';

/** Map colours: light land on the dark screen, a bright river, green woods; all far from the seat colours' hues where it matters. */
export const MAP_COLOURS = {
  land: [0x2c4f78, 0x345b87, 0x3d6794, 0x30557f],
  border: 0xc6d6e8,
  boundary: 0xffffff,
  peripherique: 0xe0a458,
  river: 0x3aa0ff,
  woods: 0x2f7d4a,
  parks: 0x3f9a5c,
  axes: 0xf3e3a0,
  highlight: 0xffd23f,
} as const;

type Graphics = Phaser.GameObjects.Graphics;

function path(g: Graphics, points: readonly XY[], close: boolean): void {
  g.beginPath();
  points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
  if (close) g.closePath();
}

/** A thick line with rounded joints (Phaser's joins are mitred). */
function thickLine(g: Graphics, points: readonly XY[], width: number, colour: number, alpha = 1): void {
  g.lineStyle(width, colour, alpha);
  path(g, points, false);
  g.strokePath();
  g.fillStyle(colour, alpha);
  for (const p of points) g.fillCircle(p.x, p.y, width / 2);
}

/**
 * The map of Paris in vector graphics, readable across a room: arrondissements with big numbers,
 * the Seine and its islands, the woods, the périphérique, the city limit, a compass rose and a
 * scale bar, and the pack's optional layers.
 */
export class MapView {
  readonly container: Phaser.GameObjects.Container;
  private readonly numbers: Phaser.GameObjects.Text[] = [];
  /** The numbers on their own layer: under the markers while seats aim, over them at the reveal so a locked marker never hides one. */
  private readonly numberLayer: Phaser.GameObjects.Container;
  private readonly overlay: Graphics;
  private readonly snail: Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly round: RoundContext<MapQuestContent>,
    private readonly map: MapGeometry,
    private readonly frame: MapFrame,
  ) {
    const layers = round.content.layers;
    const at = (p: LonLat) => toScreen(p, frame);
    const g = scene.add.graphics();
    this.container = scene.add.container(0, 0, [g]);

    for (const shape of map.arrondissements) {
      g.fillStyle(MAP_COLOURS.land[shape.number % 4]!, 1);
      for (const ring of shape.rings) {
        path(g, ring.map(at), true);
        g.fillPath();
      }
    }
    g.fillStyle(MAP_COLOURS.woods, 1);
    for (const wood of map.woods) {
      path(g, wood.ring.map(at), true);
      g.fillPath();
    }
    if (layers.parks) {
      g.fillStyle(MAP_COLOURS.parks, 1);
      for (const park of map.parks) {
        path(g, park.ring.map(at), true);
        g.fillPath();
      }
    }
    g.lineStyle(2, MAP_COLOURS.border, 0.75);
    for (const shape of map.arrondissements) for (const ring of shape.rings) {
      path(g, ring.map(at), true);
      g.strokePath();
    }
    for (const piece of map.river) thickLine(g, piece.path.map(at), Math.max(8, piece.widthM * frame.scale), MAP_COLOURS.river);
    for (const island of map.islands) {
      g.fillStyle(MAP_COLOURS.land[0]!, 1);
      path(g, island.ring.map(at), true);
      g.fillPath();
    }
    if (layers.axes) for (const axis of map.axes) thickLine(g, axis.path.map(at), 5, MAP_COLOURS.axes, 0.8);
    g.lineStyle(5, MAP_COLOURS.peripherique, 0.9);
    path(g, map.peripherique.map(at), true);
    g.strokePath();
    g.lineStyle(6, MAP_COLOURS.boundary, 1);
    path(g, map.boundary.map(at), true);
    g.strokePath();

    this.overlay = scene.add.graphics();
    this.snail = scene.add.graphics().setVisible(false);
    this.container.add([this.overlay, this.snail]);
    if (layers.snail) this.drawSnail();
    this.numberLayer = scene.add.container(0, 0).setDepth(DEPTH.numbersUnderMarkers);

    for (const shape of map.arrondissements) {
      const p = at(shape.label!);
      const size = shape.number <= 4 ? 34 : 48;
      const label = scene.add
        .text(p.x, p.y, String(shape.number), textStyle(size, THEME.palette.text, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 7 }))
        .setOrigin(0.5)
        .setVisible(layers.numbers === 'always');
      this.numbers.push(label);
      this.numberLayer.add(label);
    }
  }

  /** Shows the arrondissement numbers (and the snail) for a reveal, or hides them again when the pack asks to. */
  showAnswers(visible: boolean): void {
    const always = this.round.content.layers.numbers === 'always';
    for (const label of this.numbers) label.setVisible(always || visible);
    this.numberLayer.setDepth(visible ? DEPTH.numbersAtReveal : DEPTH.numbersUnderMarkers);
    this.snail.setVisible(visible && this.round.content.layers.snail);
  }

  /** Where the shown arrondissement numbers sit on the screen, for labels to keep clear of. */
  numberBounds(): Rect[] {
    return this.numbers.filter((n) => n.visible).map((n) => {
      const b = n.getBounds();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    });
  }

  /** Lights up one arrondissement, or none. */
  highlight(number: number | null): void {
    this.overlay.clear();
    const shape = this.map.arrondissements.find((a) => a.number === number);
    if (!shape) return;
    for (const ring of shape.rings) {
      const points = ring.map((p) => toScreen(p, this.frame));
      this.overlay.fillStyle(MAP_COLOURS.highlight, 0.35);
      path(this.overlay, points, true);
      this.overlay.fillPath();
      this.overlay.lineStyle(7, MAP_COLOURS.highlight, 1);
      path(this.overlay, points, true);
      this.overlay.strokePath();
    }
  }

  /** The spiral through the numbers 1 → 20, with a dot at each. */
  private drawSnail(): void {
    const points = [...this.map.arrondissements].sort((a, b) => a.number - b.number).map((a) => toScreen(a.label!, this.frame));
    thickLine(this.snail, points, 6, MAP_COLOURS.highlight, 0.55);
  }

  /** A compass rose with the four letters, centred on (x, y). */
  static compass(scene: Phaser.Scene, round: RoundContext, x: number, y: number, radius = 46): Phaser.GameObjects.Container {
    const g = scene.add.graphics();
    const point = (angle: number, r: number) => ({ x: x + Math.sin(angle) * r, y: y - Math.cos(angle) * r });
    for (let i = 0; i < 4; i++) {
      const a = (i * Math.PI) / 2;
      const tip = point(a, radius);
      const left = point(a - Math.PI / 4, radius * 0.22);
      const right = point(a + Math.PI / 4, radius * 0.22);
      g.fillStyle(i === 0 ? MAP_COLOURS.highlight : 0xffffff, 1);
      path(g, [{ x, y }, left, tip, right], true);
      g.fillPath();
    }
    const letters = (['north', 'east', 'south', 'west'] as const).map((d, i) => {
      const p = point((i * Math.PI) / 2, radius + 26);
      return scene.add.text(p.x, p.y, round.t(`compass.${d}`), textStyle(i === 0 ? 40 : THEME.size.small, i === 0 ? THEME.palette.accent : THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5);
    });
    return scene.add.container(0, 0, [g, ...letters]);
  }

  /** A scale bar of `km` kilometres starting at (x, y). */
  static scaleBar(scene: Phaser.Scene, round: RoundContext, frame: MapFrame, x: number, y: number, km = 2): Phaser.GameObjects.Container {
    const length = km * 1000 * frame.scale;
    const g = scene.add.graphics();
    g.fillStyle(0xffffff, 1);
    g.fillRect(x, y - 6, length, 12);
    g.fillStyle(0x0b1d33, 1);
    g.fillRect(x + length / 2, y - 3, length / 2 - 3, 6);
    g.fillStyle(0xffffff, 1);
    g.fillRect(x, y - 18, 6, 24);
    g.fillRect(x + length - 6, y - 18, 6, 24);
    const label = scene.add.text(x + length + 16, y, round.t('scale.km', { value: km }), textStyle(THEME.size.small, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0, 0.5);
    return scene.add.container(0, 0, [g, label]);
  }
}

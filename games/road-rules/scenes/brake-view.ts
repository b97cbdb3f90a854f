import type Phaser from 'phaser';
import type { RoundContext, Seat } from '../../../src/sdk';
import { textStyle, THEME } from '../../../src/sdk/scene';
import type { BrakeStage } from '../content-schema';
import { brakeLesson } from '../rules/brake-test';
import { shownMetres } from '../rules/distances';
import { LANE_M, ROAD_HALF_M } from '../rules/route';
import { shownNumber } from '../rules/shown-number';
import type { SeatBrake } from '../rules/seat-drive';
import { drawCar, type CarArt } from './car-art';
import { CAR_AT, COLOURS, FEEDBACK_TOP_PX, feedbackBottomPx, worldOrigin, type Rect } from './layout';

/**
 * One seat's brake test on screen: a straight road with a post every 10 m, the car cruising,
 * the obstacle popping up ahead, and, once stopped, the distances drawn on the road: reaction in
 * amber, braking in red, and the rule-of-thumb stopping distance as a dashed line.
 */
export class BrakeView {
  readonly world: Phaser.GameObjects.Container;
  /** Pixels per metre: the whole obstacle distance fits ahead of the car. */
  readonly k: number;
  private readonly origin: number;
  private readonly car: CarArt;
  private readonly obstacle: Phaser.GameObjects.Container;
  private measured = false;

  constructor(
    private readonly scene: Phaser.Scene,
    seat: Seat,
    /** The round's language and texts, for the figures written on the road. */
    private readonly round: RoundContext,
    seatIndex: number,
    private readonly column: Rect,
    private readonly stage: BrakeStage,
    private readonly layout: { appearAtS: number; obstacleS: number },
    /** The seat's own layer: only its camera draws it. */
    worldLayer: Phaser.GameObjects.Layer,
    /** The seat's own camera, over its column; it lives for the whole round. */
    readonly camera: Phaser.Cameras.Scene2D.Camera,
  ) {
    this.origin = worldOrigin(seatIndex);
    this.k = Math.max(3, Math.min(14, (column.h * CAR_AT - 60) / (stage.obstacleM + 12)));
    const k = this.k;
    const road = scene.add.graphics();
    const length = layout.obstacleS + 120;
    road.fillStyle(stage.road === 'wet' ? 0x27414f : COLOURS.grass, 1);
    road.fillRect(-200, -length * k, 400, (length + 60) * k);
    road.fillStyle(COLOURS.pavement, 1);
    road.fillRect(-ROAD_HALF_M * k - 30, -length * k, ROAD_HALF_M * 2 * k + 60, (length + 60) * k);
    road.fillStyle(stage.road === 'wet' ? 0x2c3540 : COLOURS.asphalt, 1);
    road.fillRect(-ROAD_HALF_M * k - 14, -length * k, ROAD_HALF_M * 2 * k + 28, (length + 60) * k);
    road.fillStyle(COLOURS.marking, 0.9);
    for (let s = 0; s < length; s += 10) {
      road.fillRect(-3, -(s + 3) * k, 6, 3 * k);
      // Distance posts on both sides.
      road.fillRect(-ROAD_HALF_M * k - 26, -s * k - 3, 12, 6);
      road.fillRect(ROAD_HALF_M * k + 14, -s * k - 3, 12, 6);
    }
    if (stage.road === 'wet') {
      road.fillStyle(0x8fc3e8, 0.35);
      for (let s = 5; s < length; s += 17) road.fillEllipse(((s * 7) % 5) * 4 - 8, -s * k, 40, 10);
    }
    this.car = drawCar(scene, 66, 30, seat.colour, { seat, noseAtOrigin: true });
    this.obstacle = obstacleArt(scene, stage.obstacle).setPosition((LANE_M / 2) * k, -layout.obstacleS * k).setVisible(false);
    this.world = scene.add.container(this.origin, 0, [road, this.obstacle, this.car.container]).setDepth(-10);
    worldLayer.add(this.world);
    this.camera.setBackgroundColor(COLOURS.grass).setVisible(true).setZoom(1);
  }

  update(seat: SeatBrake): void {
    const k = this.k;
    const carY = -seat.car.s * k;
    // `s` is the car's nose: drawn with the nose at the container's origin.
    this.car.container.setPosition((LANE_M / 2) * k, carY);
    this.car.brakeLights.setVisible(seat.braking);
    this.obstacle.setVisible(seat.judge.appeared);
    if (seat.done && !this.measured) this.measure(seat);
    if (!this.measured) this.camera.setScroll(this.origin - this.column.w / 2, carY - this.column.h * CAR_AT);
  }

  /**
   * Once stopped, the camera zooms out to show the whole stop, from where the obstacle appeared to
   * the obstacle and the rule-of-thumb line, between the feedback's top band and the seat's figures.
   */
  private frameStop(): number {
    const lesson = brakeLesson(this.stage);
    const from = this.layout.appearAtS - 4;
    const to = Math.max(this.layout.obstacleS, this.layout.appearAtS + lesson.ruleStoppingM) + 8;
    const band = { top: FEEDBACK_TOP_PX, bottom: this.column.h - feedbackBottomPx(this.column.w) };
    const zoom = Math.min(1, (band.bottom - band.top) / ((to - from) * this.k));
    const middle = -((from + to) / 2) * this.k;
    const centre = middle - ((band.top + band.bottom) / 2 - this.column.h / 2) / zoom;
    this.camera.setZoom(zoom).centerOn(this.origin, centre);
    return zoom;
  }

  /** Draws the seat's reaction and braking distances and the rule of thumb on the road. */
  private measure(seat: SeatBrake): void {
    this.measured = true;
    const k = this.k;
    // Strokes and labels are drawn 1/zoom larger so they keep their size on screen.
    const z = 1 / this.frameStop();
    const result = seat.result();
    const lesson = brakeLesson(this.stage);
    const g = this.scene.add.graphics();
    const x = -ROAD_HALF_M * k - 60 * z;
    const from = this.layout.appearAtS;
    const brakeAt = from + (result.reactionM ?? result.stoppingM ?? 0);
    const end = from + (result.stoppingM ?? 0);
    g.fillStyle(0xffb000, 1);
    g.fillRect(x, -brakeAt * k, 22 * z, (brakeAt - from) * k);
    g.fillStyle(0xe5383b, 1);
    g.fillRect(x, -end * k, 22 * z, (end - brakeAt) * k);
    // The rule of thumb: a dashed white line across the road.
    const ruleAt = -(from + lesson.ruleStoppingM) * k;
    g.fillStyle(0xffffff, 1);
    for (let dx = -ROAD_HALF_M * k - 20 * z; dx < ROAD_HALF_M * k + 20 * z; dx += 24 * z) g.fillRect(dx, ruleAt - 3 * z, 14 * z, 6 * z);
    // Labels sit left of the bands, wrapped to what the column shows there (the camera is centred on the road).
    const room = x - 8 * z + (this.column.w / 2 - 12) * z;
    const label = (y: number, text: string, colour: string) =>
      this.scene.add
        .text(x - 8 * z, y, text, textStyle(Math.round(THEME.size.small * z), colour, { fontStyle: 'bold', stroke: '#000000', strokeThickness: 5 * z, align: 'right', wordWrap: { width: room } }))
        .setOrigin(1, 0.5);
    const items: Phaser.GameObjects.GameObject[] = [];
    if (result.reactionM !== undefined) items.push(label(-((from + brakeAt) / 2) * k, `${this.metres(result.reactionM)} m`, '#ffb000'));
    // No braking at all: the amber band is the whole run to the obstacle (the figures below say "no braking").
    else if (result.stoppingM !== undefined) items.push(label(-((from + brakeAt) / 2) * k, `${this.metres(result.stoppingM)} m`, '#ffb000'));
    if (result.brakingM !== undefined) items.push(label(-((brakeAt + end) / 2) * k, `${this.metres(result.brakingM)} m`, '#ff7a7a'));
    items.push(
      this.scene.add
        .text(ROAD_HALF_M * k + 12 * z, ruleAt, `≈ ${this.metres(lesson.ruleStoppingM)} m`, textStyle(Math.round(THEME.size.small * z), '#ffffff', { fontStyle: 'bold', stroke: '#000000', strokeThickness: 5 * z }))
        .setOrigin(0, 0.5),
    );
    // The bands lie on the road, under the car; their labels on top of everything.
    this.world.addAt(g, 1);
    this.world.add(items);
  }

  private metres(m: number): string {
    return shownNumber(shownMetres(m), this.round.locale);
  }

  destroy(): void {
    this.world.destroy();
  }
}

function obstacleArt(scene: Phaser.Scene, kind: BrakeStage['obstacle']): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  g.lineStyle(3, 0x111111, 1);
  switch (kind) {
    case 'ball':
      g.fillStyle(0xffffff, 1);
      g.fillCircle(0, 0, 22);
      g.fillStyle(0xe5383b, 1);
      g.slice(0, 0, 22, 0, Math.PI, false);
      g.fillPath();
      g.strokeCircle(0, 0, 22);
      break;
    case 'deer':
      g.fillStyle(0x8b5a2b, 1);
      g.fillEllipse(0, 0, 70, 32);
      g.fillCircle(40, -8, 12);
      g.strokeEllipse(0, 0, 70, 32);
      break;
    case 'box':
      g.fillStyle(0xc68a3e, 1);
      g.fillRect(-30, -24, 60, 48);
      g.strokeRect(-30, -24, 60, 48);
      g.lineBetween(-30, -24, 30, 24);
      break;
  }
  return scene.add.container(0, 0, [g]);
}

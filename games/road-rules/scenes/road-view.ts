import Phaser from 'phaser';
import type { Seat } from '../../../src/sdk';
import type { DriveStage } from '../content-schema';
import type { OtherCar, Walker } from '../rules/drive-world';
import { CAR_LENGTH_M, CAR_WIDTH_M, crossingEdges, LANE_M, otherCarPose, ROAD_HALF_M, seatPose, stopLine } from '../rules/route';
import type { SeatDrive } from '../rules/seat-drive';
import { WALK_ACROSS_M } from '../rules/drive-world';
import { drawCar, drawWalker, type CarArt } from './car-art';
import { drawSign } from './draw-sign';
import { CAR_AT, COLOURS, DRIVE_SCALE, ROADSIDE_SIGN_PX, worldOrigin, type Rect } from './layout';
import { drawRoad } from './road-art';

const K = DRIVE_SCALE;

/**
 * One seat's drive stage on screen: its own world (road, signs, lights, other cars, pedestrians)
 * seen by its own camera in its column, and arrows at the column's edges for cars coming from
 * out of view. The HUD camera never sees this world; the seat camera never sees the HUD.
 */
export class RoadView {
  readonly world: Phaser.GameObjects.Container;
  private readonly origin: number;
  private readonly car: CarArt;
  private readonly others: CarArt[];
  private readonly horns: Phaser.GameObjects.Text[];
  private readonly walkers: Phaser.GameObjects.Container[];
  private readonly edgeArrows: Phaser.GameObjects.Container[];
  private light: Phaser.GameObjects.Container | undefined;
  private lightPhase = '';

  constructor(
    private readonly scene: Phaser.Scene,
    seat: Seat,
    seatIndex: number,
    private readonly column: Rect,
    private readonly stage: DriveStage,
    /** The seat's own layer: only its camera draws it. */
    worldLayer: Phaser.GameObjects.Layer,
    /** The seat's own camera, over its column; it lives for the whole round. */
    readonly camera: Phaser.Cameras.Scene2D.Camera,
  ) {
    this.origin = worldOrigin(seatIndex);
    const road = scene.add.graphics();
    drawRoad(road, stage, K);
    const signs = stage.signs.map((sign) => {
      const side = sign.side === 'left' ? -1 : 1;
      const pole = scene.add.rectangle(side * (ROAD_HALF_M + 2.6) * K, -sign.atM * K + ROADSIDE_SIGN_PX / 2, 8, ROADSIDE_SIGN_PX / 2, 0x9aa3ad);
      return [pole, drawSign(scene, sign, side * (ROAD_HALF_M + 2.6) * K, -sign.atM * K, ROADSIDE_SIGN_PX)];
    });
    // The rules judge the car by its nose (`s`), so it is drawn with its nose there.
    this.car = drawCar(scene, CAR_LENGTH_M * K * 1.25, CAR_WIDTH_M * K * 1.3, seat.colour, { seat, noseAtOrigin: true });
    this.others = (stage.junction?.traffic ?? []).map(() => drawCar(scene, CAR_LENGTH_M * K * 1.25, CAR_WIDTH_M * K * 1.3, COLOURS.otherCar));
    this.horns = this.others.map(() =>
      scene.add.text(0, 0, '!', { fontFamily: 'sans-serif', fontSize: '56px', fontStyle: 'bold', color: '#ffd23f', stroke: '#000000', strokeThickness: 6 }).setOrigin(0.5).setVisible(false),
    );
    this.walkers = (stage.crossing?.pedestrians ?? []).map(() => drawWalker(scene, 2.6 * K, COLOURS.walker));
    this.world = scene.add.container(this.origin, 0, [road, ...signs.flat(), ...this.walkers, ...this.others.map((o) => o.container), ...this.horns, this.car.container]);
    this.world.setDepth(-10);
    worldLayer.add(this.world);

    this.camera.setBackgroundColor(COLOURS.grass).setVisible(true).setZoom(1);
    this.edgeArrows = this.others.map(() => edgeArrow(scene));
  }

  /** Moves everything to the seat's drive now; `blinkOn` flashes the indicators. */
  update(drive: SeatDrive, blinkOn: boolean): void {
    const pose = seatPose(this.stage, drive.way, drive.car.s);
    this.car.container.setPosition(pose.x * K, -pose.y * K).setRotation(pose.heading);
    this.car.brakeLights.setVisible(drive.pedals.brake > 0);
    this.car.leftBlinker.setVisible(blinkOn && drive.way === 'left' && !drive.wayLocked);
    this.car.rightBlinker.setVisible(blinkOn && drive.way === 'right' && !drive.wayLocked);
    this.camera.setScroll(this.origin + pose.x * K * 0.6 - this.column.w / 2, -pose.y * K - this.column.h * CAR_AT);

    drive.world.cars.forEach((other, i) => this.placeOther(other, i));
    drive.world.walkers.forEach((walker, i) => this.placeWalker(walker, i));
    this.showLight(drive.world.light?.phase);
  }

  private placeOther(other: OtherCar, i: number): void {
    const art = this.others[i]!;
    const horn = this.horns[i]!;
    const arrow = this.edgeArrows[i]!;
    const junction = this.stage.junction;
    const visible = junction !== undefined && (other.state === 'driving' || other.state === 'held');
    art.container.setVisible(visible);
    horn.setVisible(visible && other.honking);
    if (!visible || !junction) {
      arrow.setVisible(false);
      return;
    }
    const pose = otherCarPose(junction, other.from, other.u);
    art.container.setPosition(pose.x * K, -pose.y * K).setRotation(pose.heading);
    art.brakeLights.setVisible(other.state === 'held');
    horn.setPosition(pose.x * K, -pose.y * K - 50);
    // Off the column's sides and coming: an arrow at the edge says from where.
    const screenX = this.origin + pose.x * K - this.camera.scrollX;
    const screenY = -pose.y * K - this.camera.scrollY;
    const off = other.u < 0 && (screenX < 0 || screenX > this.column.w) && screenY > 0 && screenY < this.column.h;
    arrow.setVisible(off);
    if (off) {
      const fromLeft = screenX < 0;
      arrow.setPosition(this.column.x + (fromLeft ? 34 : this.column.w - 34), this.column.y + screenY).setScale(fromLeft ? 1 : -1, 1);
    }
  }

  private placeWalker(walker: Walker, i: number): void {
    const art = this.walkers[i]!;
    const crossing = this.stage.crossing;
    if (!crossing) return;
    const dir = walker.side === 'right' ? -1 : 1;
    const startX = -dir * (ROAD_HALF_M + 1);
    const x = walker.state === 'idle' ? startX - dir * 3 : walker.state === 'waiting' ? startX : walker.state === 'walking' ? startX + dir * walker.walked : startX + dir * (WALK_ACROSS_M + 2);
    const { near } = crossingEdges(crossing);
    art.setPosition(x * K, -(near + 1 + i * 1.5) * K).setVisible(walker.state !== 'done').setRotation(dir > 0 ? Math.PI / 2 : -Math.PI / 2);
    (art.list[0] as Phaser.GameObjects.Graphics | undefined)?.setVisible(walker.state === 'waiting' || walker.state === 'walking');
  }

  private showLight(phase: string | undefined): void {
    const junction = this.stage.junction;
    if (!junction || !phase || phase === this.lightPhase) return;
    this.lightPhase = phase;
    this.light?.destroy();
    const lamp = phase === 'red' ? 'red' : phase === 'amber' ? 'amber' : 'green';
    this.light = drawSign(this.scene, { code: 'R11v' }, (ROAD_HALF_M + 1.6) * K, -(stopLine(junction) + LANE_M / 2) * K, 84, lamp);
    this.world.add(this.light);
  }

  destroy(): void {
    this.world.destroy();
    this.edgeArrows.forEach((arrow) => arrow.destroy());
  }
}

/** A yellow arrow pointing into the column with a car on it; flipped for the right edge. */
function edgeArrow(scene: Phaser.Scene): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  g.fillStyle(0xffd23f, 1);
  g.lineStyle(4, 0x111111, 1);
  const points = [new Phaser.Math.Vector2(-28, -30), new Phaser.Math.Vector2(28, 0), new Phaser.Math.Vector2(-28, 30)];
  g.fillPoints(points, true);
  g.strokePoints(points, true);
  g.fillStyle(0x111111, 1);
  g.fillRoundedRect(-22, -9, 30, 18, 5);
  return scene.add.container(0, 0, [g]).setVisible(false).setDepth(20);
}

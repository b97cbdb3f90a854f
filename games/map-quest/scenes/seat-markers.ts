import type Phaser from 'phaser';
import type { Seat, SeatId } from '../../../src/sdk';
import { drawSeatShape } from '../../../src/sdk/scene';
import type { XY } from '../geo';
import { DEPTH } from './layout';

const SIZE = 44;

/**
 * One marker per seat on the map, in the seat's colour and shape, with a white halo so it reads on
 * any background and a cross hair at its exact point. A locked-in marker gets a thick ring.
 */
export class SeatMarkers {
  private readonly markers = new Map<SeatId, Phaser.GameObjects.Graphics>();

  constructor(scene: Phaser.Scene, private readonly seats: readonly Seat[]) {
    for (const seat of seats) this.markers.set(seat.id, scene.add.graphics().setDepth(DEPTH.markers));
  }

  draw(seat: SeatId, at: XY, locked: boolean): void {
    const g = this.markers.get(seat);
    const style = this.seats.find((s) => s.id === seat);
    if (!g || !style) return;
    g.clear();
    g.setPosition(at.x, at.y);
    g.fillStyle(0xffffff, 0.9);
    g.fillCircle(0, 0, SIZE * 0.72);
    if (locked) {
      g.lineStyle(7, 0x0b1d33, 1);
      g.strokeCircle(0, 0, SIZE * 0.72 + 4);
    }
    drawSeatShape(g, style.shape, 0, 0, SIZE, style.colour);
    g.lineStyle(3, 0x000000, 1);
    g.lineBetween(-7, 0, 7, 0);
    g.lineBetween(0, -7, 0, 7);
  }

  setVisible(visible: boolean): void {
    for (const g of this.markers.values()) g.setVisible(visible);
  }

  destroy(): void {
    for (const g of this.markers.values()) g.destroy();
  }
}

import type Phaser from 'phaser';
import type { Seat, SeatId } from '../../../src/sdk';
import { THEME, seatMarker, textStyle } from '../../../src/sdk/scene';
import { LAYOUT, fitWidth } from './layout';

/** The seats column: each seat's shape in its colour, its name, and one status line (locked in, points…). */
export class SeatPanel {
  readonly container: Phaser.GameObjects.Container;
  private readonly status = new Map<SeatId, Phaser.GameObjects.Text>();

  constructor(scene: Phaser.Scene, seats: readonly Seat[]) {
    this.container = scene.add.container(0, 0);
    const { x, y, width } = LAYOUT.seats;
    const rowHeight = Math.min(200, LAYOUT.seats.height / Math.max(1, seats.length));
    seats.forEach((seat, i) => {
      const top = y + i * rowHeight;
      this.container.add([
        scene.add.rectangle(x, top + 6, width, rowHeight - 12, THEME.colour.panel).setOrigin(0, 0),
        seatMarker(scene, seat, x + 40, top + 50, 52),
        fitWidth(scene.add.text(x + 78, top + 50, seat.name, textStyle(THEME.size.small, THEME.colour.text, { fontStyle: 'bold' })).setOrigin(0, 0.5), width - 90),
      ]);
      const line = scene.add.text(x + width / 2, top + 112, '', textStyle(THEME.size.body, THEME.colour.textDim, { fontStyle: 'bold', align: 'center' })).setOrigin(0.5);
      this.status.set(seat.id, line);
      this.container.add(line);
    });
  }

  /** Sets a seat's status line, in the accent colour when `strong`. */
  set(seat: SeatId, text: string, colour: string = THEME.colour.textDim): void {
    this.status.get(seat)?.setText(text).setColor(colour);
  }

  destroy(): void {
    this.container.destroy();
  }
}

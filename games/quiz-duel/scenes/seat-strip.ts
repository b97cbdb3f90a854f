import type Phaser from 'phaser';
import type { Seat, SeatId } from '../../../src/sdk';
import { THEME, seatMarker, textStyle } from '../../../src/sdk/scene';
import { colourNumber, drawTick, fitWidth } from './layout';

/** What a seat's slot shows: still thinking, answered (choice hidden), or the points it just won. */
export type SeatStatus = { kind: 'waiting' } | { kind: 'answered' } | { kind: 'points'; points: number } | { kind: 'silent' };

interface Slot {
  panel: Phaser.GameObjects.Rectangle;
  status: Phaser.GameObjects.Container;
  right: number;
}

/** Six slots fill the safe width; fewer seats get wider slots, up to this. */
const SLOT_WIDTH = 400;
const SLOT_HEIGHT = 64;
/** Room kept at the right of a slot for the widest status, "+150". */
const STATUS_WIDTH = 84;

/** One slot per seat across the screen: marker (colour and shape) and name, then a status. */
export class SeatStrip {
  readonly container: Phaser.GameObjects.Container;
  private readonly slots = new Map<SeatId, Slot>();

  constructor(
    private readonly scene: Phaser.Scene,
    seats: readonly Seat[],
    y: number,
  ) {
    this.container = scene.add.container(0, y);
    const width = Math.min(SLOT_WIDTH, THEME.safe.width / Math.max(1, seats.length));
    const left = THEME.width / 2 - (width * seats.length) / 2;
    seats.forEach((seat, i) => {
      const x = left + i * width;
      const panel = scene.add.rectangle(x + 4, 0, width - 8, SLOT_HEIGHT, THEME.colour.panel).setOrigin(0, 0.5);
      const marker = seatMarker(scene, seat, x + 38, 0, 44);
      const name = scene.add.text(x + 68, 0, seat.name, textStyle(THEME.size.small)).setOrigin(0, 0.5);
      fitWidth(name, width - 68 - 14 - STATUS_WIDTH);
      const status = scene.add.container(0, 0);
      this.container.add([panel, marker, name, status]);
      this.slots.set(seat.id, { panel, status, right: x + width - 14 });
    });
  }

  setStatus(seat: SeatId, status: SeatStatus): void {
    const slot = this.slots.get(seat);
    if (!slot) return;
    slot.status.removeAll(true);
    const answered = status.kind === 'answered';
    slot.panel.setFillStyle(answered ? THEME.colour.panelLight : THEME.colour.panel);
    slot.panel.setStrokeStyle(answered ? 4 : 0, colourNumber(THEME.colour.good));
    switch (status.kind) {
      case 'waiting':
        slot.status.add(this.scene.add.text(slot.right, 0, '…', textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(1, 0.5));
        break;
      case 'answered': {
        const tick = this.scene.add.graphics();
        drawTick(tick, slot.right - 22, 0, 40, colourNumber(THEME.colour.good));
        slot.status.add(tick);
        break;
      }
      case 'points': {
        const colour = status.points > 0 ? THEME.colour.good : THEME.colour.textDim;
        const label = this.scene.add.text(slot.right, 0, `+${status.points}`, textStyle(THEME.size.small, colour, { fontStyle: 'bold' }));
        slot.status.add(label.setOrigin(1, 0.5));
        break;
      }
      case 'silent':
        slot.status.add(this.scene.add.text(slot.right, 0, '—', textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(1, 0.5));
        break;
    }
  }
}

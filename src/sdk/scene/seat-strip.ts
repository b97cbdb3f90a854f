import type Phaser from 'phaser';
import type { Language } from '../../shared/languages';
import type { SeatId } from '../rules/rules';
import type { Seat } from '../round-context';
import { drawTick } from './marks';
import { sceneText } from './scene-texts';
import { seatMarker } from './seat-badge';
import { fitLine } from './text-fit';
import { THEME, textStyle } from './theme';

/** What a seat's slot shows besides its name: its points so far and where it is in the item. */
export interface SeatSlotLook {
  /** The seat's points so far this round. */
  points: number;
  /** `thinking` (…), `locked` (a tick: answered, which answer hidden), `silent` (— gave nothing), or the points it just won. */
  status: 'thinking' | 'locked' | 'silent' | { won: number };
}

/** Six slots fill the safe width; fewer seats get wider slots, up to this. */
const SLOT_WIDTH = 400;
const SLOT_HEIGHT = 88;
/** Room kept at the right of a slot for the widest status, "+150". */
const STATUS_WIDTH = 84;

interface Slot {
  seat: Seat;
  panel: Phaser.GameObjects.Rectangle;
  points: Phaser.GameObjects.Text;
  status: Phaser.GameObjects.Container;
  right: number;
  shown: string;
}

/**
 * One slot per seat across the screen, centred on `y`: the seat's shape in its colour, its name,
 * its points, and a mark — thinking, locked (ticked and framed), silent, or the points just won.
 * @example
 * const strip = new SeatStrip(this, { seats: this.round.seats, y: 200, locale: this.round.locale });
 * strip.update('pad-0', { points: tally.points, status: draft.locked ? 'locked' : 'thinking' });
 */
export class SeatStrip {
  readonly container: Phaser.GameObjects.Container;
  private readonly slots = new Map<SeatId, Slot>();

  private readonly locale: Language;

  constructor(
    private readonly scene: Phaser.Scene,
    options: { seats: readonly Seat[]; y: number; locale: Language },
  ) {
    const { seats, y } = options;
    this.locale = options.locale;
    this.container = scene.add.container(0, y);
    const width = Math.min(SLOT_WIDTH, THEME.safe.width / Math.max(1, seats.length));
    const left = THEME.width / 2 - (width * seats.length) / 2;
    seats.forEach((seat, i) => {
      const x = left + i * width;
      const panel = scene.add.rectangle(x + 4, 0, width - 8, SLOT_HEIGHT, THEME.palette.panel).setOrigin(0, 0.5);
      const marker = seatMarker(scene, seat, x + 38, 0, 48);
      const nameWidth = width - 68 - 14 - STATUS_WIDTH;
      const name = fitLine(scene.add.text(x + 68, -18, seat.name, textStyle(THEME.size.small, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0, 0.5), nameWidth);
      const points = scene.add.text(x + 68, 20, '', textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0, 0.5);
      const status = scene.add.container(0, 0);
      this.container.add([panel, marker, name, points, status]);
      this.slots.set(seat.id, { seat, panel, points, status, right: x + width - 14, shown: '' });
    });
  }

  /** Shows a seat's points and mark; cheap when nothing changed, so call it every frame from the state. */
  update(seat: SeatId, look: SeatSlotLook): void {
    const slot = this.slots.get(seat);
    if (!slot) throw new Error(`SeatStrip: no slot for seat "${seat}"`);
    const key = JSON.stringify(look);
    if (key === slot.shown) return;
    slot.shown = key;
    slot.points.setText(sceneText(this.locale, 'points', { points: look.points }));
    slot.status.removeAll(true);
    const locked = look.status === 'locked';
    slot.panel.setFillStyle(locked ? THEME.palette.panelLight : THEME.palette.panel);
    slot.panel.setStrokeStyle(locked ? 4 : 0, THEME.palette.good);
    const { scene } = this;
    const status = look.status;
    if (status === 'thinking' || status === 'silent') {
      slot.status.add(scene.add.text(slot.right, 0, status === 'thinking' ? '…' : '—', textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(1, 0.5));
    } else if (status === 'locked') {
      const tick = scene.add.graphics();
      drawTick(tick, slot.right - 22, 0, 40, THEME.palette.good);
      slot.status.add(tick);
    } else {
      const colour = status.won > 0 ? THEME.palette.good : THEME.palette.textDim;
      slot.status.add(scene.add.text(slot.right, 0, `+${status.won}`, textStyle(THEME.size.small, colour, { fontStyle: 'bold' })).setOrigin(1, 0.5));
    }
  }

  destroy(): void {
    this.container.destroy();
  }
}

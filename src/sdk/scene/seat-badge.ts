import type Phaser from 'phaser';
import type { SeatShape } from '../../shared/seat-style';
import type { Seat } from '../round-context';

/** Draws a seat's shape filled with its colour, centred on (x, y), `size` pixels across. */
export function drawSeatShape(g: Phaser.GameObjects.Graphics, shape: SeatShape, x: number, y: number, size: number, colour: number): void {
  const r = size / 2;
  g.fillStyle(colour, 1);
  g.lineStyle(Math.max(2, size / 16), 0x000000, 0.8);
  const polygon = (points: number[][]) => {
    g.beginPath();
    points.forEach(([px, py], i) => (i === 0 ? g.moveTo(x + px!, y + py!) : g.lineTo(x + px!, y + py!)));
    g.closePath();
    g.fillPath();
    g.strokePath();
  };
  const regular = (sides: number, radius: number, start = -Math.PI / 2) =>
    Array.from({ length: sides }, (_, i) => [Math.cos(start + (i * 2 * Math.PI) / sides) * radius, Math.sin(start + (i * 2 * Math.PI) / sides) * radius]);
  switch (shape) {
    case 'circle':
      g.fillCircle(x, y, r);
      g.strokeCircle(x, y, r);
      break;
    case 'square':
      g.fillRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      g.strokeRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'triangle':
      polygon(regular(3, r * 1.1, -Math.PI / 2).map(([px, py]) => [px!, py! + r * 0.15]));
      break;
    case 'diamond':
      polygon([[0, -r], [r, 0], [0, r], [-r, 0]]);
      break;
    case 'star':
      polygon(Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        return [Math.cos(a) * radius, Math.sin(a) * radius];
      }));
      break;
    case 'hexagon':
      polygon(regular(6, r, 0));
      break;
  }
}

/** Draws a seat's marker (shape in colour) and returns the graphics object. */
export function seatMarker(scene: Phaser.Scene, seat: Seat, x: number, y: number, size = 48): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  drawSeatShape(g, seat.shape, x, y, size, seat.colour);
  return g;
}

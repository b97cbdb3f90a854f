import type { SeatShape } from '../../shared/seat-style';
import { svg } from './dom';

/**
 * The points of each seat shape on a 100 × 100 box centred on 0, drawn as the big screen draws
 * them (src/sdk/scene/seat-badge.ts), so a phone shows the very marker the screen puts by its seat.
 */
export function seatShapePoints(shape: Exclude<SeatShape, 'circle'>): [number, number][] {
  const r = 50;
  const regular = (sides: number, radius: number, start: number): [number, number][] =>
    Array.from({ length: sides }, (_, i) => [Math.cos(start + (i * 2 * Math.PI) / sides) * radius, Math.sin(start + (i * 2 * Math.PI) / sides) * radius]);
  switch (shape) {
    case 'square':
      return [[-r * 0.85, -r * 0.85], [r * 0.85, -r * 0.85], [r * 0.85, r * 0.85], [-r * 0.85, r * 0.85]];
    case 'triangle':
      return regular(3, r * 1.1, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.15]);
    case 'diamond':
      return [[0, -r], [r, 0], [0, r], [-r, 0]];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        return [Math.cos(a) * radius, Math.sin(a) * radius];
      });
    case 'hexagon':
      return regular(6, r, 0);
  }
}

/** The seat's shape in its colour, outlined in black like on the screen; `label` names it for screen readers. */
export function seatShapeIcon(shape: SeatShape, colour: string, label: string): SVGElement {
  const body =
    shape === 'circle'
      ? svg('circle', { cx: 0, cy: 0, r: 48 })
      : svg('polygon', { points: seatShapePoints(shape).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ') });
  body.setAttribute('fill', colour);
  body.setAttribute('stroke', '#000');
  body.setAttribute('stroke-width', '5');
  body.setAttribute('stroke-linejoin', 'round');
  const icon = svg('svg', { viewBox: '-56 -56 112 112', class: 'seat-shape', role: 'img', 'aria-label': label }, body);
  return icon;
}

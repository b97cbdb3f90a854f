import type { XY } from '../geo';

/** A rectangle on the design screen. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The easternmost x where the horizontal line at `y` crosses the closed outline, or -Infinity when it misses it. */
export function eastmostAt(outline: readonly XY[], y: number): number {
  let east = -Infinity;
  for (let i = 0; i < outline.length; i++) {
    const a = outline[i]!;
    const b = outline[(i + 1) % outline.length]!;
    if (a.y === b.y || (a.y - y) * (b.y - y) > 0) continue;
    east = Math.max(east, a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y));
  }
  return east;
}

/**
 * The free corner at the top right of `area` that the drawn city (its outline on screen) leaves
 * empty, as tall as it goes while it stays at least `minWidth` wide, `gap` pixels clear of the
 * outline: where a panel can sit without hiding any of the map. Null when there is no such corner.
 */
export function freeTopRightCorner(outline: readonly XY[], area: Rect, minWidth: number, gap: number, stepPx = 4): Rect | null {
  const right = area.x + area.width;
  let west = -Infinity;
  let bottom = area.y;
  for (let y = area.y; y <= area.y + area.height; y += stepPx) {
    const east = Math.max(eastmostAt(outline, y), eastmostAt(outline, y - gap), eastmostAt(outline, y + gap));
    if (east + gap > right - minWidth) break;
    west = Math.max(west, east);
    bottom = y;
  }
  if (bottom - area.y < stepPx) return null;
  const x = Number.isFinite(west) ? west + gap : right - minWidth;
  return { x, y: area.y, width: right - x, height: bottom - gap - area.y };
}

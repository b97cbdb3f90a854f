/**
 * Polygon simplification for the screen: Douglas–Peucker on a local equirectangular projection,
 * so the tolerance is in metres. A 1920-pixel map of Paris shows about 12 m per pixel, so a
 * tolerance of 10 m keeps every corner a player can see.
 */

export type LonLatPair = [lon: number, lat: number];

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

function toMetres(points: readonly LonLatPair[]): { x: number; y: number }[] {
  const lat0 = points[0]![1] * RAD;
  return points.map(([lon, lat]) => ({ x: lon * RAD * EARTH_RADIUS_M * Math.cos(lat0), y: lat * RAD * EARTH_RADIUS_M }));
}

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** Douglas–Peucker on an open line: keeps both ends and every point farther than `toleranceM` from the simplified line. */
export function simplifyLine(points: readonly LonLatPair[], toleranceM: number): LonLatPair[] {
  if (points.length <= 2) return [...points];
  const metres = toMetres(points);
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = toleranceM;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(metres[i]!, metres[first]!, metres[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring (with or without its closing point) and returns it open, at least
 * three points, coordinates rounded to 6 decimals (about 10 cm).
 */
export function simplifyRing(ring: readonly LonLatPair[], toleranceM: number): LonLatPair[] {
  const open = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : [...ring];
  if (open.length <= 3) return open.map(round);
  // Split at the first point and the point farthest from it, so both halves are open lines.
  const metres = toMetres(open);
  let split = 1;
  for (let i = 1; i < open.length; i++) {
    if (Math.hypot(metres[i]!.x - metres[0]!.x, metres[i]!.y - metres[0]!.y) > Math.hypot(metres[split]!.x - metres[0]!.x, metres[split]!.y - metres[0]!.y)) split = i;
  }
  const first = simplifyLine(open.slice(0, split + 1), toleranceM);
  const second = simplifyLine([...open.slice(split), open[0]!], toleranceM);
  const simplified = [...first, ...second.slice(1, -1)];
  return (simplified.length >= 3 ? simplified : [open[0]!, open[split]!, open[Math.floor(open.length * 0.75)]!]).map(round);
}

function round([lon, lat]: LonLatPair): LonLatPair {
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceM, distanceToRingsM, EARTH_RADIUS_M, fromScreen, frameFitting, labelPoint, pointInRing, pointInRings, ringAreaM2, toScreen, type LonLat, type Ring } from './geo';

const EIFFEL: LonLat = [2.2945, 48.8584];
const NOTRE_DAME: LonLat = [2.3499, 48.853];
const SACRE_COEUR: LonLat = [2.3431, 48.8867];
const PANTHEON: LonLat = [2.3464, 48.8462];

describe('great-circle distance', () => {
  it('gives one degree of a meridian as πR/180 ≈ 111 195.08 m', () => {
    expect(distanceM([0, 0], [0, 1])).toBeCloseTo((Math.PI * EARTH_RADIUS_M) / 180, 3);
    expect(distanceM([0, 0], [0, 1])).toBeCloseTo(111_195.08, 1);
  });

  it('gives a quarter of the Earth from the equator to the pole', () => {
    expect(distanceM([12, 0], [12, 90])).toBeCloseTo((Math.PI * EARTH_RADIUS_M) / 2, 3);
  });

  it('shrinks a degree of longitude by cos(latitude)', () => {
    // At 60° north a degree of longitude is close to half a degree at the equator.
    expect(distanceM([0, 60], [1, 60]) / distanceM([0, 0], [1, 0])).toBeCloseTo(0.5, 3);
  });

  it('puts the Eiffel Tower about 4.1 km from Notre-Dame', () => {
    expect(distanceM(EIFFEL, NOTRE_DAME)).toBeGreaterThan(4_050);
    expect(distanceM(EIFFEL, NOTRE_DAME)).toBeLessThan(4_150);
  });

  it('puts the Sacré-Cœur about 4.5 km north of the Panthéon', () => {
    // 0.0405° of latitude is 4 503 m; the 0.0033° of longitude adds almost nothing.
    expect(distanceM(SACRE_COEUR, PANTHEON)).toBeCloseTo(4_510, -1);
  });

  it('is symmetric and zero from a point to itself', () => {
    fc.assert(
      fc.property(fc.double({ min: 2.2, max: 2.5, noNaN: true }), fc.double({ min: 48.8, max: 48.92, noNaN: true }), fc.double({ min: 2.2, max: 2.5, noNaN: true }), fc.double({ min: 48.8, max: 48.92, noNaN: true }), (a, b, c, d) => {
        expect(distanceM([a, b], [c, d])).toBeCloseTo(distanceM([c, d], [a, b]), 6);
        expect(distanceM([a, b], [a, b])).toBe(0);
      }),
    );
  });
});

describe('projection', () => {
  const frame = frameFitting([[[2.25, 48.815], [2.42, 48.815], [2.42, 48.902], [2.25, 48.902]]], { x: 100, y: 50, width: 1500, height: 900 });

  it('draws north up and east right', () => {
    const centre = toScreen(frame.origin, frame);
    expect(toScreen([frame.origin[0], frame.origin[1] + 0.01], frame).y).toBeLessThan(centre.y);
    expect(toScreen([frame.origin[0] + 0.01, frame.origin[1]], frame).x).toBeGreaterThan(centre.x);
  });

  it('keeps scale the same both ways: 1 km east and 1 km north are as long on screen', () => {
    const centre = toScreen(frame.origin, frame);
    const east = toScreen([frame.origin[0] + 1000 / (EARTH_RADIUS_M * Math.cos((frame.origin[1] * Math.PI) / 180) * (Math.PI / 180)), frame.origin[1]], frame);
    const north = toScreen([frame.origin[0], frame.origin[1] + 1000 / (EARTH_RADIUS_M * (Math.PI / 180))], frame);
    expect(east.x - centre.x).toBeCloseTo(1000 * frame.scale, 6);
    expect(centre.y - north.y).toBeCloseTo(1000 * frame.scale, 6);
  });

  it('fits the rings inside the rectangle', () => {
    for (const corner of [[2.25, 48.815], [2.42, 48.902]] as LonLat[]) {
      const s = toScreen(corner, frame);
      expect(s.x).toBeGreaterThanOrEqual(100 - 1e-6);
      expect(s.x).toBeLessThanOrEqual(1600 + 1e-6);
      expect(s.y).toBeGreaterThanOrEqual(50 - 1e-6);
      expect(s.y).toBeLessThanOrEqual(950 + 1e-6);
    }
  });

  it('goes back to the same point from the screen', () => {
    fc.assert(
      fc.property(fc.double({ min: 2.2, max: 2.5, noNaN: true }), fc.double({ min: 48.8, max: 48.92, noNaN: true }), (lon, lat) => {
        const back = fromScreen(toScreen([lon, lat], frame), frame);
        expect(back[0]).toBeCloseTo(lon, 9);
        expect(back[1]).toBeCloseTo(lat, 9);
      }),
    );
  });

  it('measures screen distances that agree with great-circle distances across Paris within 0.2 %', () => {
    const a = toScreen(EIFFEL, frame);
    const b = toScreen(NOTRE_DAME, frame);
    const screenM = Math.hypot(a.x - b.x, a.y - b.y) / frame.scale;
    expect(Math.abs(screenM - distanceM(EIFFEL, NOTRE_DAME)) / distanceM(EIFFEL, NOTRE_DAME)).toBeLessThan(0.002);
  });
});

describe('point in polygon', () => {
  const square: Ring = [[0, 0], [10, 0], [10, 10], [0, 10]];
  // A U shape opening north: the notch between x 4 and 6 above y 3 is outside.
  const u: Ring = [[0, 0], [10, 0], [10, 10], [6, 10], [6, 3], [4, 3], [4, 10], [0, 10]];

  it('finds points inside and outside a square', () => {
    expect(pointInRing([5, 5], square)).toBe(true);
    expect(pointInRing([15, 5], square)).toBe(false);
    expect(pointInRing([-0.001, 5], square)).toBe(false);
  });

  it('counts points on an edge or a vertex as inside', () => {
    expect(pointInRing([10, 5], square)).toBe(true);
    expect(pointInRing([5, 0], square)).toBe(true);
    expect(pointInRing([0, 0], square)).toBe(true);
    expect(pointInRing([10, 10], square)).toBe(true);
  });

  it('handles a concave outline', () => {
    expect(pointInRing([5, 5], u)).toBe(false);
    expect(pointInRing([5, 2], u)).toBe(true);
    expect(pointInRing([2, 8], u)).toBe(true);
    expect(pointInRing([8, 8], u)).toBe(true);
  });

  it('counts a ray through a vertex once', () => {
    // The horizontal ray from (5, 3) runs along the bottom of the notch and through its corners.
    expect(pointInRing([2, 3], u)).toBe(true);
    expect(pointInRing([-1, 3], u)).toBe(false);
    const diamond: Ring = [[0, 5], [5, 0], [10, 5], [5, 10]];
    expect(pointInRing([2, 5], diamond)).toBe(true);
    expect(pointInRing([-2, 5], diamond)).toBe(false);
  });

  it('accepts a ring that repeats its first point, and refuses fewer than three points', () => {
    expect(pointInRing([5, 5], [...square, [0, 0]])).toBe(true);
    expect(pointInRing([0, 0], [[0, 0], [1, 1]])).toBe(false);
  });

  it('looks in every ring of an area made of pieces', () => {
    const pieces: Ring[] = [square, [[20, 0], [30, 0], [30, 10], [20, 10]]];
    expect(pointInRings([25, 5], pieces)).toBe(true);
    expect(pointInRings([15, 5], pieces)).toBe(false);
  });
});

describe('areas and labels', () => {
  const km: Ring = [[2.35, 48.85], [2.35 + 1000 / 73_305, 48.85], [2.35 + 1000 / 73_305, 48.85 + 1000 / 111_195], [2.35, 48.85 + 1000 / 111_195]];

  it('measures a square kilometre', () => {
    expect(ringAreaM2(km) / 1e6).toBeCloseTo(1, 2);
  });

  it('measures the distance to an area, zero inside', () => {
    expect(distanceToRingsM([2.352, 48.852], [km])).toBe(0);
    // 0.01° of latitude south of the square is about 1.1 km away.
    expect(distanceToRingsM([2.355, 48.84], [km])).toBeCloseTo(1_112, -1);
  });

  it('puts a label inside a concave outline, away from its edges', () => {
    const l: Ring = [[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10]].map(([x, y]) => [2.3 + x! / 1000, 48.85 + y! / 1000] as LonLat);
    const label = labelPoint([l]);
    expect(pointInRing(label, l)).toBe(true);
  });
});

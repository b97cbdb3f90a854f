import { describe, expect, it } from 'vitest';
import { simplifyLine, simplifyRing, type LonLatPair } from './simplify';

/** A point `east` and `north` metres from a corner near Notre-Dame. */
const at = (east: number, north: number): LonLatPair => [2.35 + east / 73_305, 48.85 + north / 111_195];

describe('simplification', () => {
  it('drops points closer to the line than the tolerance and keeps the ends', () => {
    const line = [at(0, 0), at(100, 3), at(200, -4), at(300, 2), at(400, 0)];
    expect(simplifyLine(line, 10)).toEqual([line[0], line[4]]);
  });

  it('keeps a corner farther than the tolerance', () => {
    const line = [at(0, 0), at(100, 24), at(200, 50), at(300, 26), at(400, 0)];
    expect(simplifyLine(line, 10)).toEqual([line[0], line[2], line[4]]);
  });

  it('turns a densely drawn square back into its four corners', () => {
    const square: LonLatPair[] = [];
    for (let i = 0; i < 10; i++) square.push(at(i * 100, 0));
    for (let i = 0; i < 10; i++) square.push(at(1000, i * 100));
    for (let i = 0; i < 10; i++) square.push(at(1000 - i * 100, 1000));
    for (let i = 0; i < 10; i++) square.push(at(0, 1000 - i * 100));
    square.push(square[0]!);
    const simplified = simplifyRing(square, 5);
    expect(simplified).toHaveLength(4);
    for (const corner of [at(0, 0), at(1000, 0), at(1000, 1000), at(0, 1000)]) {
      expect(simplified.some(([lon, lat]) => Math.abs(lon - corner[0]) < 1e-6 && Math.abs(lat - corner[1]) < 1e-6)).toBe(true);
    }
  });

  it('never returns fewer than three points, rounded to six decimals', () => {
    const thin = [at(0, 0), at(500, 1), at(1000, 0), at(500, -1), at(0, 0)];
    const simplified = simplifyRing(thin, 50);
    expect(simplified.length).toBeGreaterThanOrEqual(3);
    for (const [lon, lat] of simplified) {
      expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
      expect(Math.round(lat * 1e6) / 1e6).toBe(lat);
    }
  });
});

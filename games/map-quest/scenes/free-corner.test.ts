import { describe, expect, it } from 'vitest';
import { eastmostAt, freeTopRightCorner } from './free-corner';

// A city that is narrow at the top (x ≤ 600) and juts east (to x = 980) below y = 700, like Paris and the Bois de Vincennes.
const city = [
  { x: 100, y: 100 }, { x: 600, y: 100 }, { x: 600, y: 700 }, { x: 980, y: 700 }, { x: 980, y: 900 }, { x: 100, y: 900 },
];
const area = { x: 0, y: 0, width: 1000, height: 1000 };

describe('eastmostAt', () => {
  it('finds the easternmost crossing, and none outside the outline', () => {
    expect(eastmostAt(city, 400)).toBe(600);
    expect(eastmostAt(city, 800)).toBe(980);
    expect(eastmostAt(city, 50)).toBe(-Infinity);
  });
});

describe('freeTopRightCorner', () => {
  it('is the corner east of the narrow part, above the eastern bulge, clear of the outline by the gap', () => {
    const corner = freeTopRightCorner(city, area, 300, 20, 4)!;
    expect(corner.x).toBe(620);
    expect(corner.y).toBe(0);
    expect(corner.width).toBe(380);
    // The last row clear of the bulge (with its gap) is y = 676, less the gap below.
    expect(corner.height).toBe(656);
  });

  it('is null when the city leaves no room that wide', () => {
    expect(freeTopRightCorner(city, { x: 0, y: 100, width: 1000, height: 900 }, 450, 20)).toBeNull();
  });
});

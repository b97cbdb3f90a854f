import { describe, expect, it } from 'vitest';
import { MOTION, markerSpeed, moveMarker, stepMarker } from './marker-motion';

const bounds = { x: 100, y: 100, width: 1000, height: 800 };

describe('marker motion', () => {
  it('starts slow and eases in to full speed', () => {
    expect(markerSpeed(0)).toBe(MOTION.minSpeed);
    expect(markerSpeed(MOTION.rampMs / 2)).toBeLessThan((MOTION.minSpeed + MOTION.maxSpeed) / 2);
    expect(markerSpeed(MOTION.rampMs)).toBe(MOTION.maxSpeed);
    expect(markerSpeed(10 * MOTION.rampMs)).toBe(MOTION.maxSpeed);
  });

  it('moves the same distance whatever the frame rate', () => {
    let fast = { x: 200, y: 500, heldMs: 0 };
    for (let i = 0; i < 60; i++) fast = moveMarker(fast, { x: 1, y: 0 }, 1000 / 60, bounds);
    let slow = { x: 200, y: 500, heldMs: 0 };
    for (let i = 0; i < 30; i++) slow = moveMarker(slow, { x: 1, y: 0 }, 1000 / 30, bounds);
    expect(Math.abs(fast.x - slow.x)).toBeLessThan(8);
    expect(fast.y).toBe(500);
  });

  it('moves slower under a half push, and resets the ease when released', () => {
    const full = moveMarker({ x: 500, y: 500, heldMs: 600 }, { x: 0, y: 1 }, 100, bounds);
    const half = moveMarker({ x: 500, y: 500, heldMs: 600 }, { x: 0, y: 0.5 }, 100, bounds);
    expect(half.y - 500).toBeCloseTo((full.y - 500) / 2, 6);
    expect(moveMarker(full, { x: 0, y: 0 }, 100, bounds)).toEqual({ x: full.x, y: full.y, heldMs: 0 });
  });

  it('never leaves the map', () => {
    let state = { x: 150, y: 150, heldMs: 0 };
    for (let i = 0; i < 200; i++) state = moveMarker(state, { x: -1, y: -1 }, 50, bounds);
    expect(state).toMatchObject({ x: 100, y: 100 });
    expect(stepMarker({ x: 1100, y: 900, heldMs: 0 }, { x: 1, y: 1 }, bounds)).toMatchObject({ x: 1100, y: 900 });
  });

  it('nudges by a few pixels per d-pad step', () => {
    expect(stepMarker({ x: 500, y: 500, heldMs: 0 }, { x: -1, y: 1 }, bounds)).toEqual({ x: 500 - MOTION.stepPx, y: 500 + MOTION.stepPx, heldMs: 0 });
  });
});

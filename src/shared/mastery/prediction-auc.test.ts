import { describe, expect, it } from 'vitest';
import { areaUnderCurve } from './prediction-auc';

describe('areaUnderCurve', () => {
  it('is 1 for a perfect ranking, 0.5 for ties, and counts mixed pairs', () => {
    expect(areaUnderCurve([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(areaUnderCurve([0.5, 0.5, 0.5], [true, false, true])).toBe(0.5);
    // Pairs (right, wrong): (0.8, 0.7) ✓, (0.8, 0.9) ✗, (0.3, 0.7) ✗, (0.3, 0.9) ✗ → 1/4.
    expect(areaUnderCurve([0.8, 0.3, 0.7, 0.9], [true, true, false, false])).toBe(0.25);
  });

  it('refuses lists of different lengths or of one kind of answer', () => {
    expect(() => areaUnderCurve([0.1], [true, false])).toThrow(/1 predictions for 2 outcomes/);
    expect(() => areaUnderCurve([0.1, 0.2], [true, true])).toThrow(/both right and wrong/);
  });
});

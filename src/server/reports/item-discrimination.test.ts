import { describe, expect, it } from 'vitest';
import { pointBiserial } from './item-discrimination';

const pairs = (list: [boolean, number][]) => list.map(([right, rest]) => ({ right, rest }));

describe('pointBiserial', () => {
  it('is the Pearson correlation of right (1/0) with the rest score', () => {
    const data = pairs([[true, 0.9], [true, 0.7], [false, 0.4], [true, 0.6], [false, 0.2], [false, 0.5]]);
    const x = data.map((d) => (d.right ? 1 : 0));
    const y = data.map((d) => d.rest);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [mx, my] = [mean(x), mean(y)];
    const cov = mean(x.map((xi, i) => (xi - mx) * (y[i]! - my)));
    const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((vi) => (vi - m) ** 2)));
    expect(pointBiserial(data)).toBeCloseTo(cov / (sd(x, mx) * sd(y, my)), 12);
  });

  it('is negative when the strong players get the item wrong, null with too few players or no spread', () => {
    expect(pointBiserial(pairs([[false, 0.9], [false, 0.8], [true, 0.2], [true, 0.3], [false, 0.7]]))).toBeLessThan(0);
    expect(pointBiserial(pairs([[false, 0.9], [true, 0.2], [true, 0.3], [false, 0.7]]))).toBeNull();
    expect(pointBiserial(pairs([[true, 0.9], [true, 0.2], [true, 0.3], [true, 0.7], [true, 0.1]]))).toBeNull();
    expect(pointBiserial(pairs([[true, 0.5], [false, 0.5], [true, 0.5], [false, 0.5], [true, 0.5]]))).toBeNull();
  });
});

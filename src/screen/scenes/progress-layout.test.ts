import { describe, expect, it } from 'vitest';
import { barModel, GRID_SIZES, objectivesToShow, percent, progressGrid, rowsThatFit } from './progress-layout';

const AREA = { x: 96, y: 255, width: 1728, height: 635 };

describe('barModel', () => {
  it('compares after with before, and says "the same" for less than half a point', () => {
    expect(barModel(0.3, 0.62)).toEqual({ value: 0.62, from: 0.3, change: 'up', mastered: false, pending: false });
    expect(barModel(0.7, 0.4)).toMatchObject({ value: 0.4, from: 0.7, change: 'down' });
    expect(barModel(0.5, 0.503).change).toBe('same');
  });

  it('counts an objective never answered before as a gain from nothing', () => {
    expect(barModel(null, 0.45)).toEqual({ value: 0.45, from: null, change: 'up', mastered: false, pending: false });
    expect(barModel(null, null)).toMatchObject({ value: null, change: null });
  });

  it('shows before alone, waiting, while the centre has not answered after', () => {
    expect(barModel(0.3, undefined, true)).toEqual({ value: 0.3, from: null, change: null, mastered: false, pending: true });
    expect(barModel(0.3, undefined, false).pending).toBe(false);
    expect(barModel(undefined, undefined, true)).toMatchObject({ value: null, pending: true });
  });

  it('marks mastered from P = 0.95, after the round when known', () => {
    expect(barModel(0.9, 0.95).mastered).toBe(true);
    expect(barModel(0.96, 0.949).mastered).toBe(false);
    expect(barModel(0.97, undefined, true).mastered).toBe(true);
    expect(barModel(undefined, 0.99)).toMatchObject({ mastered: true, change: null, from: null });
  });
});

describe('percent', () => {
  it('rounds, but never says 100 % short of certainty', () => {
    expect(percent(0.304)).toBe(30);
    expect(percent(0.996)).toBe(99);
    expect(percent(1)).toBe(100);
    expect(percent(0)).toBe(0);
  });
});

describe('progressGrid', () => {
  it('keeps titles readable and fits six seats side by side inside the area', () => {
    for (let seats = 1; seats <= 6; seats++) {
      const grid = progressGrid(AREA, seats, 6);
      expect(grid.titleWidth).toBeGreaterThanOrEqual(GRID_SIZES.minTitle);
      expect(grid.columns).toHaveLength(seats);
      const right = grid.columns.at(-1)! + grid.cellWidth;
      expect(right).toBeLessThanOrEqual(AREA.x + AREA.width);
      // Columns never overlap, and a bar, its icon and its number stay inside their cell.
      grid.columns.slice(1).forEach((x, i) => expect(x - grid.columns[i]!).toBe(grid.cellWidth));
      const used = 2 * GRID_SIZES.padding + grid.barWidth + GRID_SIZES.icon + (grid.numbers ? GRID_SIZES.number : 0);
      expect(used).toBeLessThanOrEqual(grid.cellWidth);
      expect(grid.barWidth).toBeGreaterThanOrEqual(60);
      expect(grid.rows.at(-1)! + grid.rowHeight).toBeLessThanOrEqual(AREA.y + AREA.height);
      expect(grid.rowHeight).toBeGreaterThanOrEqual(GRID_SIZES.minRow);
    }
    expect(progressGrid(AREA, 1, 3).numbers).toBe(true);
    expect(progressGrid(AREA, 4, 3).numbers).toBe(false);
  });

  it('drops the rows that do not fit at the readable size, and refuses more seats than fit', () => {
    expect(rowsThatFit(AREA)).toBe(6);
    expect(progressGrid(AREA, 2, 9).rows).toHaveLength(6);
    expect(() => progressGrid(AREA, 9, 3)).toThrow(/9 seats do not fit/);
    expect(() => progressGrid(AREA, 0, 3)).toThrow(/nothing to lay out/);
  });
});

describe('objectivesToShow', () => {
  it('keeps what the round changed first, then what has a value, in the pack order', () => {
    const changed = { bars: [barModel(0.2, 0.5)] };
    const known = { bars: [barModel(0.4, 0.4)] };
    const never = { bars: [barModel(null, null)] };
    expect(objectivesToShow([never, known, changed, never, changed], 3)).toEqual([1, 2, 4]);
    expect(objectivesToShow([never, known], 6)).toEqual([0, 1]);
  });
});

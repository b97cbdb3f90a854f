import { describe, expect, it } from 'vitest';
import type { InputKind } from '../../shared/round/round-record';
import { GROUP_MAX_ROWS, resultsRows } from './results-rows';

interface Entry {
  id: string;
  seat: { input: InputKind };
  totals: { points: number; answered: number; items: number };
}

const seat = (id: string, points: number, input: InputKind = 'phone', answered = 1, items = 2): Entry => ({ id, seat: { input }, totals: { points, answered, items } });

/** `n` phone seats, phone-1 best: 100·n points down to 100. */
const phones = (n: number) => Array.from({ length: n }, (_, i) => seat(`phone-${i + 1}`, 100 * (n - i)));

const ids = (rows: { entry: Entry }[]) => rows.map((r) => r.entry.id);

describe('resultsRows', () => {
  it('gives every seat its full row up to six seats, best first, equal points sharing a rank', () => {
    const seats = [seat('pad-0', 50, 'pad'), seat('phone-1', 300), seat('kb-left', 300, 'keyboard'), seat('phone-2', 10), seat('phone-3', 0), seat('phone-4', 70)];
    const chosen = resultsRows(seats);
    expect(chosen.layout).toBe('seats');
    expect(ids(chosen.rows)).toEqual(['phone-1', 'kb-left', 'phone-4', 'pad-0', 'phone-2', 'phone-3']);
    expect(chosen.rows.map((r) => r.rank)).toEqual([1, 1, 3, 4, 5, 6]);
    expect(chosen.more).toBe(0);
  });

  it('shows the top five of thirty phone seats and counts the other twenty-five', () => {
    const chosen = resultsRows(phones(30));
    expect(chosen.layout).toBe('group');
    expect(ids(chosen.rows)).toEqual(['phone-1', 'phone-2', 'phone-3', 'phone-4', 'phone-5']);
    expect(chosen.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(chosen.more).toBe(25);
  });

  it('gives seats without a phone a row below the top five, with their own rank', () => {
    const seats = [seat('pad-0', 5, 'pad'), ...phones(27), seat('pad-1', 0, 'pad'), seat('kb-left', 2650, 'keyboard')];
    const chosen = resultsRows(seats);
    expect(ids(chosen.rows)).toEqual(['phone-1', 'kb-left', 'phone-2', 'phone-3', 'phone-4', 'pad-0', 'pad-1']);
    expect(chosen.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 29, 30]);
    expect(chosen.more).toBe(23);
  });

  it('counts a seat without a phone in the top five once', () => {
    const seats = [...phones(10), seat('pad-0', 5000, 'pad')];
    const chosen = resultsRows(seats);
    expect(ids(chosen.rows)).toEqual(['pad-0', 'phone-1', 'phone-2', 'phone-3', 'phone-4']);
    expect(chosen.more).toBe(6);
  });

  it('shrinks the top when six seats without a phone are below it, keeping seven rows', () => {
    const local = (['pad-0', 'pad-1', 'pad-2', 'pad-3', 'kb-left', 'kb-right'] as const).map((id) => seat(id, 0, id.startsWith('pad') ? 'pad' : 'keyboard'));
    const chosen = resultsRows([...local, ...phones(24)]);
    expect(chosen.rows).toHaveLength(GROUP_MAX_ROWS);
    expect(ids(chosen.rows)).toEqual(['phone-1', 'pad-0', 'pad-1', 'pad-2', 'pad-3', 'kb-left', 'kb-right']);
    expect(chosen.more).toBe(23);
    // Every seat left out has a phone that shows its result.
    expect(chosen.rows.length + chosen.more).toBe(30);
  });

  it('keeps equal points on one rank across the cut, and the round’s seat order among them', () => {
    const seats = Array.from({ length: 30 }, (_, i) => seat(`phone-${i + 1}`, 0));
    const chosen = resultsRows(seats);
    expect(ids(chosen.rows)).toEqual(['phone-1', 'phone-2', 'phone-3', 'phone-4', 'phone-5']);
    expect(chosen.rows.every((r) => r.rank === 1)).toBe(true);
  });

  it('adds the group’s answers over all seats, shown or not', () => {
    const seats = [...Array.from({ length: 9 }, (_, i) => seat(`phone-${i + 1}`, i, 'phone', 3, 4)), seat('pad-0', 0, 'pad', 0, 4)];
    expect(resultsRows(seats).group).toEqual({ seats: 10, answered: 27, items: 40, answeredShare: 27 / 40 });
    expect(resultsRows([seat('pad-0', 0, 'pad', 0, 0)]).group.answeredShare).toBeNull();
  });

  it('says what is wrong when more seats have no phone than the screen can list', () => {
    const local = Array.from({ length: 7 }, (_, i) => seat(`pad-${i}`, 0, 'pad'));
    expect(() => resultsRows([...local, ...phones(5)])).toThrow(/7 seats without a phone/);
  });
});

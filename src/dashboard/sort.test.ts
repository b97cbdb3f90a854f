import { describe, expect, it } from 'vitest';
import { ariaSort, compareValues, nextSort, sortRows } from './sort';

const rows = [
  { name: 'Loutre 10', share: 0.5 },
  { name: 'loutre 9', share: null },
  { name: 'Élan', share: 0.9 },
  { name: 'Aigle', share: 0.5 },
];
const value = (row: (typeof rows)[number], column: number) => (column === 0 ? row.name : row.share);

describe('dashboard table sorting', () => {
  it('sorts text by language rules, numbers inside it as numbers', () => {
    expect(sortRows(rows, { column: 0, direction: 'ascending' }, value).map((r) => r.name)).toEqual(['Aigle', 'Élan', 'loutre 9', 'Loutre 10']);
    expect(compareValues('b', 'B')).toBe(0);
  });

  it('keeps empty values last in both directions and equal rows in the server order', () => {
    expect(sortRows(rows, { column: 1, direction: 'ascending' }, value).map((r) => r.name)).toEqual(['Loutre 10', 'Aigle', 'Élan', 'loutre 9']);
    expect(sortRows(rows, { column: 1, direction: 'descending' }, value).map((r) => r.name)).toEqual(['Élan', 'Loutre 10', 'Aigle', 'loutre 9']);
  });

  it('leaves the rows as they came without a sort, and never changes the input', () => {
    const copy = [...rows];
    expect(sortRows(rows, null, value)).toEqual(rows);
    sortRows(rows, { column: 0, direction: 'descending' }, value);
    expect(rows).toEqual(copy);
  });

  it('sorts a new column ascending, flips the same one, and says so in aria-sort', () => {
    const first = nextSort(null, 2);
    expect(first).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort(first, 2)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort(nextSort(first, 2), 1)).toEqual({ column: 1, direction: 'ascending' });
    expect([0, 1, 2].map((c) => ariaSort(first, c))).toEqual(['none', 'none', 'ascending']);
  });
});

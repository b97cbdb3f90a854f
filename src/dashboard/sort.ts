/**
 * Sorting the dashboard's tables: one column at a time, ascending or descending, empty values
 * (null) always last so a column of shares does not open on dashes. Stable: equal rows keep the
 * server's order (hardest first, weakest first).
 */
export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null;

export interface SortState {
  column: number;
  direction: SortDirection;
}

const collator = new Intl.Collator(['fr', 'en'], { numeric: true, sensitivity: 'base' });

export function compareValues(a: SortValue, b: SortValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows in the order `state` asks for (a new array); `valueOf` reads a row's sort value in a column. */
export function sortRows<Row>(rows: readonly Row[], state: SortState | null, valueOf: (row: Row, column: number) => SortValue): Row[] {
  if (!state) return [...rows];
  const sign = state.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, state.column) }))
    .sort((x, y) => {
      // Empty values stay last in both directions: only real values change order.
      if (x.value === null || y.value === null) return compareValues(x.value, y.value) || x.index - y.index;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map((entry) => entry.row);
}

/** Clicking a column's header: a new column sorts ascending, the same one flips. */
export function nextSort(current: SortState | null, column: number): SortState {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}

/** The `aria-sort` of a header, so screen readers announce which column orders the table. */
export function ariaSort(state: SortState | null, column: number): SortDirection | 'none' {
  return state?.column === column ? state.direction : 'none';
}

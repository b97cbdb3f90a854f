import { MASTERED_AT } from '../../shared/mastery/bkt-parameters';

/**
 * What one bar shows of one objective: P(known) as its fill, where it stood before the round, and
 * the change. Pure, so the look's rules are tested without Phaser.
 */
export interface BarModel {
  /** P(known) the fill reaches: after the round when known, else before; null when never answered. */
  value: number | null;
  /** P(known) before the round, when the bar compares (results); null: never answered before. */
  from: number | null;
  /** The change the arrow shows; null when there is nothing to compare. */
  change: 'up' | 'down' | 'same' | null;
  mastered: boolean;
  /** "After" is still expected from the centre. */
  pending: boolean;
}

/** Changes smaller than half a percentage point are "the same": the number shown would not move. */
const SAME_WITHIN = 0.005;

/**
 * `before` and `after`: a P(known), null for an objective without answers, undefined when that
 * reading is not known. `afterPending`: the centre may still answer "after".
 */
export function barModel(before: number | null | undefined, after: number | null | undefined, afterPending = false): BarModel {
  const value = after !== undefined ? after : (before ?? null);
  const compared = after !== undefined && before !== undefined;
  const from = compared ? before : null;
  let change: BarModel['change'] = null;
  if (compared && after !== null) {
    const delta = after - (before ?? 0);
    change = Math.abs(delta) < SAME_WITHIN ? 'same' : delta > 0 ? 'up' : 'down';
  }
  return { value, from, change, mastered: value !== null && value >= MASTERED_AT, pending: after === undefined && afterPending };
}

/** P(known) as a whole percentage, never 100 % short of certainty (0.996 is "99 %"). */
export function percent(pKnown: number): number {
  const rounded = Math.round(pKnown * 100);
  return rounded === 100 && pKnown < 1 ? 99 : rounded;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the objectives × seats table goes, and what fits in each cell. */
export interface ProgressGrid {
  /** Width of the objective titles' column, from `area.x`. */
  titleWidth: number;
  cellWidth: number;
  /** Left edge of each seat's column. */
  columns: number[];
  headerHeight: number;
  rowHeight: number;
  /** Top of each objective's row. */
  rows: number[];
  barWidth: number;
  /** The cell is wide enough for "62 %" beside the bar and its icon. */
  numbers: boolean;
}

export const GRID_SIZES = {
  /** Objective titles wrap on two lines of 32 px: under ~700 px the long ones lose words. */
  minTitle: 700,
  maxCell: 520,
  /** Avatar and shape over the pseudonym, on up to two lines. */
  header: 130,
  maxRow: 110,
  /** Two lines of 32 px text. */
  minRow: 78,
  /** The arrow's place right of the bar. */
  icon: 48,
  /** "100 %" at 32 px. */
  number: 110,
  /** Cells narrower than this drop the number, keeping bar and icons. */
  numbersFrom: 330,
  padding: 16,
} as const;

/** How many objective rows `area` holds at the readable size. */
export function rowsThatFit(area: Pick<Area, 'height'>): number {
  return Math.max(0, Math.floor((area.height - GRID_SIZES.header) / GRID_SIZES.minRow));
}

/**
 * Lays out `objectives` rows × `seats` columns in `area`: titles on the left, one column per
 * signed-in seat. Rows past `rowsThatFit` are left out (the caller chooses which to keep); more
 * seats than fit at readable sizes throw, rather than draw text too small to read.
 */
export function progressGrid(area: Area, seats: number, objectives: number): ProgressGrid {
  const s = GRID_SIZES;
  if (seats < 1 || objectives < 1) throw new Error(`progressGrid: ${seats} seats × ${objectives} objectives: nothing to lay out`);
  const cellWidth = Math.min(s.maxCell, Math.floor((area.width - s.minTitle) / seats));
  if (cellWidth < s.padding * 2 + s.icon + 60) throw new Error(`progressGrid: ${seats} seats do not fit in ${area.width} px`);
  const shown = Math.min(objectives, rowsThatFit(area));
  const rowHeight = Math.min(s.maxRow, Math.floor((area.height - s.header) / Math.max(1, shown)));
  const titleWidth = area.width - cellWidth * seats;
  const numbers = cellWidth >= s.numbersFrom;
  return {
    titleWidth,
    cellWidth,
    columns: Array.from({ length: seats }, (_, i) => area.x + titleWidth + i * cellWidth),
    headerHeight: s.header,
    rowHeight,
    rows: Array.from({ length: shown }, (_, i) => area.y + s.header + i * rowHeight),
    barWidth: cellWidth - 2 * s.padding - s.icon - (numbers ? s.number : 0),
    numbers,
  };
}

/**
 * Which objectives get a row when not all fit: those the round changed first, then those with a
 * value, then the rest; shown in the pack's order. Answers indexes into `objectives`.
 */
export function objectivesToShow(objectives: readonly { bars: readonly BarModel[] }[], max: number): number[] {
  const weight = ({ bars }: { bars: readonly BarModel[] }) =>
    bars.some((b) => b.change === 'up' || b.change === 'down') ? 0 : bars.some((b) => b.value !== null || b.pending) ? 1 : 2;
  return objectives
    .map((objective, index) => ({ index, weight: weight(objective) }))
    .sort((a, b) => a.weight - b.weight || a.index - b.index)
    .slice(0, Math.max(0, max))
    .map((o) => o.index)
    .sort((a, b) => a - b);
}

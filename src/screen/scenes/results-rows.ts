import type { InputKind } from '../../shared/round/round-record';
import type { SeatTotals } from '../../shared/round/round-totals';

/** Up to this many seats, every seat gets its full row (the layout made for pads and keyboards). */
export const FULL_ROWS_UP_TO = 6;
/** Past it, the best seats shown by name. */
export const GROUP_TOP = 5;
/** One-line rows of 40 px text the results screen holds above the group's totals at 1920×1080. */
export const GROUP_MAX_ROWS = 7;

/** What the choice reads of a seat: whether it has a phone, and its points and answers. */
export interface ResultsEntry {
  seat: { input: InputKind };
  totals: Pick<SeatTotals, 'points' | 'answered' | 'items'>;
}

/** A seat with a row, and its place: seats with equal points share it. */
export interface RankedEntry<T> {
  entry: T;
  rank: number;
}

export interface GroupTotals {
  seats: number;
  /** Items answered, right or wrong, over all seats. */
  answered: number;
  /** Items put to the seats, answered or not. */
  items: number;
  /** answered ÷ items, 0–1; null when no item was put to anyone. */
  answeredShare: number | null;
}

export interface ResultsRows<T> {
  /** 'seats': each seat's full row; 'group': one-line rows, a line for the others, the group's totals. */
  layout: 'seats' | 'group';
  /** In rank order. */
  rows: RankedEntry<T>[];
  /** Seats without a row; each is a phone, which shows its own result. */
  more: number;
  group: GroupTotals;
}

/**
 * Which seats get a row on the results screen. Up to six seats, all of them. Past six, the top
 * five, and every seat without a phone below them, since a pad's or keyboard's player has nowhere
 * else to read their result; when those would make more than seven rows, the top gives way to
 * them. Pure, so the choice is tested without Phaser.
 */
export function resultsRows<T extends ResultsEntry>(entries: readonly T[]): ResultsRows<T> {
  // A stable sort: seats with equal points keep the round's seat order.
  const sorted = [...entries].sort((a, b) => b.totals.points - a.totals.points);
  const ranked = sorted.map((entry) => ({ entry, rank: sorted.findIndex((other) => other.totals.points === entry.totals.points) + 1 }));
  const answered = entries.reduce((sum, e) => sum + e.totals.answered, 0);
  const items = entries.reduce((sum, e) => sum + e.totals.items, 0);
  const group = { seats: entries.length, answered, items, answeredShare: items ? answered / items : null };
  if (entries.length <= FULL_ROWS_UP_TO) return { layout: 'seats', rows: ranked, more: 0, group };

  const withoutPhone = ranked.filter((r) => r.entry.seat.input !== 'phone').length;
  if (withoutPhone >= GROUP_MAX_ROWS) {
    throw new Error(`resultsRows: ${withoutPhone} seats without a phone; the results screen holds ${GROUP_MAX_ROWS - 1} of them beside the best seat`);
  }
  let top = GROUP_TOP;
  const choose = () => ranked.filter((r, i) => i < top || r.entry.seat.input !== 'phone');
  let rows = choose();
  while (rows.length > GROUP_MAX_ROWS) {
    top -= 1;
    rows = choose();
  }
  return { layout: 'group', rows, more: entries.length - rows.length, group };
}

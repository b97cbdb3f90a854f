import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import type { LobbySeat } from '../lobby/lobby';
import type { SeatTotals } from '../../shared/round/round-totals';
import type { Shell } from '../shell';
import type { ResultsRows } from './results-rows';
import { fitText } from './seat-card';

/** Between the pack's title (ends near y 250) and the saved/pending line (its icon starts at y 898). */
const AREA = { top: 252, bottom: 892 } as const;
/** Seven rows of 48 px and 40 px text, and two lines under them, fill the area with a gap between rows. */
const ROW = { height: 74, gap: 8, line: 50, beforeLines: 12 } as const;
const COLUMN = {
  rank: THEME.safe.x + 30,
  avatar: THEME.safe.x + 160,
  shape: THEME.safe.x + 230,
  name: THEME.safe.x + 276,
  /** Right edges. */
  points: THEME.safe.x + 970,
  accuracy: THEME.safe.x + 1290,
  answered: THEME.safe.x + THEME.safe.width - 30,
} as const;
const GAP = 32;

type Entry = { seat: LobbySeat; totals: SeatTotals };

/**
 * Results of a whole group (past six seats): one line a chosen seat — rank, avatar, shape in its
 * colour, pseudonym, points, accuracy and "answered n / m" side by side — then how many seats
 * have no row (their phones show their own results) and the group's share of items answered.
 * Every text is 40 px or more, the pseudonym at least 32 px before it is cut.
 */
export function drawGroupRows(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, chosen: ResultsRows<Entry>, shell: Shell): void {
  const t = (key: string, values?: Record<string, string | number>) => shell.t(key, values);
  const text = (x: number, y: number, value: string, size: number, colour: number = THEME.palette.text, bold = false) =>
    scene.add.text(x, y, value, textStyle(size, colour, bold ? { fontStyle: 'bold' } : {}));
  const add = <T extends Phaser.GameObjects.GameObject>(object: T) => (layer.add(object), object);

  const lines = (chosen.more ? 2 : 1) * ROW.line;
  const height = chosen.rows.length * ROW.height + ROW.beforeLines + lines;
  const top = AREA.top + Math.max(0, (AREA.bottom - AREA.top - height) / 2);

  chosen.rows.forEach(({ entry: { seat, totals }, rank }, i) => {
    const y = top + i * ROW.height + ROW.height / 2;
    add(scene.add.rectangle(THEME.width / 2, y, THEME.safe.width, ROW.height - ROW.gap, i % 2 ? THEME.palette.panel : 0x1c3b5e));
    add(text(COLUMN.rank, y, `${rank}.`, 48, THEME.palette.text, true).setOrigin(0, 0.5));
    add(text(COLUMN.avatar, y, seat.avatar, 52).setOrigin(0.5));
    const shape = add(scene.add.graphics());
    drawSeatShape(shape, seat.style.shape, COLUMN.shape, y, 44, seat.style.colour);
    const points = add(text(COLUMN.points, y, t('results.points', { points: totals.points }), THEME.size.body, THEME.palette.accent, true).setOrigin(1, 0.5));
    add(fitText(text(COLUMN.name, y, shell.seatName(seat), THEME.size.body).setOrigin(0, 0.5), COLUMN.points - points.width - GAP - COLUMN.name, THEME.size.small));
    // Accuracy counts answered items only, so how many were answered stands beside it.
    const accuracy = totals.accuracy === null ? t('results.noAnswer') : t('results.accuracyShort', { percent: Math.round(totals.accuracy * 100) });
    add(fitText(text(COLUMN.accuracy, y, accuracy, THEME.size.body).setOrigin(1, 0.5), COLUMN.accuracy - COLUMN.points - GAP, THEME.size.small));
    const answered = t('results.answered', { answered: totals.answered, items: totals.items });
    add(fitText(text(COLUMN.answered, y, answered, THEME.size.body, THEME.palette.textDim).setOrigin(1, 0.5), COLUMN.answered - COLUMN.accuracy - GAP, THEME.size.small));
  });

  let y = top + chosen.rows.length * ROW.height + ROW.beforeLines + ROW.line / 2;
  if (chosen.more) {
    add(fitText(text(THEME.width / 2, y, t('results.more', { count: chosen.more }), THEME.size.body, THEME.palette.textDim).setOrigin(0.5), THEME.safe.width));
    y += ROW.line;
  }
  const { group } = chosen;
  const totals =
    group.answeredShare === null
      ? t('results.groupNone', { seats: group.seats })
      : t('results.group', { seats: group.seats, answered: group.answered, items: group.items, percent: Math.round(group.answeredShare * 100) });
  add(fitText(text(THEME.width / 2, y, totals, THEME.size.body, THEME.palette.text, true).setOrigin(0.5), THEME.safe.width));
}

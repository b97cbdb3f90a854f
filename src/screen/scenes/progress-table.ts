import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { BAR_COLOURS, BAR_HEIGHT, drawMasteryBar, drawStar } from './mastery-bar';
import { GRID_SIZES, objectivesToShow, progressGrid, rowsThatFit, type Area, type BarModel } from './progress-layout';
import { fitText } from './seat-card';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A cell of the header row: where to draw, and the container to draw into. */
export interface HeadCell {
  scene: Phaser.Scene;
  layer: Phaser.GameObjects.Container;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProgressTableSpec {
  area: Area;
  /** What heads each column: the seat on the results screen, the page on the card's page. */
  heads: ((cell: HeadCell) => void)[];
  /** The top-left cell, above the objective titles. */
  corner: (cell: HeadCell) => void;
  /** The pack's objectives in its order, each with one bar per column. */
  objectives: readonly { title: string; bars: readonly BarModel[] }[];
  t: Translate;
}

/**
 * Objectives down, columns across: each title (two lines of 32 px at most) beside one bar per
 * column. Only whole rows are drawn: a pack with more objectives than fit shows those the round
 * changed first (see objectivesToShow).
 */
export function drawProgressTable(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, spec: ProgressTableSpec): void {
  const { area, objectives, t } = spec;
  const shown = objectivesToShow(objectives, rowsThatFit(area)).map((i) => objectives[i]!);
  const grid = progressGrid(area, spec.heads.length, shown.length);
  const cell = (x: number, width: number): HeadCell => ({ scene, layer, x, y: area.y, width, height: grid.headerHeight });
  spec.corner(cell(area.x, grid.titleWidth));
  spec.heads.forEach((head, i) => head(cell(grid.columns[i]!, grid.cellWidth)));
  const percentLabel = (value: number) => t('progress.percent', { value });
  shown.forEach((objective, row) => {
    const top = grid.rows[row]!;
    const y = top + grid.rowHeight / 2;
    if (row % 2 === 0) layer.add(scene.add.rectangle(area.x + area.width / 2, y, area.width, grid.rowHeight - 6, THEME.palette.panel, 0.7));
    const title = scene.add.text(area.x + 12, y, objective.title, {
      ...textStyle(THEME.size.small, THEME.palette.text),
      wordWrap: { width: grid.titleWidth - 36, useAdvancedWrap: true },
      maxLines: 2,
      lineSpacing: -2,
    });
    layer.add(title.setOrigin(0, 0.5));
    objective.bars.forEach((bar, column) => {
      const x = grid.columns[column]! + GRID_SIZES.padding;
      drawMasteryBar(scene, layer, { x, y, width: grid.barWidth, numbers: grid.numbers, percentLabel }, bar);
    });
  });
}

/** "Your progress", and what the notch, the green part and the star mean; `compare` false on the card's page. */
export function drawLegend(cell: HeadCell, heading: string, t: Translate, compare: boolean): void {
  const { scene, layer, x, y, width } = cell;
  layer.add(fitText(scene.add.text(x + 12, y + 26, heading, textStyle(THEME.size.body, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0, 0.5), width - 24, THEME.size.small));
  const line = y + 76;
  const g = scene.add.graphics();
  layer.add(g);
  let at = x + 12;
  const word = (key: string) => {
    const label = scene.add.text(at, line, t(key), textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0, 0.5);
    layer.add(label);
    at += label.width + 28;
  };
  if (compare) {
    g.fillStyle(0xffffff, 1).fillRect(at, line - BAR_HEIGHT / 2, 6, BAR_HEIGHT);
    at += 16;
    word('progress.before');
    g.fillStyle(BAR_COLOURS.gain, 1).fillRect(at, line - 12, 40, 24);
    at += 50;
    word('progress.gained');
  }
  drawStar(g, at + 18, line, 18);
  at += 44;
  word('progress.mastered');
}

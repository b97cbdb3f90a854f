import type Phaser from 'phaser';
import type { Language } from '../../shared/languages';
import type { Standing } from '../rules/standings';
import type { Seat } from '../round-context';
import type { Box } from './answer-panel-layout';
import { seatMarker } from './seat-badge';
import { sceneText } from './scene-texts';
import { standingTexts } from './standing-texts';
import { fitLine } from './text-fit';
import { THEME, textStyle } from './theme';

/** How a standings screen is built. */
export interface StandingsOptions {
  seats: readonly Seat[];
  /** From `standings()`, most points first. */
  lines: readonly Standing[];
  /** How many items each seat was put, the m of "answered n / m". */
  items: number;
  locale: Language;
  /** Where the heading and rows go; the safe area unless said. */
  area?: Box;
  /** The heading; "Classement" / "Standings" unless said. */
  heading?: string;
}

const HEADING_HEIGHT = 130;
const MAX_ROW = 116;

/**
 * The final standings: rank, seat marker, name, points — and apart from the points, accuracy
 * (correct ÷ answered) and "answered n / m", so a seat that answered little is not shown as bad.
 * @example
 * new StandingsView(this, { seats: round.seats, lines: standings(tallies), items: state.items.length, locale: round.locale });
 */
export class StandingsView {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, options: StandingsOptions) {
    const area = options.area ?? THEME.safe;
    const seatsById = new Map(options.seats.map((seat) => [seat.id, seat]));
    this.container = scene.add.container(0, 0);
    const heading = options.heading ?? sceneText(options.locale, 'standings');
    this.container.add(scene.add.text(area.x + area.width / 2, area.y + 50, heading, textStyle(THEME.size.title, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0.5));
    const rowHeight = Math.min(MAX_ROW, (area.height - HEADING_HEIGHT) / Math.max(1, options.lines.length));
    const column = (share: number) => area.x + area.width * share;
    options.lines.forEach((line, i) => {
      const seat = seatsById.get(line.seat);
      if (!seat) throw new Error(`StandingsView: standings name seat "${line.seat}", which is not in the round`);
      const texts = standingTexts(line, options.items, options.locale);
      const y = area.y + HEADING_HEIGHT + i * rowHeight + rowHeight / 2;
      const first = line.rank === 1;
      this.container.add([
        scene.add.rectangle(area.x, y, area.width, rowHeight - 14, first ? THEME.palette.panelLight : THEME.palette.panel).setOrigin(0, 0.5),
        scene.add.text(area.x + 60, y, texts.rank, textStyle(THEME.size.large, first ? THEME.palette.accent : THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5),
        seatMarker(scene, seat, area.x + 150, y, Math.min(64, rowHeight - 30)),
        fitLine(scene.add.text(area.x + 205, y, seat.name, textStyle(THEME.size.large)).setOrigin(0, 0.5), column(0.52) - 280 - (area.x + 205)),
        scene.add.text(column(0.52), y, texts.points, textStyle(THEME.size.large, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(1, 0.5),
        scene.add.text(column(0.74), y, texts.accuracy, textStyle(THEME.size.body, THEME.palette.text)).setOrigin(1, 0.5),
        scene.add.text(area.x + area.width - 30, y, texts.answered, textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(1, 0.5),
      ]);
    });
  }

  destroy(): void {
    this.container.destroy();
  }
}

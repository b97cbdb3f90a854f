import type Phaser from 'phaser';
import type { RoundContext } from '../../../src/sdk';
import { THEME, seatMarker, textStyle } from '../../../src/sdk/scene';
import type { QuizContent } from '../content-schema';
import type { Standing } from '../rules';
import { fitWidth } from './layout';

const { safe } = THEME;
const ROW_HEIGHT = 116;

/** The final standings: rank, marker, name, points, and right answers beside them (never mixed). */
export class FinalView {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, round: RoundContext<QuizContent>, lines: readonly Standing[], questionCount: number) {
    this.container = scene.add.container(0, 0);
    this.container.add(
      scene.add.text(THEME.width / 2, safe.y + 50, round.t('final.heading'), textStyle(THEME.size.title, THEME.colour.accent, { fontStyle: 'bold' })).setOrigin(0.5),
    );
    const seatsById = new Map(round.seats.map((seat) => [seat.id, seat]));
    const top = safe.y + 150;
    lines.forEach((line, i) => {
      const seat = seatsById.get(line.seat);
      if (!seat) return;
      const y = top + i * ROW_HEIGHT + ROW_HEIGHT / 2;
      const first = line.rank === 1;
      const left = THEME.width / 2 - 760;
      this.container.add([
        scene.add.rectangle(left, y, 1520, ROW_HEIGHT - 14, first ? THEME.colour.panelLight : THEME.colour.panel).setOrigin(0, 0.5),
        scene.add.text(left + 60, y, String(line.rank), textStyle(THEME.size.large, first ? THEME.colour.accent : THEME.colour.text, { fontStyle: 'bold' })).setOrigin(0.5),
        seatMarker(scene, seat, left + 150, y, 64),
        fitWidth(scene.add.text(left + 205, y, seat.name, textStyle(THEME.size.large)).setOrigin(0, 0.5), 520),
        scene.add.text(left + 1000, y, round.t('final.points', { points: line.points }), textStyle(THEME.size.large, THEME.colour.text, { fontStyle: 'bold' })).setOrigin(1, 0.5),
        scene.add.text(left + 1490, y, round.t('final.correct', { correct: line.correct, total: questionCount }), textStyle(THEME.size.body, THEME.colour.textDim)).setOrigin(1, 0.5),
      ]);
    });
  }

  destroy(): void {
    this.container.destroy();
  }
}

import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import type { ObjectiveMastery } from '../../shared/api/card-mastery';
import type { LobbySeat } from '../lobby/lobby';
import type { MasteryReading, SeatMastery } from '../net/seat-progress';
import type { RoundOutcome } from '../round/round-runner';
import type { Shell } from '../shell';
import { barModel } from './progress-layout';
import { drawLegend, drawProgressTable, type HeadCell } from './progress-table';
import { fitText } from './seat-card';

/** Between the pack's title and the saved/pending line of the results screen. */
export const RESULTS_PROGRESS_AREA = { x: THEME.safe.x, y: 255, width: THEME.safe.width, height: 635 } as const;

/** A signed-in seat with something to show: a reading came, or one is still expected. */
export interface ProgressColumn {
  seat: LobbySeat;
  mastery: SeatMastery;
}

const valueOf = (reading: MasteryReading, objective: string): number | null | undefined => {
  if (typeof reading === 'string') return undefined;
  const found = reading.find((o: ObjectiveMastery) => o.objective === objective);
  return found ? found.pKnown : null;
};

/**
 * The results screen's second page: each signed-in seat's mastery of the pack's objectives,
 * before → after the round. Guests have no column; a seat whose readings the centre could not
 * give has none either, so a screen without its centre shows no empty box.
 */
export class ResultsProgress {
  readonly layer: Phaser.GameObjects.Container;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly shell: Shell,
    private readonly outcome: RoundOutcome,
  ) {
    this.layer = scene.add.container(0, 0).setVisible(false);
  }

  /** The seats that get a column now, in seat order. */
  columns(): ProgressColumn[] {
    const round = this.shell.centre.progress.of(this.outcome.record.id);
    if (!round) return [];
    return this.outcome.seats.flatMap(({ seat }) => {
      const mastery = seat.playerCard && round.cards.get(seat.playerCard.id);
      return mastery && !(mastery.before === 'none' && mastery.after === 'none') ? [{ seat, mastery }] : [];
    });
  }

  draw(): void {
    this.layer.removeAll(true);
    const columns = this.columns();
    const entry = this.shell.lastPack;
    if (!columns.length || !entry) return;
    const t = (key: string, vars?: Record<string, string | number>) => this.shell.t(key, vars);
    // "After" may still come unless the centre refused the round.
    const afterExpected = this.shell.centre.outbox.status(this.outcome.record.id) !== 'refused';
    drawProgressTable(this.scene, this.layer, {
      area: RESULTS_PROGRESS_AREA,
      t,
      corner: (cell) => drawLegend(cell, t('progress.title'), t, true),
      heads: columns.map(({ seat }) => (cell: HeadCell) => this.drawSeatHead(cell, seat)),
      objectives: entry.pack.objectives.map((objective) => ({
        title: objective.title[this.shell.language],
        bars: columns.map(({ mastery }) =>
          barModel(valueOf(mastery.before, objective.id), valueOf(mastery.after, objective.id), afterExpected && mastery.after === 'waiting'),
        ),
      })),
    });
  }

  /** Avatar and shape over the pseudonym, underlined in the seat's colour. */
  private drawSeatHead(cell: HeadCell, seat: LobbySeat): void {
    const { scene, layer, x, y, width, height } = cell;
    const centre = x + width / 2;
    layer.add(scene.add.text(centre - 28, y + 26, seat.avatar, textStyle(48)).setOrigin(0.5));
    const shape = scene.add.graphics();
    drawSeatShape(shape, seat.style.shape, centre + 30, y + 26, 40, seat.style.colour);
    layer.add(shape);
    // Narrow columns (four seats and more) put a pseudonym on two lines rather than cut it.
    const style = textStyle(THEME.size.small, THEME.palette.text, { fontStyle: 'bold', align: 'center', wordWrap: { width: width - 16 }, maxLines: 2, lineSpacing: -4 });
    const name = scene.add.text(centre, y + 88, this.shell.seatName(seat), style).setOrigin(0.5);
    layer.add(name.width > width - 16 ? fitText(name.setWordWrapWidth(null), width - 16, THEME.size.small) : name);
    layer.add(scene.add.rectangle(centre, y + height - 3, width - 16, 6, seat.style.colour));
  }
}

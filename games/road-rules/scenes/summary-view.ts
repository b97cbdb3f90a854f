import type Phaser from 'phaser';
import type { RoundContext, Seat, SeatTally } from '../../../src/sdk';
import { seatMarker, textStyle, THEME } from '../../../src/sdk/scene';
import type { Stage } from '../content-schema';
import type { SignRef } from '../rules/signs';
import { drawSign } from './draw-sign';
import { PLAY_AREA } from './layout';

/** The sign that stands for a stage in the summary. */
export function stageIcon(stage: Stage): SignRef {
  if (stage.kind === 'brake') return { code: 'B14', kmh: stage.speedKmh };
  if (stage.sign) return stage.sign;
  if (stage.kind === 'drive' && stage.junction) return { code: 'AB1' };
  return { code: 'A14' };
}

/** A stage's name in the summary: its title, or for a sign question the sign's meaning. */
export function stageName(round: RoundContext, stage: Stage): string {
  return stage.kind === 'quiz' ? round.text(stage.choices[stage.answer]!) : round.text(stage.title);
}

/**
 * The end of the round, from the rules' tally: for every seat its points, how many rules it kept,
 * and a row of the stages' signs, each framed green (kept) or red (missed) with a tick or a cross in its corner.
 */
export class SummaryView {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(scene: Phaser.Scene, round: RoundContext, stages: readonly Stage[], tally: Readonly<Record<string, SeatTally>>) {
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      this.objects.push(object);
      return object;
    };
    const { x, y, w, h } = PLAY_AREA;
    add(scene.add.rectangle(x, y, w, h, THEME.palette.panel, 1).setOrigin(0));
    add(scene.add.text(x + w / 2, y + 50, round.t('summary.title'), textStyle(THEME.size.title, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5));
    const seats = round.seats;
    const rowH = Math.min(200, (h - 170) / seats.length);
    const chipsX = x + 640;
    const chip = Math.min(64, (w - 660) / stages.length - 10);
    seats.forEach((seat: Seat, i) => {
      const top = y + 120 + i * rowH;
      const cy = top + rowH / 2;
      const kept = (tally[seat.id]?.outcomes ?? []).map((outcome) => outcome === 'correct');
      const count = kept.filter(Boolean).length;
      add(scene.add.rectangle(x + 16, top + 6, w - 32, rowH - 12, THEME.palette.panelLight, 1).setOrigin(0));
      add(seatMarker(scene, seat, x + 60, cy - 24, 56));
      add(scene.add.text(x + 100, cy - 24, seat.name, textStyle(THEME.size.body, THEME.palette.text, { fixedWidth: 230 })).setOrigin(0, 0.5));
      add(scene.add.text(x + 330, cy - 24, round.t('summary.points', { points: tally[seat.id]?.points ?? 0 }), textStyle(THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0, 0.5));
      add(scene.add.text(x + 40, cy + 34, round.t('summary.met', { met: count, total: stages.length }), textStyle(THEME.size.body, THEME.palette.text)).setOrigin(0, 0.5));
      stages.forEach((stage, j) => {
        const cx = chipsX + j * (chip + 10) + chip / 2;
        const ok = kept[j] === true;
        add(scene.add.rectangle(cx, cy - 16, chip + 8, chip + 8, ok ? 0x1e5a3c : 0x5a1e24, 1).setStrokeStyle(4, ok ? 0x4fd18b : 0xff7a7a));
        add(drawSign(scene, stageIcon(stage), cx, cy - 22, chip * 0.8));
        add(scene.add.text(cx + chip / 2 - 10, cy + chip / 2 - 30, ok ? '✓' : '✗', textStyle(THEME.size.small, ok ? THEME.palette.good : THEME.palette.bad, { fontStyle: 'bold', stroke: '#000000', strokeThickness: 4 })).setOrigin(0.5));
      });
      // The rules to work on, by name, under the row of signs.
      const missed = stages.filter((_, j) => kept[j] !== true).map((stage) => stageName(round, stage));
      if (missed.length > 0 && rowH >= 150) reviewLine(add(scene.add.text(chipsX, cy + chip / 2 + 26, '', reviewStyle(w - (chipsX - x) - 30))), round.t('summary.review'), missed);
    });
    add(scene.add.text(x + w - 20, y + h - 20, round.t('summary.continue'), textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(1, 1));
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

/** One line of the column's width, wrapped at words: a name that cannot fit never shows cut mid-word. */
function reviewStyle(width: number) {
  return textStyle(THEME.size.small, THEME.palette.bad, { wordWrap: { width }, maxLines: 1 });
}

/**
 * "To work on: A · B · C": as many of the missed rules' names as fit on the line, whole, then
 * "…" when some had to be left out.
 */
function reviewLine(line: Phaser.GameObjects.Text, label: string, missed: readonly string[]): void {
  line.setOrigin(0, 0.5);
  for (let n = missed.length; n >= 1; n -= 1) {
    line.setText(`${label} ${missed.slice(0, n).join(' · ')}${n < missed.length ? ' …' : ''}`);
    if (line.getWrappedText(line.text).length <= 1) return;
  }
}

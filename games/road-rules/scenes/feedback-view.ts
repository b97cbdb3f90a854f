import type Phaser from 'phaser';
import type { RoundContext, Seat } from '../../../src/sdk';
import { seatMarker, textStyle, THEME } from '../../../src/sdk/scene';
import type { BrakeStage, DriveStage } from '../content-schema';
import type { BrakeResult } from '../rules/brake-test';
import { brakeLesson } from '../rules/brake-test';
import { shownMetres } from '../rules/distances';
import type { Lesson, LessonText } from '../rules/lessons';
import { shownNumber } from '../rules/shown-number';
import type { LightLamp } from '../rules/sign-art';
import { drawSign } from './draw-sign';
import { PLAY_AREA, type Rect } from './layout';

/** A lesson's sentence in the screen's language. */
export function lessonSentence(round: RoundContext, text: LessonText): string {
  return 'pack' in text ? round.text(text.pack) : round.t(text.key, text.vars);
}

const SIGN_PX = 170;

/**
 * After a drive stage: each mistake with its sign, the rule in one sentence and the seats that
 * made it; or, when every seat kept the rules, the stage's rule as a reminder.
 */
export class DriveFeedback {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(scene: Phaser.Scene, round: RoundContext, stage: DriveStage, lessons: readonly Lesson[]) {
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      this.objects.push(object);
      return object;
    };
    const { x, y, w, h } = PLAY_AREA;
    add(scene.add.rectangle(x, y, w, h, THEME.palette.panel, 1).setOrigin(0));
    const good = lessons.length === 0;
    add(scene.add.text(x + w / 2, y + 56, good ? round.t('feedback.good') : round.t('feedback.remember'), textStyle(THEME.size.title, good ? THEME.palette.good : THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0.5));
    const rows: { sign?: Lesson['sign']; lamp?: LightLamp; sentence: string; seats: readonly Seat[] }[] = good
      ? [{ ...(stage.sign ? { sign: stage.sign } : {}), sentence: round.text(stage.rule), seats: round.seats }]
      : lessons.slice(0, 3).map((lesson) => ({
          ...(lesson.sign ? { sign: lesson.sign } : {}),
          // The light of a light mistake shows the lamp that was lit.
          ...(lesson.kind === 'red' || lesson.kind === 'amber' ? { lamp: lesson.kind } : {}),
          sentence: lessonSentence(round, lesson.text),
          seats: round.seats.filter((seat) => lesson.seats.includes(seat.id)),
        }));
    const rowH = Math.min(240, (h - 200) / rows.length);
    rows.forEach((row, i) => {
      const cy = y + 150 + rowH * i + rowH / 2;
      const size = Math.min(SIGN_PX, rowH - 20);
      if (row.sign) add(drawSign(scene, row.sign, x + 40 + size / 2, cy, size, row.lamp));
      const textX = x + 80 + size;
      add(scene.add.text(textX, cy, row.sentence, textStyle(48, THEME.palette.text, { wordWrap: { width: w - (textX - x) - 260 } })).setOrigin(0, 0.5));
      row.seats.forEach((seat, j) => add(seatMarker(scene, seat, x + w - 50 - (j % 4) * 60, cy - 30 + Math.floor(j / 4) * 60, 52)));
    });
    add(scene.add.text(x + w - 20, y + h - 24, round.t('feedback.next'), textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(1, 1));
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

/**
 * After a brake test: the rule across the top (what to remember at this speed and road), and in
 * each seat's column its own figures — reaction time and distance, braking, stopping, margin.
 * The road itself stays visible in between, with the distances drawn on it.
 */
export class BrakeFeedback {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(scene: Phaser.Scene, round: RoundContext, stage: BrakeStage, results: readonly { seat: Seat; column: Rect; result: BrakeResult }[]) {
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      this.objects.push(object);
      return object;
    };
    const { x, y, w } = PLAY_AREA;
    const lesson = brakeLesson(stage);
    const metres = (m: number): string => shownNumber(shownMetres(m), round.locale);
    add(scene.add.rectangle(x, y, w, 190, THEME.palette.panel, 1).setOrigin(0));
    add(scene.add.text(x + 30, y + 20, round.text(stage.rule), textStyle(44, THEME.palette.text, { wordWrap: { width: w - 60 } })));
    const rule = round.t('brake.rule', {
      kmh: stage.speedKmh,
      road: round.t(`road.${stage.road}`),
      reaction: metres(lesson.ruleReactionM),
      stopping: metres(lesson.ruleStoppingM),
    });
    add(scene.add.text(x + 30, y + 180, rule, textStyle(THEME.size.body, THEME.palette.accent, { fontStyle: 'bold', wordWrap: { width: w - 60 } })).setOrigin(0, 1));
    for (const { column, result } of results) {
      const lines: { text: string; colour: number }[] = [];
      if (result.reactionMs !== undefined && result.reactionM !== undefined) {
        lines.push({ text: round.t('brake.reaction', { s: shownNumber(result.reactionMs / 1000, round.locale, { min: 2, max: 2 }), m: metres(result.reactionM) }), colour: 0xffb000 });
      } else {
        lines.push({ text: round.t('brake.none'), colour: THEME.palette.bad });
      }
      if (result.brakingM !== undefined) lines.push({ text: round.t('brake.braking', { m: metres(result.brakingM) }), colour: 0xff9a9a });
      if (result.stoppingM !== undefined && !result.collided) lines.push({ text: round.t('brake.stopping', { m: metres(result.stoppingM) }), colour: THEME.palette.text });
      lines.push(
        result.collided || result.marginM === undefined
          ? { text: round.t('brake.hit'), colour: THEME.palette.bad }
          : { text: round.t('brake.margin', { m: metres(result.marginM) }), colour: THEME.palette.good },
      );
      // Body-size lines, stacked from the bottom of the column up, wrapped to its width.
      const box = add(scene.add.rectangle(column.x, column.y + column.h, column.w, 0, 0x0b1d33, 1).setOrigin(0));
      let bottom = column.y + column.h - 14;
      for (const line of [...lines].reverse()) {
        const text = add(scene.add.text(column.x + 16, bottom, line.text, textStyle(THEME.size.body, line.colour, { fontStyle: 'bold', wordWrap: { width: column.w - 32 } })).setOrigin(0, 1));
        bottom -= text.height + 4;
      }
      box.setPosition(column.x, bottom - 10).setSize(column.w, column.y + column.h - bottom + 10);
    }
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

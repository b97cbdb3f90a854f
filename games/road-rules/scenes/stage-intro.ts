import type Phaser from 'phaser';
import type { RoundContext } from '../../../src/sdk';
import { textStyle, THEME } from '../../../src/sdk/scene';
import type { Stage } from '../content-schema';
import { drawSign } from './draw-sign';
import { PLAY_AREA } from './layout';

/** The controls line for a kind of stage, in the screen's language. */
export function controlsText(round: RoundContext, stage: Stage): string {
  return round.t(stage.kind === 'drive' ? 'controls.drive' : stage.kind === 'brake' ? 'controls.brake' : 'controls.quiz');
}

/** Before a stage: its title, its sign big, and which buttons do what. */
export class StageIntro {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(scene: Phaser.Scene, round: RoundContext, stage: Stage, title: string) {
    const { x, y, w, h } = PLAY_AREA;
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      this.objects.push(object);
      return object;
    };
    add(scene.add.rectangle(x, y, w, h, THEME.palette.background, 0.9).setOrigin(0));
    add(scene.add.text(x + w / 2, y + 110, title, textStyle(THEME.size.title, THEME.palette.text, { fontStyle: 'bold', align: 'center', wordWrap: { width: w - 80 } })).setOrigin(0.5));
    const sign = stage.kind === 'brake' ? { code: 'B14' as const, kmh: stage.speedKmh } : stage.kind === 'drive' ? stage.sign : undefined;
    if (sign) add(drawSign(scene, sign, x + w / 2, y + h / 2, 300));
    add(
      scene.add
        .text(x + w / 2, y + h - 110, controlsText(round, stage), textStyle(THEME.size.large, THEME.palette.accent, { fontStyle: 'bold', align: 'center', wordWrap: { width: w - 80 } }))
        .setOrigin(0.5),
    );
  }

  destroy(): void {
    this.objects.forEach((object) => object.destroy());
  }
}

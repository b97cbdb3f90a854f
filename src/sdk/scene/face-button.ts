import type Phaser from 'phaser';
import type { ChoiceIndex } from '../rules/rules';
import { THEME, textStyle } from './theme';

/** A round face-button glyph (A, B, X or Y in its Xbox colour) as a container centred on (x, y). */
export function faceButton(scene: Phaser.Scene, choice: ChoiceIndex, x: number, y: number, size = 64): Phaser.GameObjects.Container {
  const button = THEME.faceButtons[choice];
  const circle = scene.add.circle(0, 0, size / 2, button.colour).setStrokeStyle(4, 0xffffff);
  const letter = scene.add.text(0, 0, button.letter, textStyle(Math.round(size * 0.6), '#ffffff', { fontStyle: 'bold' })).setOrigin(0.5);
  return scene.add.container(x, y, [circle, letter]);
}

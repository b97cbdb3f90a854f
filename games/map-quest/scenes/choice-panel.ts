import type Phaser from 'phaser';
import type { ChoiceIndex } from '../../../src/sdk';
import { THEME, faceButton, textStyle } from '../../../src/sdk/scene';
import type { Rect } from '../free-corner';
import { DEPTH, fitText } from './layout';

/** One answer a face button gives. */
export interface ChoiceLabel {
  button: ChoiceIndex;
  label: string;
}

/** Button offsets in a diamond, as on the pad: A below, B right, X left, Y above. */
const DIAMOND: Record<ChoiceIndex, { x: number; y: number }> = { 0: { x: 0, y: 125 }, 1: { x: 85, y: 0 }, 2: { x: -85, y: 0 }, 3: { x: 0, y: -125 } };

/**
 * The answers of a face-button question in a corner the map leaves free: for directions, a diamond laid out like
 * the pad (north on Y at the top); for places, a list of buttons and names.
 */
export class ChoicePanel {
  readonly container: Phaser.GameObjects.Container;

  /** `area` is where it sits: the scene gives it a corner the map leaves empty, so no part of Paris is hidden. */
  constructor(scene: Phaser.Scene, area: Rect, choices: readonly ChoiceLabel[], layout: 'diamond' | 'list') {
    this.container = scene.add.container(0, 0).setDepth(DEPTH.choicePanel);
    this.container.add(scene.add.rectangle(area.x, area.y, area.width, area.height, THEME.colour.panel, 0.97).setOrigin(0, 0).setStrokeStyle(4, 0xffffff, 0.6));
    if (layout === 'diamond') {
      const cx = area.x + area.width / 2;
      const cy = area.y + area.height / 2 - 20;
      for (const { button, label } of choices) {
        const p = DIAMOND[button];
        this.container.add([
          faceButton(scene, button, cx + p.x, cy + p.y, 72),
          scene.add.text(cx + p.x, cy + p.y + 42, label, textStyle(THEME.size.small, THEME.colour.text, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 6 })).setOrigin(0.5, 0),
        ]);
      }
      return;
    }
    const rowHeight = area.height / 4;
    choices.forEach(({ button, label }, i) => {
      const y = area.y + rowHeight * i + rowHeight / 2;
      const text = scene.add.text(area.x + 92, y, label, textStyle(THEME.size.small, THEME.colour.text, { fontStyle: 'bold', wordWrap: { width: area.width - 104, useAdvancedWrap: true } })).setOrigin(0, 0.5);
      this.container.add([faceButton(scene, button, area.x + 46, y, 64), fitText(text, rowHeight - 8, 24)]);
    });
  }

  destroy(): void {
    this.container.destroy();
  }
}

import type Phaser from 'phaser';
import type { ChoiceIndex } from '../../../src/sdk';
import { THEME, faceButton, textStyle } from '../../../src/sdk/scene';
import { LAYOUT, fitWidth } from './layout';

/** One answer a face button gives. */
export interface ChoiceLabel {
  button: ChoiceIndex;
  label: string;
}

const PANEL = { width: 620, height: 440 } as const;
/** Button offsets in a diamond, as on the pad: A below, B right, X left, Y above. */
const DIAMOND: Record<ChoiceIndex, { x: number; y: number }> = { 0: { x: 0, y: 130 }, 1: { x: 160, y: 0 }, 2: { x: -160, y: 0 }, 3: { x: 0, y: -130 } };

/**
 * The answers of a face-button question over the bottom-right of the map: for directions, a
 * diamond laid out like the pad (north on Y at the top); for places, a list of buttons and names.
 */
export class ChoicePanel {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, choices: readonly ChoiceLabel[], layout: 'diamond' | 'list') {
    const left = LAYOUT.map.x + LAYOUT.map.width - PANEL.width;
    const top = LAYOUT.map.y + LAYOUT.map.height - PANEL.height;
    this.container = scene.add.container(0, 0).setDepth(10);
    this.container.add(scene.add.rectangle(left, top, PANEL.width, PANEL.height, THEME.colour.panel, 0.94).setOrigin(0, 0).setStrokeStyle(4, 0xffffff, 0.6));
    if (layout === 'diamond') {
      const cx = left + PANEL.width / 2;
      const cy = top + PANEL.height / 2;
      for (const { button, label } of choices) {
        const p = DIAMOND[button];
        this.container.add(faceButton(scene, button, cx + p.x, cy + p.y, 76));
        const below = button === 1 || button === 2;
        const text = scene.add.text(cx + p.x, cy + p.y + (below ? 66 : 0), label, textStyle(THEME.size.body, THEME.colour.text, { fontStyle: 'bold' }));
        text.setOrigin(below ? 0.5 : button === 3 ? -0.7 : -0.7, 0.5);
        if (!below) text.setX(cx + p.x + 48).setOrigin(0, 0.5);
        this.container.add(text);
      }
      return;
    }
    const rowHeight = PANEL.height / 4;
    choices.forEach(({ button, label }, i) => {
      const y = top + rowHeight * i + rowHeight / 2;
      this.container.add([
        faceButton(scene, button, left + 60, y, 72),
        fitWidth(scene.add.text(left + 112, y, label, textStyle(THEME.size.body, THEME.colour.text, { fontStyle: 'bold' })).setOrigin(0, 0.5), PANEL.width - 130),
      ]);
    });
  }

  destroy(): void {
    this.container.destroy();
  }
}

import type Phaser from 'phaser';
import type { ChoiceIndex } from '../../../src/sdk';
import { THEME, faceButton, textStyle } from '../../../src/sdk/scene';
import { LAYOUT, fitText } from './layout';

/** One answer a face button gives. */
export interface ChoiceLabel {
  button: ChoiceIndex;
  label: string;
}

/** Right of the map, above the Bois de Vincennes, where no arrondissement is hidden. */
const PANEL = { x: LAYOUT.map.x + LAYOUT.map.width - 321, y: LAYOUT.map.y + 110, width: 321, height: 450 } as const;
/** Button offsets in a diamond, as on the pad: A below, B right, X left, Y above. */
const DIAMOND: Record<ChoiceIndex, { x: number; y: number }> = { 0: { x: 0, y: 125 }, 1: { x: 95, y: 0 }, 2: { x: -95, y: 0 }, 3: { x: 0, y: -125 } };

/**
 * The answers of a face-button question beside the map: for directions, a diamond laid out like
 * the pad (north on Y at the top); for places, a list of buttons and names.
 */
export class ChoicePanel {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, choices: readonly ChoiceLabel[], layout: 'diamond' | 'list') {
    this.container = scene.add.container(0, 0).setDepth(10);
    this.container.add(scene.add.rectangle(PANEL.x, PANEL.y, PANEL.width, PANEL.height, THEME.colour.panel, 0.97).setOrigin(0, 0).setStrokeStyle(4, 0xffffff, 0.6));
    if (layout === 'diamond') {
      const cx = PANEL.x + PANEL.width / 2;
      const cy = PANEL.y + PANEL.height / 2 - 20;
      for (const { button, label } of choices) {
        const p = DIAMOND[button];
        this.container.add([
          faceButton(scene, button, cx + p.x, cy + p.y, 72),
          scene.add.text(cx + p.x, cy + p.y + 42, label, textStyle(THEME.size.small, THEME.colour.text, { fontStyle: 'bold', stroke: '#0b1d33', strokeThickness: 6 })).setOrigin(0.5, 0),
        ]);
      }
      return;
    }
    const rowHeight = PANEL.height / 4;
    choices.forEach(({ button, label }, i) => {
      const y = PANEL.y + rowHeight * i + rowHeight / 2;
      const text = scene.add.text(PANEL.x + 92, y, label, textStyle(THEME.size.small, THEME.colour.text, { fontStyle: 'bold', wordWrap: { width: PANEL.width - 104, useAdvancedWrap: true } })).setOrigin(0, 0.5);
      this.container.add([faceButton(scene, button, PANEL.x + 46, y, 64), fitText(text, rowHeight - 8, 24)]);
    });
  }

  destroy(): void {
    this.container.destroy();
  }
}

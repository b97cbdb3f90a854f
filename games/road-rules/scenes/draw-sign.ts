import Phaser from 'phaser';
import { THEME } from '../../../src/sdk/scene';
import { signArt, type LightLamp, type SignShape } from '../rules/sign-art';
import type { SignRef } from '../rules/signs';

/** Draws one sign's shapes into `g`, centred on (x, y), `size` pixels across; returns its texts. */
function drawShapes(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, shapes: SignShape[], x: number, y: number, size: number): Phaser.GameObjects.Text[] {
  const k = size / 2;
  const texts: Phaser.GameObjects.Text[] = [];
  const at = ([px, py]: readonly [number, number]) => new Phaser.Math.Vector2(x + px * k, y + py * k);
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'polygon': {
        const points = shape.points.map(at);
        if (shape.fill !== undefined) {
          g.fillStyle(shape.fill, 1);
          g.fillPoints(points, true, true);
        }
        if (shape.stroke !== undefined) {
          g.lineStyle(Math.max(1, (shape.width ?? 0.04) * k), shape.stroke, 1);
          g.strokePoints(points, true, true);
        }
        break;
      }
      case 'circle':
        if (shape.fill !== undefined) {
          g.fillStyle(shape.fill, 1);
          g.fillCircle(x + shape.x * k, y + shape.y * k, shape.r * k);
        }
        if (shape.stroke !== undefined) {
          g.lineStyle(Math.max(1, (shape.width ?? 0.04) * k), shape.stroke, 1);
          g.strokeCircle(x + shape.x * k, y + shape.y * k, shape.r * k);
        }
        break;
      case 'line': {
        g.lineStyle(Math.max(1, shape.width * k), shape.colour, 1);
        g.strokePoints(shape.points.map(at), false, false);
        // Round the joints and ends so thick pictogram strokes look drawn, not broken.
        g.fillStyle(shape.colour, 1);
        for (const point of shape.points) g.fillCircle(at(point).x, at(point).y, (shape.width * k) / 2);
        break;
      }
      case 'text':
        texts.push(
          scene.add
            .text(x + shape.x * k, y + shape.y * k, shape.text, {
              fontFamily: THEME.font,
              fontSize: `${Math.round(shape.size * k)}px`,
              fontStyle: 'bold',
              color: `#${shape.colour.toString(16).padStart(6, '0')}`,
            })
            .setOrigin(0.5),
        );
        break;
    }
  }
  return texts;
}

/**
 * A sign as a container centred on (x, y), `size` pixels across, from its official code.
 * @example drawSign(scene, { code: 'B14', kmh: 50 }, 960, 540, 200)
 */
export function drawSign(scene: Phaser.Scene, sign: SignRef, x: number, y: number, size: number, lamp: LightLamp | 'all' = 'all'): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  const texts = drawShapes(scene, g, signArt(sign, lamp), 0, 0, size);
  return scene.add.container(x, y, [g, ...texts]);
}

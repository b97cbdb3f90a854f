import type Phaser from 'phaser';
import { drawSeatShape } from '../../../src/sdk/scene';
import type { Seat } from '../../../src/sdk';

// Cars and pedestrians seen from above, drawn facing north (up); a container's rotation turns
// them (Phaser rotates clockwise, like the route's heading).

export interface CarArt {
  container: Phaser.GameObjects.Container;
  brakeLights: Phaser.GameObjects.Graphics;
  leftBlinker: Phaser.GameObjects.Graphics;
  rightBlinker: Phaser.GameObjects.Graphics;
}

/**
 * A car `length` × `width` pixels; the seat's own car carries its shape on the roof. Centred on the
 * container's origin, or with `noseAtOrigin` its front bumper there (where the rules measure `s`).
 */
export function drawCar(scene: Phaser.Scene, length: number, width: number, colour: number, options: { seat?: Seat; noseAtOrigin?: boolean } = {}): CarArt {
  const { seat } = options;
  const body = scene.add.graphics();
  body.fillStyle(0x000000, 0.35);
  body.fillRoundedRect(-width / 2 + 3, -length / 2 + 4, width, length, width * 0.3);
  body.fillStyle(colour, 1);
  body.lineStyle(2, 0x111111, 1);
  body.fillRoundedRect(-width / 2, -length / 2, width, length, width * 0.3);
  body.strokeRoundedRect(-width / 2, -length / 2, width, length, width * 0.3);
  // Windscreen at the front, rear window at the back.
  body.fillStyle(0x1c2a38, 0.9);
  body.fillRoundedRect(-width * 0.38, -length * 0.3, width * 0.76, length * 0.16, 4);
  body.fillRoundedRect(-width * 0.36, length * 0.28, width * 0.72, length * 0.1, 4);
  if (seat) drawSeatShape(body, seat.shape, 0, length * 0.05, width * 0.62, seat.colour === colour ? 0xffffff : seat.colour);
  // Headlights.
  body.fillStyle(0xfff6c8, 1);
  body.fillCircle(-width * 0.3, -length / 2 + 3, 3);
  body.fillCircle(width * 0.3, -length / 2 + 3, 3);

  const brakeLights = scene.add.graphics();
  brakeLights.fillStyle(0xff2020, 1);
  brakeLights.fillRect(-width * 0.45, length / 2 - 5, width * 0.28, 5);
  brakeLights.fillRect(width * 0.17, length / 2 - 5, width * 0.28, 5);
  brakeLights.setVisible(false);

  const blinker = (side: -1 | 1) => {
    const g = scene.add.graphics();
    g.fillStyle(0xffb000, 1);
    g.fillCircle(side * width * 0.48, -length * 0.46, Math.max(4, width * 0.14));
    g.fillCircle(side * width * 0.48, length * 0.46, Math.max(4, width * 0.14));
    g.setVisible(false);
    return g;
  };
  const leftBlinker = blinker(-1);
  const rightBlinker = blinker(1);
  const parts = [body, brakeLights, leftBlinker, rightBlinker];
  // Drawn facing up, so the body half a length down puts the nose on the origin.
  if (options.noseAtOrigin) parts.forEach((part) => part.setY(length / 2));
  const container = scene.add.container(0, 0, parts);
  return { container, brakeLights, leftBlinker, rightBlinker };
}

/**
 * A pedestrian seen from above: shoulders and a head, in a bright colour, drawn larger than life
 * so it reads from across the hall; a yellow ring (the container's first child) marks one who
 * crosses or is about to.
 */
export function drawWalker(scene: Phaser.Scene, size: number, colour: number): Phaser.GameObjects.Container {
  const ring = scene.add.graphics();
  ring.lineStyle(5, 0xffd23f, 1);
  ring.strokeCircle(0, 0, size * 0.75);
  const g = scene.add.graphics();
  g.fillStyle(colour, 1);
  g.lineStyle(3, 0x111111, 1);
  g.fillEllipse(0, 0, size, size * 0.55);
  g.strokeEllipse(0, 0, size, size * 0.55);
  g.fillStyle(0x3b2a20, 1);
  g.fillCircle(0, 0, size * 0.24);
  return scene.add.container(0, 0, [ring, g]);
}

import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import type { LobbySeat } from '../lobby/lobby';

export const CARD = { width: 556, height: 330 } as const;

/** One seat in the lobby: avatar, name, colour and shape, and whether it is ready. */
export function drawSeatCard(
  scene: Phaser.Scene,
  x: number,
  y: number,
  seat: LobbySeat | undefined,
  texts: { name: string; status: string; hint: string },
): Phaser.GameObjects.Container {
  const card = scene.add.container(x, y);
  const frame = scene.add.graphics();
  if (!seat) {
    frame.lineStyle(4, 0x5b7a99, 1).strokeRoundedRect(0, 0, CARD.width, CARD.height, 24);
    card.add(frame);
    card.add(scene.add.text(CARD.width / 2, CARD.height / 2 - 40, texts.status, textStyle(THEME.size.large, THEME.colour.textDim)).setOrigin(0.5));
    card.add(scene.add.text(CARD.width / 2, CARD.height / 2 + 40, texts.hint, textStyle(THEME.size.small, THEME.colour.textDim, { align: 'center', wordWrap: { width: CARD.width - 40 } })).setOrigin(0.5));
    return card;
  }
  frame.fillStyle(THEME.colour.panel, 1).fillRoundedRect(0, 0, CARD.width, CARD.height, 24);
  frame.lineStyle(seat.ready ? 10 : 6, seat.style.colour, 1).strokeRoundedRect(0, 0, CARD.width, CARD.height, 24);
  card.add(frame);
  card.add(scene.add.text(110, 120, seat.avatar, textStyle(140)).setOrigin(0.5));
  const shape = scene.add.graphics();
  drawSeatShape(shape, seat.style.shape, 240, 70, 56, seat.style.colour);
  card.add(shape);
  card.add(scene.add.text(290, 70, texts.name, textStyle(THEME.size.large, THEME.colour.text, { fontStyle: 'bold' })).setOrigin(0, 0.5));
  card.add(
    scene.add
      .text(230, 150, texts.status, textStyle(THEME.size.large, seat.ready ? THEME.colour.good : THEME.colour.text, { fontStyle: seat.ready ? 'bold' : 'normal' }))
      .setOrigin(0, 0.5),
  );
  card.add(scene.add.text(CARD.width / 2, 260, texts.hint, textStyle(THEME.size.small, THEME.colour.textDim, { align: 'center', wordWrap: { width: CARD.width - 40 } })).setOrigin(0.5));
  return card;
}

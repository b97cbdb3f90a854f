import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import type { LobbySeat } from '../lobby/lobby';

export const CARD = { width: 556, height: 340 } as const;
const INNER = CARD.width - 48;

/**
 * Makes a one-line text fit `maxWidth`: smaller type, never under `minSize`, then an ellipsis.
 * Names on the big screen are pseudonyms of up to 24 characters.
 */
export function fitText(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = THEME.size.body): Phaser.GameObjects.Text {
  let size = parseInt(String(text.style.fontSize), 10);
  while (text.width > maxWidth && size > minSize) {
    size = Math.max(minSize, size - 4);
    text.setFontSize(size);
  }
  for (let value = text.text; text.width > maxWidth && value.length > 1; ) {
    value = value.slice(0, -1).trimEnd();
    text.setText(`${value}…`);
  }
  return text;
}

/** One seat in the lobby: avatar, colour and shape, its name (or pseudonym), whether it is ready, and its keys. */
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
    card.add(scene.add.text(CARD.width / 2, CARD.height / 2 - 40, texts.status, textStyle(THEME.size.large, THEME.palette.textDim)).setOrigin(0.5));
    card.add(scene.add.text(CARD.width / 2, CARD.height / 2 + 40, texts.hint, textStyle(THEME.size.body, THEME.palette.textDim, { align: 'center', wordWrap: { width: INNER } })).setOrigin(0.5));
    return card;
  }
  frame.fillStyle(THEME.palette.panel, 1).fillRoundedRect(0, 0, CARD.width, CARD.height, 24);
  frame.lineStyle(seat.ready ? 10 : 6, seat.style.colour, 1).strokeRoundedRect(0, 0, CARD.width, CARD.height, 24);
  card.add(frame);
  card.add(scene.add.text(82, 70, seat.avatar, textStyle(96)).setOrigin(0.5));
  const shape = scene.add.graphics();
  drawSeatShape(shape, seat.style.shape, 190, 66, 52, seat.style.colour);
  card.add(shape);
  card.add(
    scene.add
      .text(235, 66, texts.status, textStyle(THEME.size.large, seat.ready ? THEME.palette.good : THEME.palette.text, { fontStyle: 'bold' }))
      .setOrigin(0, 0.5),
  );
  // A pseudonym too long for one line at the large size goes to body size, on two lines at most.
  const name = scene.add.text(24, 126, texts.name, textStyle(THEME.size.large, THEME.palette.text, { fontStyle: 'bold' }));
  if (name.width > INNER) name.setFontSize(THEME.size.body).setWordWrapWidth(INNER);
  card.add(name);
  card.add(
    scene.add
      .text(CARD.width / 2, CARD.height - 12, texts.hint, textStyle(THEME.size.body, THEME.palette.textDim, { align: 'center', wordWrap: { width: INNER }, lineSpacing: -4 }))
      .setOrigin(0.5, 1),
  );
  return card;
}

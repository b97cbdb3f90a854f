import type Phaser from 'phaser';
import qrcode from 'qrcode-generator';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { joinAddress } from './browser-socket';

/** The QR's dark modules, row by row, with the quiet zone (four modules) the standard asks around it. */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  return Array.from({ length: count + 2 * quiet }, (_, row) =>
    Array.from({ length: count + 2 * quiet }, (_, col) => {
      const r = row - quiet;
      const c = col - quiet;
      return r >= 0 && c >= 0 && r < count && c < count && qr.isDark(r, c);
    }),
  );
}

export interface JoinPanelTexts {
  join: string;
  /** "Open <address>": the address for those who type it. */
  open: (address: string) => string;
}

/**
 * How to join on a phone: the room's code in large letters (128 px capitals are readable from
 * ten metres) and a QR of the join address, dark on white with its quiet zone, `size` pixels wide.
 */
export function drawJoinPanel(scene: Phaser.Scene, options: { x: number; y: number; size: number; code: string; texts: JoinPanelTexts; origin?: string }): Phaser.GameObjects.Container {
  const { x, y, size, code, texts } = options;
  const address = joinAddress(code, options.origin);
  const container = scene.add.container(x, y);
  const label = scene.add.text(size / 2, 0, texts.join, textStyle(THEME.size.body, THEME.palette.textDim, { align: 'center', wordWrap: { width: size + 80 } })).setOrigin(0.5, 0);
  // 112 px capitals fit four wide letters in the panel; on a hall's screen they stand several centimetres tall.
  const letters = scene.add.text(size / 2, label.height + 8, code, textStyle(112, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0.5, 0);
  const top = label.height + letters.height + 24;
  const modules = qrModules(address);
  const cell = Math.floor(size / modules.length);
  const side = cell * modules.length;
  const qr = scene.add.graphics({ x: (size - side) / 2, y: top });
  qr.fillStyle(0xffffff, 1).fillRect(0, 0, side, side);
  qr.fillStyle(0x000000, 1);
  modules.forEach((row, r) => row.forEach((dark, c) => dark && qr.fillRect(c * cell, r * cell, cell, cell)));
  // The address breaks before its path, so a long host never runs past the panel.
  const shown = address.replace(/^https?:\/\//, '').replace('/play', '\n/play');
  const open = scene.add.text(size / 2, top + side + 12, texts.open(shown), textStyle(THEME.size.small, THEME.palette.textDim, { align: 'center' })).setOrigin(0.5, 0);
  container.add([label, letters, qr, open]);
  container.setData('code', code);
  return container;
}

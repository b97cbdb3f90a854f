import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { drawJoinPanel } from '../room/join-panel';
import type { Shell } from '../shell';

/** Where the attract and lobby screens show how to join on a phone: the right of the safe area. */
export const JOIN_PANEL = { x: 1484, y: 150, size: 340 } as const;

/**
 * The room's code and QR, with the room's state under them (locked, phones waiting for the next
 * round); a line in their place while the room connects or when the host hid the code; null when
 * the screen has no room.
 */
export function joinPanelFor(scene: Phaser.Scene, shell: Shell): Phaser.GameObjects.Container | null {
  const room = shell.room;
  if (!room) return null;
  const t = (key: string, vars?: Record<string, string | number>) => shell.t(key, vars);
  const { x, y, size } = JOIN_PANEL;
  const code = room.shownCode;
  const panel = code
    ? drawJoinPanel(scene, { x, y, size, code, texts: { join: t('room.join'), open: (address) => t('room.open', { address }) } })
    : scene.add.container(x, y, [
        scene.add
          .text(size / 2, 0, room.status.connection === 'open' ? t('room.hidden') : t('room.offline'), textStyle(THEME.size.small, THEME.palette.textDim, { align: 'center', wordWrap: { width: size } }))
          .setOrigin(0.5, 0),
      ]);
  const lines = [
    ...(room.status.locked ? [t('room.locked')] : []),
    ...(room.phones.waitingCount > 0 ? [t('room.waiting', { n: room.phones.waitingCount })] : []),
  ];
  if (lines.length) {
    const bottom = panel.getBounds().bottom - y;
    panel.add(scene.add.text(size / 2, bottom + 16, lines.join('\n'), textStyle(THEME.size.small, THEME.palette.accent, { align: 'center', fontStyle: 'bold', wordWrap: { width: size + 80 } })).setOrigin(0.5, 0));
  }
  return panel;
}

import Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import type { InputEvent } from '../input/events';
import type { ScreenName, Shell } from '../shell';

/** How long a quiet lobby or catalogue waits before the screen goes back to attract mode. */
export const QUIET_MS = 60_000;

/** What every shell scene shares: the shell, its texts, and input listeners that end with the scene. */
export abstract class ShellScene extends Phaser.Scene {
  constructor(
    key: string,
    protected readonly shell: Shell,
  ) {
    super(key);
  }

  protected t(key: string, vars?: Record<string, string | number>): string {
    return this.shell.t(key, vars);
  }

  /** Marks which screen is showing, for the monitoring snapshot. */
  protected show(screen: ScreenName): void {
    this.shell.screen = screen;
  }

  /** Listens to the input hub until this scene shuts down. */
  protected listen(handler: (event: InputEvent) => void): void {
    const off = this.shell.hub.on(handler);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
  }

  protected text(x: number, y: number, value: string, size: number = THEME.size.body, colour: number = THEME.palette.text, extra: Record<string, unknown> = {}) {
    return this.add.text(x, y, value, textStyle(size, colour, extra));
  }

  /** A title at the top of the safe area. */
  protected title(value: string): Phaser.GameObjects.Text {
    return this.text(THEME.width / 2, THEME.safe.y + 20, value, THEME.size.title, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0.5, 0);
  }

  /** A hint line at the bottom of the safe area: glyphs and words for what the buttons do. */
  protected hints(items: readonly { button: 0 | 1 | 2 | 3 | 'move'; label: string }[]): Phaser.GameObjects.Container {
    const y = THEME.safe.y + THEME.safe.height - 36;
    const container = this.add.container(0, y);
    let x = 0;
    for (const item of items) {
      if (item.button === 'move') {
        const arrows = this.text(x, 0, '◀ ▶', THEME.size.body, THEME.palette.accent).setOrigin(0, 0.5);
        container.add(arrows);
        x += arrows.width + 14;
      } else {
        const spec = THEME.faceButtons[item.button];
        container.add(this.add.circle(x + 28, 0, 28, spec.colour).setStrokeStyle(3, 0xffffff));
        container.add(this.text(x + 28, 0, spec.letter, 34, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0.5));
        x += 70;
      }
      const label = this.text(x, 0, item.label, THEME.size.body, THEME.palette.textDim).setOrigin(0, 0.5);
      container.add(label);
      x += label.width + 60;
    }
    container.x = (THEME.width - (x - 60)) / 2;
    return container;
  }

  /** Attract-mode screens: the first press of A, Space or Enter opens the lobby with that seat in it. */
  protected joinOnPress(): void {
    this.listen((event) => {
      if (event.type !== 'confirm') return;
      this.shell.lobby.clear();
      this.shell.lobby.join(event.device);
      this.shell.audio.play('join');
      this.scene.start('shell:lobby');
    });
  }

  /** Goes back to attract mode after a quiet minute, unless phones hold seats (they are a group waiting to play). */
  protected returnWhenQuiet(): void {
    const timer = this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        if (this.shell.lobby.phoneSeats.length === 0 && performance.now() - this.shell.hub.lastActivity > QUIET_MS) {
          this.shell.lobby.clear();
          this.scene.start('shell:attract');
        }
      },
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => timer.remove());
  }

  protected background(): void {
    this.cameras.main.setBackgroundColor(THEME.palette.background);
  }
}

import { THEME } from '../../sdk/scene/theme';
import { faceButton } from '../../sdk/scene/face-button';
import { ShellScene } from './shell-scene';
import { findBoard } from './leaderboard-rotation';
import { JOIN_PANEL, joinPanelFor } from './join-panel-view';
import type Phaser from 'phaser';
import type { Shell } from '../shell';

/** How long attract mode plays before a leaderboard (when the server has one to show). */
export const ATTRACT_MS = 20_000;

/**
 * What the screen shows when nobody plays: what there is to play, and how to join. Every
 * `ATTRACT_MS` it hands over to a leaderboard for a while, if the centre server answers with one.
 */
export class AttractScene extends ShellScene {
  /** Counts visits, so a board that arrives after the players joined is dropped. */
  private visit = 0;
  private join: Phaser.GameObjects.Container | null = null;
  private joinShown = '';

  constructor(shell: Shell) {
    super('shell:attract', shell);
  }

  create(): void {
    const visit = ++this.visit;
    this.show('attract');
    this.background();
    this.shell.audio.playMusic('calm');
    this.join = null;
    this.joinShown = '';
    this.drawJoin();
    // With a room, how to join on a phone takes the right; the rest centres in what is left.
    const width = this.shell.room ? THEME.safe.x + JOIN_PANEL.x - 40 : THEME.width;
    this.text(width / 2, 170, 'Ludocité', THEME.size.huge, THEME.palette.accent, { fontStyle: 'bold' }).setOrigin(0.5);
    this.text(width / 2, 290, this.t('attract.tagline'), THEME.size.large).setOrigin(0.5);

    const press = this.add.container(width / 2, 450);
    const label = this.text(60, 0, this.t('attract.press'), THEME.size.title, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0, 0.5);
    press.add([faceButton(this, 0, 0, 0, 100), label]);
    press.x = width / 2 - (label.width + 110) / 2 + 50;
    this.text(width / 2, 540, this.t('attract.keys'), THEME.size.body, THEME.palette.textDim).setOrigin(0.5);
    if (!this.shell.settings.reducedMotion) {
      this.tweens.add({ targets: press, scale: 1.06, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }

    this.text(width / 2, 660, this.t('attract.onTheMenu'), THEME.size.large, THEME.palette.textDim).setOrigin(0.5);
    // Read at each turn: the centre's catalogue may change while attract mode shows.
    const titles = () => this.shell.catalogue.entries.map((e) => e.pack.title[this.shell.language]);
    const shown = this.text(width / 2, 760, titles()[0] ?? '', THEME.size.title, THEME.palette.text).setOrigin(0.5);
    let i = 0;
    const cycle = this.time.addEvent({
      delay: 3000,
      loop: true,
      callback: () => {
        const now = titles();
        if (now.length) shown.setText(now[(i = (i + 1) % now.length)] ?? '');
      },
    });
    this.events.once('shutdown', () => {
      cycle.remove();
      this.visit++;
    });
    // Wall-clock time, as for the quiet minute: a slow frame must not stretch the loop.
    let boardAt = performance.now() + ATTRACT_MS;
    const boardTimer = this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        if (performance.now() < boardAt) return;
        boardAt = Number.POSITIVE_INFINITY;
        void this.showLeaderboard(visit).then((shown) => {
          if (!shown) boardAt = performance.now() + ATTRACT_MS;
        });
      },
    });
    this.events.once('shutdown', () => boardTimer.remove());

    this.joinOnPress();
  }

  override update(): void {
    // A phone that joined from here opens the lobby, with its seat in it.
    if (this.shell.lobby.phoneSeats.length > 0) {
      this.scene.start('shell:lobby');
      return;
    }
    this.drawJoin();
  }

  /** The room's code and QR, drawn again when the room gets (or hides) its code. */
  private drawJoin(): void {
    const room = this.shell.room;
    const key = `${room?.shownCode ?? ''}|${room?.status.connection ?? ''}|${room?.status.locked ?? ''}|${this.shell.language}`;
    if (key === this.joinShown) return;
    this.joinShown = key;
    this.join?.destroy();
    this.join = joinPanelFor(this, this.shell);
  }

  /** Asks the server for the next board with lines and shows it; false when there is none (or no server). */
  private async showLeaderboard(visit: number): Promise<boolean> {
    const { centre, catalogue } = this.shell;
    const found = await findBoard((query) => centre.api.leaderboard(query), catalogue.entries.map((e) => e.pack.id), centre.boardTurn);
    centre.boardTurn = found.next;
    if (visit !== this.visit || !found.board) return false;
    this.scene.start('shell:leaderboard', { board: found.board });
    return true;
  }
}

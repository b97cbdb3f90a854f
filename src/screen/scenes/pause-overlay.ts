import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import type { InputEvent } from '../input/events';
import type { RoundRunner } from '../round/round-runner';
import type { Shell } from '../shell';

type MenuChoice = 'resume' | 'quit';
/** The host's controls for the screen's room, after the round's own choices when the screen has a room. */
type HostChoice = 'lock' | 'hideCode' | 'removeSeat';
type Choice = MenuChoice | HostChoice;
const CHOICES: readonly MenuChoice[] = ['resume', 'quit'];
const HOST_CHOICES: readonly HostChoice[] = ['lock', 'hideCode', 'removeSeat'];

/**
 * What covers a paused round: the pause menu, or which pad to plug back in. With a room, the menu
 * also holds the host's controls for a public hall — lock the room, hide its code, remove a phone
 * seat (◀ ▶ picks which) — driven by a pad or a keyboard, never by a phone.
 */
export class PauseOverlay {
  private readonly layer: Phaser.GameObjects.Container;
  private selected = 0;
  private shownFor = '';
  /** Which phone seat "remove" points at, among the lobby's phone seats. */
  private target = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly shell: Shell,
  ) {
    this.layer = scene.add.container(0, 0).setDepth(1000).setVisible(false);
  }

  /** Redraws only when what it must say changes. */
  render(runner: RoundRunner): void {
    const reasons = runner.lifecycle.phase === 'paused' ? runner.lifecycle.pauseReasons : [];
    const room = this.shell.room;
    const key = `${reasons.join('|')}#${this.selected}#${this.target}#${room ? `${room.status.locked}${room.status.codeHidden}${this.shell.lobby.version}` : ''}`;
    if (key === this.shownFor) return;
    this.shownFor = key;
    this.layer.removeAll(true).setVisible(reasons.length > 0);
    if (!reasons.length) return;
    const { width, height } = THEME;
    const t = (k: string, vars?: Record<string, string | number>) => this.shell.t(k, vars);
    this.layer.add(this.scene.add.rectangle(width / 2, height / 2, width, height, 0x000000, 0.78));
    const lost = reasons.filter((r) => r.startsWith('pad-lost:')).map((r) => r.slice('pad-lost:'.length));
    if (lost.length) {
      lost.forEach((device, i) => {
        const seat = runner.seats.find((s) => s.id === device);
        this.layer.add(this.scene.add.text(width / 2, 380 + i * 90, t('pause.padLost', { name: seat?.name ?? device }), textStyle(THEME.size.title, THEME.palette.accent, { fontStyle: 'bold' })).setOrigin(0.5));
      });
      this.layer.add(this.scene.add.text(width / 2, 420 + lost.length * 90, t('pause.padLostHint'), textStyle(THEME.size.large)).setOrigin(0.5));
      return;
    }
    this.layer.add(this.scene.add.text(width / 2, 300, t('pause.title'), textStyle(THEME.size.huge, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5));
    const choices = this.choices();
    // Five choices fit between the title and the hint when the room's are there.
    const step = choices.length > 2 ? 100 : 140;
    const top = choices.length > 2 ? 462 : 520;
    choices.forEach((choice, i) => {
      const y = top + i * step;
      const selected = i === this.selected;
      this.layer.add(this.scene.add.rectangle(width / 2, y, 900, step - 20, selected ? 0x23486f : 0x16314f).setStrokeStyle(selected ? 8 : 2, selected ? 0xffd23f : 0x5b7a99));
      this.layer.add(this.scene.add.text(width / 2, y, this.label(choice), textStyle(THEME.size.large, THEME.palette.text, { fontStyle: selected ? 'bold' : 'normal' })).setOrigin(0.5));
    });
    this.layer.add(this.scene.add.text(width / 2, top + choices.length * step + 10, t('pause.hint'), textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0.5));
  }

  private choices(): readonly Choice[] {
    return this.shell.room ? [...CHOICES, ...HOST_CHOICES] : CHOICES;
  }

  private label(choice: Choice): string {
    const t = (k: string, vars?: Record<string, string | number>) => this.shell.t(k, vars);
    const status = this.shell.room?.status;
    if (choice === 'lock') return t(status?.locked ? 'pause.unlockRoom' : 'pause.lockRoom');
    if (choice === 'hideCode') return t(status?.codeHidden ? 'pause.showCode' : 'pause.hideCode');
    if (choice === 'removeSeat') {
      const seat = this.phoneSeats()[this.target];
      return seat ? t('pause.removeSeat', { name: this.shell.seatName(seat) }) : t('pause.noPhone');
    }
    return t(`pause.${choice}`);
  }

  private phoneSeats() {
    const seats = this.shell.lobby.phoneSeats;
    if (this.target >= seats.length) this.target = Math.max(0, seats.length - 1);
    return seats;
  }

  /** Moves through the pause menu; returns what was chosen for the round, if anything (the host's controls act here). */
  onMenuInput(event: InputEvent): MenuChoice | null {
    const choices = this.choices();
    if (event.type === 'step' && event.y !== 0) {
      this.selected = (this.selected + event.y + choices.length) % choices.length;
      return null;
    }
    if (event.type === 'step' && event.x !== 0 && choices[this.selected] === 'removeSeat') {
      const count = this.phoneSeats().length;
      if (count) this.target = (this.target + event.x + count) % count;
      return null;
    }
    if (event.type === 'back') return 'resume';
    if (event.type !== 'confirm') return null;
    const choice = choices[this.selected] ?? 'resume';
    const room = this.shell.room;
    if (choice === 'lock') room?.client.host(room.status.locked ? 'unlock' : 'lock');
    else if (choice === 'hideCode') room?.client.host(room.status.codeHidden ? 'showCode' : 'hideCode');
    else if (choice === 'removeSeat') {
      const seat = this.phoneSeats()[this.target];
      if (seat) room?.phones.removeSeat(seat.id);
    } else {
      this.selected = 0;
      return choice;
    }
    // The label changes once the room answers; redraw now for the seat list.
    this.shownFor = '';
    return null;
  }
}

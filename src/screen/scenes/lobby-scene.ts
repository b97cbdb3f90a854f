import type Phaser from 'phaser';
import { THEME } from '../../sdk/scene/theme';
import { LANGUAGES } from '../../shared/languages';
import { MAX_SEATS } from '../lobby/lobby';
import { ShellScene } from './shell-scene';
import { CARD, drawSeatCard } from './seat-card';
import { SignInPanel } from './sign-in-panel';
import type { InputEvent } from '../input/events';
import type { LobbySeat } from '../lobby/lobby';
import type { Shell } from '../shell';

/**
 * Up to six local seats join, pick an avatar, sign in with a player card or stay guests, and
 * ready up; then the catalogue opens. One seat at a time uses the player-card panel (X).
 */
export class LobbyScene extends ShellScene {
  private layer!: Phaser.GameObjects.Container;
  private leaving = false;
  private panel: SignInPanel | null = null;

  constructor(shell: Shell) {
    super('shell:lobby', shell);
  }

  create(): void {
    this.show('lobby');
    this.background();
    this.leaving = false;
    this.panel = null;
    this.shell.lobby.signingIn = null;
    this.shell.audio.playMusic('calm');
    for (const seat of this.shell.lobby.seats) this.shell.lobby.setReady(seat.id, false);
    this.layer = this.add.container(0, 0);
    this.draw();
    this.listen((event) => this.onInput(event));
    this.returnWhenQuiet();
  }

  private onInput(event: InputEvent): void {
    if (this.leaving) return;
    const { lobby } = this.shell;
    const seat = 'device' in event ? lobby.seat(event.device) : undefined;
    if (event.type === 'disconnected') {
      lobby.leave(event.device);
      if (this.panel && !lobby.signingIn) this.closePanel();
    } else if (this.panel) {
      return this.panel.onInput(event);
    } else if (event.type === 'choice' && event.choice === 2 && seat && !seat.ready) {
      return this.openPanel(seat);
    } else if (event.type === 'choice' && event.choice === 3) {
      const next = LANGUAGES[(LANGUAGES.indexOf(this.shell.language) + 1) % LANGUAGES.length]!;
      this.shell.setLanguage(next);
    } else if (event.type === 'confirm' && !seat) {
      if (lobby.join(event.device)) this.shell.audio.play('join');
    } else if (event.type === 'confirm' && seat && !seat.ready) {
      lobby.setReady(seat.id, true);
      this.shell.audio.play('confirm');
    } else if (event.type === 'back' && seat) {
      if (seat.ready) lobby.setReady(seat.id, false);
      else {
        lobby.leave(seat.id);
        this.shell.audio.play('leave');
      }
    } else if (event.type === 'step' && seat && event.x !== 0) {
      lobby.cycleAvatar(seat.id, event.x > 0 ? 1 : -1);
      this.shell.audio.play('move');
    } else {
      return;
    }
    this.shell.notice = null;
    this.draw();
    if (lobby.allReady) {
      this.leaving = true;
      this.time.delayedCall(700, () => this.scene.start('shell:catalogue'));
    }
  }

  private openPanel(seat: LobbySeat): void {
    this.shell.audio.play('confirm');
    this.panel = new SignInPanel(this, this.shell, seat, () => {
      this.panel = null;
      this.shell.lobby.signingIn = null;
      this.draw();
    });
    this.shell.lobby.signingIn = this.panel.flow;
    this.draw();
  }

  private closePanel(): void {
    this.panel?.destroy();
    this.panel = null;
    this.shell.lobby.signingIn = null;
  }

  /** What a joined seat that is not ready yet can do: its avatar, its card, and its keys on a keyboard. */
  private seatHint(seat: LobbySeat): string {
    const cardButton = seat.input === 'keyboard' ? THEME.choiceKeys[seat.id]?.[2] : 'X';
    const actions = `◀ ▶ ${this.t('lobby.avatar')} · ${cardButton} ${this.t('lobby.myCard')}`;
    return seat.input === 'keyboard' ? `${actions}\n${this.t(`lobby.keys_${seat.id}`)}` : actions;
  }

  private draw(): void {
    this.layer.removeAll(true);
    const { lobby } = this.shell;
    this.layer.add(this.title(this.t('lobby.title')));
    const gap = (THEME.safe.width - 3 * CARD.width) / 2;
    for (let slot = 0; slot < MAX_SEATS; slot++) {
      const seat = lobby.seats.find((s) => s.number === slot + 1);
      const x = THEME.safe.x + (slot % 3) * (CARD.width + gap);
      const y = 180 + Math.floor(slot / 3) * (CARD.height + 26);
      const texts = seat
        ? {
            name: this.shell.seatName(seat),
            status: seat.ready ? this.t('lobby.isReady') : '',
            hint: seat.ready ? '' : this.seatHint(seat),
          }
        : { name: '', status: this.t('lobby.free'), hint: this.t('lobby.joinKeys') };
      this.layer.add(drawSeatCard(this, x, y, seat, texts));
    }
    const status = this.shell.notice === 'error' ? this.t('lobby.error') : lobby.allReady ? this.t('lobby.start') : lobby.seats.length ? this.t('lobby.waiting') : '';
    const colour = this.shell.notice === 'error' ? THEME.palette.bad : THEME.palette.accent;
    this.layer.add(this.text(THEME.width / 2, 935, status, THEME.size.body, colour, { fontStyle: 'bold' }).setOrigin(0.5));
    // The open panel shows its own hints.
    if (this.panel) return;
    this.layer.add(
      this.hints([
        { button: 0, label: this.t('lobby.ready') },
        { button: 1, label: this.t('lobby.leave') },
        { button: 2, label: this.t('lobby.myCard') },
        { button: 3, label: this.t('lobby.otherLanguage') },
      ]),
    );
  }
}

import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { LANGUAGES } from '../../shared/languages';
import { MAX_SEATS } from '../lobby/lobby';
import { ShellScene } from './shell-scene';
import { CARD, drawSeatCard, fitText } from './seat-card';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import { JOIN_PANEL, joinPanelFor } from './join-panel-view';
import { SignInPanel } from './sign-in-panel';
import type { InputEvent } from '../input/events';
import type { LobbySeat } from '../lobby/lobby';
import type { Shell } from '../shell';

/** Seat cards are drawn at this scale beside the join panel, so body text stays at 32 px. */
const CARD_SCALE = 0.8;
/** With more seats than cards, each seat is one line: three columns of ten. */
const ROW = { columns: 3, height: 62, gap: 6 } as const;

/**
 * Up to six local seats join, pick an avatar, sign in with a player card or stay guests, and
 * ready up; phones join beside them through the room's code or QR, shown at the right (thirty
 * seats in all); then the catalogue opens. One seat at a time uses the player-card panel (X).
 */
export class LobbyScene extends ShellScene {
  private layer!: Phaser.GameObjects.Container;
  private leaving = false;
  private panel: SignInPanel | null = null;
  /** What the drawing shows of the lobby and the room, to redraw when a phone joins or drops. */
  private drawn = '';

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
    // Local seats ready up again for each round; phones are ready while seated.
    for (const seat of this.shell.lobby.localSeats) this.shell.lobby.setReady(seat.id, false);
    this.layer = this.add.container(0, 0);
    this.draw();
    this.listen((event) => this.onInput(event));
    this.returnWhenQuiet();
  }

  private onInput(event: InputEvent): void {
    if (this.leaving) return;
    const { lobby } = this.shell;
    const seat = 'device' in event ? lobby.seat(event.device) : undefined;
    // A phone's seat is managed on the phone (it leaves there); its presses here change nothing.
    if (seat?.input === 'phone') return;
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

  override update(): void {
    if (!this.leaving && this.drawnKey() !== this.drawn) this.draw();
  }

  private drawnKey(): string {
    const room = this.shell.room;
    return `${this.shell.lobby.version}|${room?.shownCode ?? ''}|${room?.status.connection ?? ''}|${room?.phones.waitingCount ?? 0}|${this.shell.language}`;
  }

  private draw(): void {
    this.drawn = this.drawnKey();
    this.layer.removeAll(true);
    const { lobby } = this.shell;
    this.layer.add(this.title(this.t('lobby.title')));
    const join = joinPanelFor(this, this.shell);
    if (join) this.layer.add(join);
    const width = join ? JOIN_PANEL.x - 40 - THEME.safe.x : THEME.safe.width;
    if (lobby.seats.length > MAX_SEATS) this.drawSeatRows(width);
    else this.drawSeatCards(width, join ? CARD_SCALE : 1);
    this.drawStatus();
  }

  /** Six cards, three a row, one per seat or free slot. */
  private drawSeatCards(width: number, scale: number): void {
    const { lobby } = this.shell;
    const gap = (width - 3 * CARD.width * scale) / 2;
    for (let slot = 0; slot < MAX_SEATS; slot++) {
      const seat = lobby.seats.find((s) => s.number === slot + 1);
      const x = THEME.safe.x + (slot % 3) * (CARD.width * scale + gap);
      const y = 170 + Math.floor(slot / 3) * (CARD.height * scale + 26);
      const texts = seat
        ? {
            name: this.shell.seatName(seat),
            status: seat.away ? this.t('room.away') : seat.ready ? this.t('lobby.isReady') : '',
            hint: seat.input === 'phone' ? '📱' : seat.ready ? '' : this.seatHint(seat),
          }
        : { name: '', status: this.t('lobby.free'), hint: this.t('lobby.joinKeys') };
      this.layer.add(drawSeatCard(this, x, y, seat, texts).setScale(scale));
    }
  }

  /** A whole group: one line a seat, its shape in its colour, avatar, name, and whether it is ready or away. */
  private drawSeatRows(width: number): void {
    const columnWidth = (width - (ROW.columns - 1) * 12) / ROW.columns;
    this.shell.lobby.seats.forEach((seat, i) => {
      const x = THEME.safe.x + (i % ROW.columns) * (columnWidth + 12);
      const y = 170 + Math.floor(i / ROW.columns) * (ROW.height + ROW.gap);
      const row = this.add.container(x, y);
      const frame = this.add.graphics();
      frame.fillStyle(THEME.palette.panel, 1).fillRoundedRect(0, 0, columnWidth, ROW.height, 12);
      frame.lineStyle(seat.ready && !seat.away ? 4 : 2, seat.away ? 0x5b7a99 : seat.style.colour, 1).strokeRoundedRect(0, 0, columnWidth, ROW.height, 12);
      drawSeatShape(frame, seat.style.shape, 32, ROW.height / 2, 34, seat.style.colour);
      const avatar = this.add.text(58, ROW.height / 2, seat.avatar, textStyle(THEME.size.small + 4)).setOrigin(0, 0.5);
      const mark = seat.away ? this.t('room.away') : seat.ready ? '✓' : '';
      const status = this.add.text(columnWidth - 14, ROW.height / 2, mark, textStyle(THEME.size.small, seat.away ? THEME.palette.textDim : THEME.palette.good, { fontStyle: 'bold' })).setOrigin(1, 0.5);
      const name = this.add.text(108, ROW.height / 2, this.shell.seatName(seat), textStyle(THEME.size.small, seat.away ? THEME.palette.textDim : THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0, 0.5);
      fitText(name, columnWidth - 108 - status.width - 24, THEME.size.small);
      row.add([frame, avatar, name, status]);
      this.layer.add(row);
    });
  }

  private drawStatus(): void {
    const { lobby } = this.shell;
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

import Phaser from 'phaser';
import { THEME } from '../../sdk/scene/theme';
import type { CatalogueEntry } from '../catalogue/catalogue';
import { RoundRunner, type RoundOutcome } from '../round/round-runner';
import { ShellScene } from './shell-scene';
import { PauseOverlay } from './pause-overlay';
import type { InputEvent } from '../input/events';
import type { Shell } from '../shell';

export const HOST_KEY = 'shell:round';

/**
 * Hosts one round: starts the runner, moves its clock every frame, and owns what surrounds the
 * mini-game — the pause menu, a pad unplugged, the error boundary's way back to the lobby.
 * It stays above the mini-game's scenes so its overlays are always seen.
 */
export class RoundHostScene extends ShellScene {
  private runner: RoundRunner | null = null;
  private overlay!: PauseOverlay;
  private loading!: Phaser.GameObjects.Text;
  private lastFrameAt: number | null = null;
  /** "Waiting for the next round: n" — phones that joined mid-round, at the top centre. */
  private waiting!: Phaser.GameObjects.Text;

  constructor(shell: Shell) {
    super(HOST_KEY, shell);
  }

  create(data: { entry: CatalogueEntry; seed: number }): void {
    this.show('round');
    this.cameras.main.transparent = true;
    this.shell.lastPack = data.entry;
    this.shell.audio.playMusic(null);
    this.loading = this.text(THEME.width / 2, THEME.height / 2, this.t('round.loading'), THEME.size.large).setOrigin(0.5);
    this.overlay = new PauseOverlay(this, this.shell);
    this.waiting = this.text(THEME.width / 2, THEME.safe.y + 28, '', THEME.size.small, THEME.palette.accent, { fontStyle: 'bold' }).setOrigin(0.5).setDepth(900);
    const runner = new RoundRunner(
      {
        game: this.game,
        hub: this.shell.hub,
        audio: this.shell.audio,
        texts: this.shell.texts,
        locale: this.shell.language,
        screenName: this.shell.settings.screenName,
        pace: this.shell.settings.pace,
        outbox: this.shell.centre.outbox,
        hostKey: HOST_KEY,
      },
      { entry: data.entry, seats: this.shell.lobby.seats, seed: data.seed },
      (outcome) => this.ended(outcome),
    );
    this.runner = runner;
    // What the signed-in seats knew before this round, for the results' before → after.
    const cards = this.shell.lobby.seats.flatMap((seat) => (seat.playerCard ? [seat.playerCard.id] : []));
    this.shell.centre.progress.start(runner.id, data.entry.pack.id, cards);
    this.lastFrameAt = null;
    this.shell.round = runner;
    this.shell.room?.attachRound(runner);
    this.listen((event) => this.onInput(event));
    void runner.start();
    for (const seat of runner.seats) if (seat.input === 'pad' && !this.shell.pads.has(seat.id)) runner.pause(`pad-lost:${seat.id}`);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      runner.dispose();
      if (this.shell.round === runner) this.shell.round = null;
    });
  }

  override update(): void {
    const runner = this.runner;
    if (!runner) return;
    if (this.loading.visible && runner.lifecycle.phase !== 'starting') this.loading.setVisible(false);
    // Wall-clock time since the last frame: Phaser's own delta falls back to 16.7 ms below 5 fps,
    // which would slow round time on a struggling screen. The runner caps a stalled frame.
    const now = performance.now();
    runner.update(now - (this.lastFrameAt ?? now));
    this.lastFrameAt = now;
    this.overlay.render(runner);
    const waiting = this.shell.room?.phones.waitingCount ?? 0;
    this.waiting.setText(waiting > 0 ? this.t('room.waiting', { n: waiting }) : '');
  }

  private onInput(event: InputEvent): void {
    const runner = this.runner;
    if (!runner) return;
    // A phone plays its seat but never drives the menu: the host's controls are the screen's own.
    const seat = 'device' in event ? runner.seats.find((s) => s.id === event.device && s.input !== 'phone') : undefined;
    if (event.type === 'disconnected' && seat) runner.pause(`pad-lost:${seat.id}`);
    else if (event.type === 'connected' && seat) runner.resume(`pad-lost:${seat.id}`);
    else if (event.type === 'pause' && (seat || event.device === 'kb-left' || event.device === 'kb-right')) {
      if (runner.lifecycle.pauseReasons.includes('menu')) runner.resume('menu');
      else runner.pause('menu');
    } else if (runner.lifecycle.pauseReasons.includes('menu') && seat) {
      const choice = this.overlay.onMenuInput(event);
      if (choice === 'resume') runner.resume('menu');
      if (choice === 'quit') runner.finish('quit');
    }
  }

  private ended(outcome: RoundOutcome): void {
    this.shell.lastOutcome = outcome;
    this.runner = null;
    if (outcome.reason === 'error') {
      this.shell.notice = 'error';
      this.scene.start('shell:lobby');
    } else {
      this.scene.start('shell:results');
    }
  }
}

import { THEME } from '../../sdk/scene/theme';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import { ShellScene } from './shell-scene';
import type { Shell } from '../shell';

/** Points and accuracy per seat, side by side and never mixed; then play again or go back. */
export class ResultsScene extends ShellScene {
  constructor(shell: Shell) {
    super('shell:results', shell);
  }

  create(): void {
    this.show('results');
    this.background();
    const outcome = this.shell.lastOutcome;
    const entry = this.shell.lastPack;
    if (!outcome || !entry) return void this.scene.start('shell:lobby');
    this.shell.audio.playMusic('calm');
    if (outcome.reason === 'complete') this.shell.audio.play('fanfare');

    this.title(this.t('results.title'));
    const subtitle = [entry.pack.title[this.shell.language], outcome.reason === 'timeout' ? this.t('results.timeout') : outcome.reason === 'quit' ? this.t('results.quit') : '']
      .filter(Boolean)
      .join(' · ');
    this.text(THEME.width / 2, 180, subtitle, THEME.size.large, THEME.colour.accent).setOrigin(0.5, 0);

    const rows = [...outcome.seats].sort((a, b) => b.totals.points - a.totals.points);
    const rowHeight = Math.min(120, 620 / rows.length);
    rows.forEach(({ seat, totals }, i) => {
      const y = 300 + i * rowHeight + rowHeight / 2;
      const rank = rows.findIndex((r) => r.totals.points === totals.points) + 1;
      this.add.rectangle(THEME.width / 2, y, THEME.safe.width, rowHeight - 14, i % 2 ? 0x16314f : 0x1c3b5e);
      this.text(THEME.safe.x + 30, y, `${rank}.`, THEME.size.large, THEME.colour.text, { fontStyle: 'bold' }).setOrigin(0, 0.5);
      this.text(THEME.safe.x + 150, y, seat.avatar, 72).setOrigin(0.5);
      drawSeatShape(this.add.graphics(), seat.style.shape, THEME.safe.x + 250, y, 52, seat.style.colour);
      this.text(THEME.safe.x + 300, y, this.shell.seatName(seat), THEME.size.large).setOrigin(0, 0.5);
      this.text(THEME.safe.x + 1080, y, this.t('results.points', { points: totals.points }), THEME.size.large, THEME.colour.accent, { fontStyle: 'bold' }).setOrigin(1, 0.5);
      const accuracy =
        totals.accuracy === null
          ? this.t('results.noAnswer')
          : `${this.t('results.accuracy', { correct: totals.correct, answered: totals.answered })} (${Math.round(totals.accuracy * 100)} %)`;
      this.text(THEME.safe.x + THEME.safe.width - 30, y, accuracy, THEME.size.body, THEME.colour.text).setOrigin(1, 0.5);
    });

    this.hints([
      { button: 0, label: this.t('results.again') },
      { button: 1, label: this.t('results.back') },
    ]);
    // A press made in the last moment of the round must not start the next one.
    const openAt = performance.now() + 1000;
    this.listen((event) => {
      if (performance.now() < openAt) return;
      if (!('device' in event) || !this.shell.lobby.seat(event.device)) return;
      if (event.type === 'confirm') this.scene.start('shell:round', { entry, seed: Math.floor(Math.random() * 2 ** 31) });
      else if (event.type === 'back') this.scene.start('shell:lobby');
    });
    this.returnWhenQuiet();
  }
}

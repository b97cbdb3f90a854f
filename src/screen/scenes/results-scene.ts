import Phaser from 'phaser';
import { THEME } from '../../sdk/scene/theme';
import { drawSeatShape } from '../../sdk/scene/seat-badge';
import type { RecordStatus } from '../net/events';
import type { SeatRank } from '../net/centre-link';
import type { RoundOutcome } from '../round/round-runner';
import { ShellScene } from './shell-scene';
import { fitText } from './seat-card';
import { ordinal } from './leaderboard-labels';
import { ResultsProgress } from './results-progress';
import { drawGroupRows } from './results-group';
import { resultsRows } from './results-rows';
import type { Shell } from '../shell';

const ROWS = { top: 280, height: 600, maxRow: 124 } as const;
const COLUMN = {
  rank: THEME.safe.x + 30,
  avatar: THEME.safe.x + 150,
  shape: THEME.safe.x + 250,
  name: THEME.safe.x + 300,
  points: THEME.safe.x + 1150,
  accuracy: THEME.safe.x + THEME.safe.width - 30,
} as const;
const STATUS_Y = 922;
const STATUS_STYLE: Record<RecordStatus, { colour: number; fill: number }> = {
  saved: { colour: THEME.palette.good, fill: 0x2e9e44 },
  pending: { colour: THEME.palette.accent, fill: 0xb07d00 },
  refused: { colour: THEME.palette.bad, fill: 0xd8343a },
};

/** The scores show this long before a signed-in seat's progress takes their place (Y goes back). */
export const SCORES_FIRST_MS = 6000;

/**
 * Points and accuracy per seat, side by side and never mixed; whether the round is saved on the
 * centre server (live, from the outbox); each signed-in seat's rank today in this pack once the
 * server has the round; then play again or go back. When seats are signed in, a second page shows
 * their mastery of the pack's objectives before and after the round (Y switches pages). Past six
 * seats, a whole group: one line each for the best five and the seats without a phone, then how
 * many phones show their own result, and the group's share of items answered (`resultsRows`).
 */
export class ResultsScene extends ShellScene {
  private rows!: Phaser.GameObjects.Container;
  private status!: Phaser.GameObjects.Container;
  private progress!: ResultsProgress;
  private hintLine: Phaser.GameObjects.Container | null = null;
  private hintsFor = '';

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
    fitText(this.text(THEME.width / 2, 180, subtitle, THEME.size.large, THEME.palette.accent).setOrigin(0.5, 0), THEME.safe.width);
    this.rows = this.add.container(0, 0);
    this.status = this.add.container(0, 0);
    this.progress = new ResultsProgress(this, this.shell, outcome);
    this.shell.resultsPage = 'scores';
    this.drawRows(outcome);
    this.drawStatus(this.shell.centre.outbox.status(outcome.record.id) ?? 'pending');
    this.drawProgress();

    const { outbox, progress } = this.shell.centre;
    const offStatus = outbox.on('status', (change) => {
      if (change.id !== outcome.record.id) return;
      this.drawStatus(change.status);
      if (change.status === 'saved') void this.fetchRanks(outcome);
      if (change.status === 'refused') this.drawProgress();
    });
    const offProgress = progress.onChange((roundId) => {
      if (roundId === outcome.record.id) this.drawProgress();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      offStatus();
      offProgress();
    });
    if (outbox.status(outcome.record.id) === 'saved') void this.fetchRanks(outcome);
    let turned = false;
    this.time.delayedCall(SCORES_FIRST_MS, () => {
      if (!turned && this.progress.columns().length) this.showPage('progress');
    });
    // A press made in the last moment of the round must not start the next one.
    const openAt = performance.now() + 1000;
    this.listen((event) => {
      if (performance.now() < openAt) return;
      if (!('device' in event) || !this.shell.lobby.seat(event.device)) return;
      if (event.type === 'confirm') this.scene.start('shell:round', { entry, seed: Math.floor(Math.random() * 2 ** 31) });
      else if (event.type === 'back') this.scene.start('shell:lobby');
      else if (event.type === 'choice' && event.choice === 3 && this.progress.columns().length) {
        turned = true;
        this.showPage(this.shell.resultsPage === 'scores' ? 'progress' : 'scores');
      }
    });
    this.returnWhenQuiet();
  }

  /** Redraws the progress page as readings arrive, and offers it (Y) once a seat has a column. */
  private drawProgress(): void {
    this.progress.draw();
    const offered = this.progress.columns().length > 0;
    if (!offered && this.shell.resultsPage === 'progress') this.showPage('scores');
    const hints: { button: 0 | 1 | 3; label: string }[] = [
      { button: 0, label: this.t('results.again') },
      { button: 1, label: this.t('results.back') },
    ];
    if (offered) hints.push({ button: 3, label: this.t(this.shell.resultsPage === 'scores' ? 'progress.show' : 'progress.scores') });
    const key = JSON.stringify(hints);
    if (key === this.hintsFor) return;
    this.hintsFor = key;
    this.hintLine?.destroy();
    this.hintLine = this.hints(hints);
  }

  private showPage(page: 'scores' | 'progress'): void {
    this.shell.resultsPage = page;
    this.rows.setVisible(page === 'scores');
    this.progress.layer.setVisible(page === 'progress');
    this.drawProgress();
  }

  private drawRows(outcome: RoundOutcome): void {
    this.rows.removeAll(true);
    const chosen = resultsRows(outcome.seats);
    // Past six seats, one line each for the best and the seats without a phone; phones show the rest.
    if (chosen.layout === 'group') return drawGroupRows(this, this.rows, chosen, this.shell);
    const ranks = this.shell.centre.ranks.get(outcome.record.id) ?? [];
    const lang = this.shell.language;
    const packTitle = this.shell.lastPack?.pack.title[lang] ?? outcome.record.pack.id;
    const rowHeight = Math.min(ROWS.maxRow, ROWS.height / chosen.rows.length);
    chosen.rows.forEach(({ entry: { seat, totals }, rank }, i) => {
      const y = ROWS.top + i * rowHeight + rowHeight / 2;
      const place = ranks.find((r) => r.seat === seat.id);
      // A seat with a rank line shows it under its name, so the row holds two lines.
      const line = place ? y - 24 : y;
      const add = <T extends Phaser.GameObjects.GameObject>(object: T) => (this.rows.add(object), object);
      add(this.add.rectangle(THEME.width / 2, y, THEME.safe.width, rowHeight - 14, i % 2 ? THEME.palette.panel : 0x1c3b5e));
      add(this.text(COLUMN.rank, y, `${rank}.`, THEME.size.large, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0, 0.5));
      add(this.text(COLUMN.avatar, y, seat.avatar, 72).setOrigin(0.5));
      const shape = add(this.add.graphics());
      drawSeatShape(shape, seat.style.shape, COLUMN.shape, y, 52, seat.style.colour);
      const nameSize = place ? THEME.size.body + 4 : THEME.size.large;
      add(fitText(this.text(COLUMN.name, line, this.shell.seatName(seat), nameSize).setOrigin(0, 0.5), COLUMN.points - 320 - COLUMN.name));
      add(this.text(COLUMN.points, line, this.t('results.points', { points: totals.points }), THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' }).setOrigin(1, 0.5));
      const accuracy =
        totals.accuracy === null
          ? this.t('results.noAnswer')
          : `${this.t('results.accuracy', { correct: totals.correct, answered: totals.answered })} (${Math.round(totals.accuracy * 100)} %)`;
      // Accuracy counts answered items only, so how many were answered is always said under it.
      add(this.text(COLUMN.accuracy, y - 20, accuracy, THEME.size.body, THEME.palette.text).setOrigin(1, 0.5));
      const answered = this.t('results.answered', { answered: totals.answered, items: totals.items });
      add(this.text(COLUMN.accuracy, y + 22, answered, THEME.size.small, THEME.palette.textDim).setOrigin(1, 0.5));
      if (place) {
        const text = `🏅 ${this.t('results.rankToday', { rank: ordinal((k, v) => this.t(k, v), lang, place.rank), pack: packTitle })}`;
        add(fitText(this.text(COLUMN.name, y + 28, text, THEME.size.body, THEME.palette.accent).setOrigin(0, 0.5), COLUMN.accuracy - COLUMN.name - 400));
      }
    });
  }

  /** "✓ Saved" / "⏱ Will be saved as soon as possible" / "! Not saved", with a drawn icon. */
  private drawStatus(status: RecordStatus): void {
    this.status.removeAll(true);
    const style = STATUS_STYLE[status];
    const label = this.text(0, STATUS_Y, this.t(`results.${status}`), THEME.size.body, style.colour, { fontStyle: 'bold' }).setOrigin(0, 0.5);
    const icon = this.add.graphics();
    const r = 24;
    icon.fillStyle(style.fill, 1).fillCircle(0, 0, r).lineStyle(6, 0xffffff, 1);
    if (status === 'saved') icon.strokePoints([new Phaser.Math.Vector2(-11, 1), new Phaser.Math.Vector2(-3, 10), new Phaser.Math.Vector2(12, -9)]);
    else if (status === 'pending') icon.lineStyle(5, 0xffffff, 1).strokeCircle(0, 0, r - 7).lineBetween(0, 0, 0, -11).lineBetween(0, 0, 8, 4);
    else icon.lineBetween(0, -13, 0, 4).fillStyle(0xffffff, 1).fillCircle(0, 12, 3.5);
    const width = 2 * r + 16 + label.width;
    const left = (THEME.width - width) / 2;
    icon.setPosition(left + r, STATUS_Y);
    label.setX(left + 2 * r + 16);
    this.status.add([icon, label]);
  }

  /** Today's rank in this pack of every signed-in seat, asked once the server has the round. */
  private async fetchRanks(outcome: RoundOutcome): Promise<void> {
    const { centre } = this.shell;
    const id = outcome.record.id;
    if (centre.ranks.has(id)) return;
    const carded = outcome.seats.filter(({ seat }) => seat.playerCard);
    if (!carded.length) return;
    centre.ranks.set(id, []);
    const found = await Promise.all(
      carded.map(async ({ seat }): Promise<SeatRank | null> => {
        try {
          const board = await centre.api.leaderboard({ period: 'today', pack: outcome.record.pack.id, playerCard: seat.playerCard!.id, limit: 1 });
          return board.by === 'player' && board.you ? { seat: seat.id, rank: board.you.rank } : null;
        } catch {
          return null; // no rank line: the results stand without it
        }
      }),
    );
    centre.ranks.set(id, found.filter((r): r is SeatRank => r !== null));
    if (this.sys.isActive() && this.shell.lastOutcome === outcome) this.drawRows(outcome);
  }
}

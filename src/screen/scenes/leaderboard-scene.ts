import Phaser from 'phaser';
import { THEME } from '../../sdk/scene/theme';
import { faceButton } from '../../sdk/scene/face-button';
import type { Leaderboard } from '../../shared/api/leaderboards';
import { ShellScene } from './shell-scene';
import { boardHeading, countOf, percentText } from './leaderboard-labels';
import { fitText } from './seat-card';
import type { Shell } from '../shell';

/** How long a board stays up before attract mode comes back. */
export const LEADERBOARD_MS = 12_000;

const ROW = { top: 340, height: 68 } as const;
const COLUMN = {
  rank: THEME.safe.x + 70,
  avatar: THEME.safe.x + 170,
  name: THEME.safe.x + 230,
  /** Right edges of the two number columns: the centre score, then accuracy beside it. */
  score: THEME.safe.x + 1230,
  accuracy: THEME.safe.x + THEME.safe.width - 30,
} as const;

/**
 * One leaderboard between attract loops: ranks, pseudonyms and avatars of player cards (never a
 * name, never a guest), the centre score with accuracy in its own column, and how many guests
 * played. Any A press joins, as on the attract screen.
 */
export class LeaderboardScene extends ShellScene {
  constructor(shell: Shell) {
    super('shell:leaderboard', shell);
  }

  create(data: { board: Leaderboard }): void {
    const { board } = data;
    this.show('leaderboard');
    this.background();
    this.shell.centre.shownBoard = board;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (this.shell.centre.shownBoard = null));
    this.shell.audio.playMusic('calm');

    const lang = this.shell.language;
    const t = (key: string, vars?: Record<string, string | number>) => this.t(key, vars);
    const packTitle = board.pack ? this.shell.catalogue.entries.find((e) => e.pack.id === board.pack)?.pack.title[lang] : undefined;
    this.title(t('leaderboard.title'));
    fitText(this.text(THEME.width / 2, 180, boardHeading(t, board, packTitle), THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' }).setOrigin(0.5, 0), THEME.safe.width);

    const header = ROW.top - 56;
    this.text(COLUMN.score, header, t('leaderboard.score'), THEME.size.body, THEME.palette.textDim).setOrigin(1, 0.5);
    this.text(COLUMN.accuracy, header, t('leaderboard.accuracy'), THEME.size.body, THEME.palette.textDim).setOrigin(1, 0.5);

    const lines = board.by === 'player' ? board.entries.map((e) => ({ ...e, name: e.pseudonym, avatar: e.avatar })) : board.entries.map((e) => ({ ...e, name: e.team, avatar: '' }));
    lines.forEach((line, i) => {
      const y = ROW.top + i * ROW.height + ROW.height / 2;
      this.add.rectangle(THEME.width / 2, y, THEME.safe.width, ROW.height - 8, i % 2 ? THEME.palette.panel : 0x1c3b5e);
      const podium = line.rank <= 3;
      this.text(COLUMN.rank, y, String(line.rank), THEME.size.large, podium ? THEME.palette.accent : THEME.palette.text, { fontStyle: 'bold' }).setOrigin(1, 0.5);
      if (line.avatar) this.text(COLUMN.avatar, y, line.avatar, 52).setOrigin(0.5);
      fitText(this.text(COLUMN.name, y, line.name, THEME.size.body + 4, THEME.palette.text, { fontStyle: podium ? 'bold' : 'normal' }).setOrigin(0, 0.5), COLUMN.score - 260 - COLUMN.name);
      this.text(COLUMN.score, y, String(line.centreScore), THEME.size.large, THEME.palette.accent, { fontStyle: 'bold' }).setOrigin(1, 0.5);
      this.text(COLUMN.accuracy, y, percentText(t, line.accuracy), THEME.size.body, THEME.palette.text).setOrigin(1, 0.5);
    });

    const counts = [countOf(t, lang, board.ranked, board.by === 'team' ? 'leaderboard.rankedTeams' : 'leaderboard.ranked')];
    if (board.guests > 0) counts.push(countOf(t, lang, board.guests, 'leaderboard.guests'));
    this.text(THEME.width / 2, ROW.top + 8 * ROW.height + 40, counts.join('  ·  '), THEME.size.body, THEME.palette.textDim).setOrigin(0.5);

    const press = this.add.container(0, THEME.safe.y + THEME.safe.height - 36);
    const label = this.text(44, 0, this.t('attract.press'), THEME.size.body, THEME.palette.text, { fontStyle: 'bold' }).setOrigin(0, 0.5);
    press.add([faceButton(this, 0, 0, 0, 60), label]);
    press.x = THEME.width / 2 - (label.width + 44) / 2;

    const until = performance.now() + LEADERBOARD_MS;
    const back = this.time.addEvent({ delay: 500, loop: true, callback: () => performance.now() >= until && this.scene.start('shell:attract') });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => back.remove());
    this.joinOnPress();
  }
}

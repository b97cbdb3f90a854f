import { THEME, cssColour } from '../../sdk/scene/theme';
import { ShellScene } from './shell-scene';
import { quickPlayProblem } from '../catalogue/quick-play-problem';
import type { Shell } from '../shell';

/**
 * Shows a loading bar while the fonts and the centre's catalogue load, reports set-aside packs,
 * then opens attract mode, or the round the address asked for — or, when that pack cannot be
 * played, says why on the screen until a key is pressed.
 */
export class BootScene extends ShellScene {
  constructor(shell: Shell) {
    super('shell:boot', shell);
  }

  create(): void {
    this.show('boot');
    this.background();
    const { width, height } = THEME;
    const frame = this.add.rectangle(width / 2, height / 2, 1000, 40).setStrokeStyle(4, 0xffffff);
    const bar = this.add.rectangle(width / 2 - 496, height / 2, 0, 32, 0xffd23f).setOrigin(0, 0.5);
    const label = this.text(width / 2, height / 2 - 90, this.t('boot.loading'), THEME.size.large).setOrigin(0.5);

    const fonts = [`${THEME.size.body}px "Atkinson Hyperlegible"`, `bold ${THEME.size.body}px "Atkinson Hyperlegible"`];
    const steps = [...fonts.map((font) => document.fonts.load(font, 'Aa')), this.shell.packs.load()];
    let loaded = 0;
    for (const step of steps) {
      void step.finally(() => {
        loaded++;
        bar.width = (992 * loaded) / steps.length;
      });
    }
    void Promise.allSettled(steps).then(() => {
      this.report();
      if (!this.scene.isActive()) return;
      frame.destroy();
      bar.destroy();
      label.destroy();
      this.next();
    });
  }

  /** Set-aside packs, for the studio or the centre's staff looking at the console. */
  private report(): void {
    for (const pack of this.shell.catalogue.invalid) {
      console.warn(
        `[ludocite] pack "${pack.id}" (${pack.file}) is left out of the catalogue:\n` +
          pack.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n'),
      );
    }
  }

  private next(): void {
    const quick = this.shell.quickPlay;
    if (!quick) return void this.scene.start('shell:attract');
    const entry = this.shell.catalogue.entries.find((e) => e.pack.id === quick.pack);
    if (entry) {
      for (const seat of quick.seats) this.shell.lobby.join(seat);
      return void this.scene.start('shell:round', { entry, seed: quick.seed });
    }
    const problem = quickPlayProblem(quick.pack, this.shell.catalogue, this.shell.packs.origin);
    this.shell.quickPlayProblem = problem;
    console.warn(`[ludocite] quick play: pack "${quick.pack}" cannot be played (${problem.kind})`, problem);
    this.showProblem();
  }

  /** The reason, readable from across the room, until A, Space or Enter opens attract mode. */
  private showProblem(): void {
    const problem = this.shell.quickPlayProblem!;
    const { safe } = THEME;
    this.title(this.t('boot.quickPlay.title'));
    let y = safe.y + 150;
    const line = (value: string, size: number, colour: number) => {
      const text = this.text(safe.x + 40, y, value, size, colour, { wordWrap: { width: safe.width - 80 } });
      y += text.height + 16;
      return text;
    };
    line(this.t(`boot.quickPlay.${problem.kind}`, { pack: problem.pack, n: problem.details.length, game: problem.game ?? '' }), THEME.size.large, THEME.palette.accent);
    y += 16;
    const details = [...problem.details];
    if (problem.kind === 'unknown') {
      details.push(problem.known?.length ? this.t('boot.quickPlay.known', { packs: problem.known.join(', ') }) : this.t('boot.quickPlay.noneKnown'));
      if (problem.origin !== 'centre') details.push(this.t(problem.origin === 'saved' ? 'boot.quickPlay.savedCatalogue' : 'boot.quickPlay.noCentre'));
    }
    const bottom = safe.y + safe.height - 120;
    details.forEach((detail, i) => {
      if (y > bottom) return;
      const text = line(detail, THEME.size.body, THEME.palette.text);
      if (y > bottom) {
        // The next line would cross the hints: say how many more there are instead.
        text.setText(this.t('boot.quickPlay.more', { n: details.length - i }));
        text.setColor(cssColour(THEME.palette.textDim));
      }
    });
    this.hints([{ button: 0, label: this.t('boot.quickPlay.continue') }]);
    this.listen((event) => {
      if (event.type !== 'confirm') return;
      this.shell.quickPlayProblem = null;
      this.scene.start('shell:attract');
    });
  }
}

import { THEME } from '../../sdk/scene/theme';
import { ShellScene } from './shell-scene';
import type { Shell } from '../shell';

/** Shows a loading bar while the fonts load, reports set-aside packs, then opens attract mode (or a quick-play round). */
export class BootScene extends ShellScene {
  constructor(shell: Shell) {
    super('shell:boot', shell);
  }

  create(): void {
    this.show('boot');
    this.background();
    const { width, height } = THEME;
    this.add.rectangle(width / 2, height / 2, 1000, 40).setStrokeStyle(4, 0xffffff);
    const bar = this.add.rectangle(width / 2 - 496, height / 2, 0, 32, 0xffd23f).setOrigin(0, 0.5);
    this.text(width / 2, height / 2 - 90, this.t('boot.loading'), THEME.size.large).setOrigin(0.5);

    for (const pack of this.shell.catalogue.invalid) {
      console.warn(
        `[ludocite] pack "${pack.id}" (${pack.file}) is left out of the catalogue:\n` +
          pack.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n'),
      );
    }

    const fonts = [`${THEME.size.body}px "Atkinson Hyperlegible"`, `bold ${THEME.size.body}px "Atkinson Hyperlegible"`];
    let loaded = 0;
    const steps = fonts.map((font) =>
      document.fonts.load(font, 'Aa').finally(() => {
        loaded++;
        bar.width = (992 * loaded) / fonts.length;
      }),
    );
    void Promise.allSettled(steps).then(() => this.next());
  }

  private next(): void {
    const quick = this.shell.quickPlay;
    if (!quick) return void this.scene.start('shell:attract');
    const entry = this.shell.catalogue.entries.find((e) => e.pack.id === quick.pack);
    if (!entry) {
      console.error(`[ludocite] quick play: no playable pack "${quick.pack}"`);
      return void this.scene.start('shell:attract');
    }
    for (const seat of quick.seats) this.shell.lobby.join(seat);
    this.scene.start('shell:round', { entry, seed: quick.seed });
  }
}

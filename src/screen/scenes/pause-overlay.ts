import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import type { InputEvent } from '../input/events';
import type { RoundRunner } from '../round/round-runner';
import type { Shell } from '../shell';

type MenuChoice = 'resume' | 'quit';
const CHOICES: readonly MenuChoice[] = ['resume', 'quit'];

/** What covers a paused round: the pause menu, or which pad to plug back in. */
export class PauseOverlay {
  private readonly layer: Phaser.GameObjects.Container;
  private selected = 0;
  private shownFor = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly shell: Shell,
  ) {
    this.layer = scene.add.container(0, 0).setDepth(1000).setVisible(false);
  }

  /** Redraws only when what it must say changes. */
  render(runner: RoundRunner): void {
    const reasons = runner.lifecycle.phase === 'paused' ? runner.lifecycle.pauseReasons : [];
    const key = `${reasons.join('|')}#${this.selected}`;
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
    CHOICES.forEach((choice, i) => {
      const y = 520 + i * 140;
      const selected = i === this.selected;
      this.layer.add(this.scene.add.rectangle(width / 2, y, 760, 110, selected ? 0x23486f : 0x16314f).setStrokeStyle(selected ? 8 : 2, selected ? 0xffd23f : 0x5b7a99));
      this.layer.add(this.scene.add.text(width / 2, y, t(`pause.${choice}`), textStyle(THEME.size.large, THEME.palette.text, { fontStyle: selected ? 'bold' : 'normal' })).setOrigin(0.5));
    });
    this.layer.add(this.scene.add.text(width / 2, 860, t('pause.hint'), textStyle(THEME.size.body, THEME.palette.textDim)).setOrigin(0.5));
  }

  /** Moves through the pause menu; returns what was chosen, if anything. */
  onMenuInput(event: InputEvent): MenuChoice | null {
    if (event.type === 'step' && event.y !== 0) {
      this.selected = (this.selected + event.y + CHOICES.length) % CHOICES.length;
      return null;
    }
    if (event.type === 'back') return 'resume';
    if (event.type === 'confirm') {
      const choice = CHOICES[this.selected] ?? 'resume';
      this.selected = 0;
      return choice;
    }
    return null;
  }
}

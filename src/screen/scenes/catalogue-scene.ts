import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { playableWith, type CatalogueEntry } from '../catalogue/catalogue';
import { ShellScene } from './shell-scene';
import type { Shell } from '../shell';

const CARD = { width: 556, height: 620, y: 190 } as const;

/** The packs the seats present can play: title, mini-game, players, duration and what one learns. */
export class CatalogueScene extends ShellScene {
  private layer!: Phaser.GameObjects.Container;
  private entries: CatalogueEntry[] = [];
  private selected = 0;

  constructor(shell: Shell) {
    super('shell:catalogue', shell);
  }

  create(): void {
    this.show('catalogue');
    this.background();
    this.entries = playableWith(this.shell.catalogue, this.shell.lobby.seats.length);
    const last = this.entries.findIndex((e) => e.pack.id === this.shell.lastPack?.pack.id);
    this.selected = Math.max(0, last);
    this.layer = this.add.container(0, 0);
    this.draw();
    this.listen((event) => {
      if (!('device' in event) || !this.shell.lobby.seat(event.device)) return;
      if (event.type === 'step' && event.x !== 0 && this.entries.length) {
        this.selected = (this.selected + event.x + this.entries.length) % this.entries.length;
        this.shell.audio.play('move');
        this.draw();
      } else if (event.type === 'confirm' && this.entries[this.selected]) {
        this.shell.audio.play('confirm');
        this.scene.start('shell:round', { entry: this.entries[this.selected], seed: Math.floor(Math.random() * 2 ** 31) });
      } else if (event.type === 'back') {
        this.scene.start('shell:lobby');
      }
    });
    this.returnWhenQuiet();
  }

  private draw(): void {
    this.shell.selection = this.entries[this.selected]?.pack.id ?? null;
    this.layer.removeAll(true);
    this.layer.add(this.title(this.t('catalogue.title')));
    if (!this.entries.length) {
      this.layer.add(
        this.text(THEME.width / 2, 480, this.t('catalogue.none', { n: this.shell.lobby.seats.length }), THEME.size.large, THEME.colour.text, {
          align: 'center',
          wordWrap: { width: 1400 },
        }).setOrigin(0.5),
      );
    }
    const gap = (THEME.safe.width - 3 * CARD.width) / 2;
    const first = Math.min(Math.max(0, this.selected - 1), Math.max(0, this.entries.length - 3));
    this.entries.slice(first, first + 3).forEach((entry, i) => {
      this.layer.add(this.card(entry, THEME.safe.x + i * (CARD.width + gap), first + i === this.selected));
    });
    if (this.entries.length > 3) {
      this.layer.add(this.text(THEME.width / 2, CARD.y + CARD.height + 40, `${this.selected + 1} / ${this.entries.length}`, THEME.size.body, THEME.colour.textDim).setOrigin(0.5));
    }
    const setAside = this.shell.catalogue.invalid.length;
    if (setAside) {
      // For the centre's staff, out of the players' way: above the button hints.
      this.layer.add(this.text(THEME.width / 2, THEME.safe.y + THEME.safe.height - 110, this.t('catalogue.setAside', { n: setAside }), THEME.size.small, THEME.colour.textDim).setOrigin(0.5));
    }
    this.layer.add(
      this.hints([
        { button: 'move', label: this.t('catalogue.choose') },
        { button: 0, label: this.t('catalogue.play') },
        { button: 1, label: this.t('catalogue.back') },
      ]),
    );
  }

  private card(entry: CatalogueEntry, x: number, selected: boolean): Phaser.GameObjects.Container {
    const { pack, game } = entry;
    const lang = this.shell.language;
    const card = this.add.container(x, CARD.y);
    const frame = this.add.graphics();
    frame.fillStyle(selected ? THEME.colour.panelLight : THEME.colour.panel, 1).fillRoundedRect(0, 0, CARD.width, CARD.height, 24);
    if (selected) frame.lineStyle(10, 0xffd23f, 1).strokeRoundedRect(0, 0, CARD.width, CARD.height, 24);
    card.add(frame);
    const inner = CARD.width - 60;
    let y = 30;
    /** Adds a line if it fits in the card; a line that would spill over is not drawn. */
    const add = (value: string, size: number, colour: string, extra: Record<string, unknown> = {}): boolean => {
      const text = this.add.text(30, y, value, textStyle(size, colour, { wordWrap: { width: inner }, ...extra }));
      if (y + text.height > CARD.height - 24) {
        text.destroy();
        return false;
      }
      card.add(text);
      y += text.height + 14;
      return true;
    };
    add(pack.title[lang], THEME.size.large, THEME.colour.text, { fontStyle: 'bold' });
    add(this.shell.texts.t(game.title, { ns: `game:${game.id}` }), THEME.size.body, THEME.colour.accent);
    const players = pack.players.max === 1 ? this.t('catalogue.playersOne') : this.t('catalogue.players', pack.players);
    add(`${players} · ${this.t('catalogue.duration', { minutes: Math.max(1, Math.round(pack.durationS / 60)) })}`, THEME.size.small, THEME.colour.textDim);
    y += 10;
    add(this.t('catalogue.learn'), THEME.size.small, THEME.colour.textDim);
    const shown = pack.objectives.findIndex((objective) => !add(`• ${objective.title[lang]}`, THEME.size.small, THEME.colour.text));
    if (shown >= 0) add(`+ ${pack.objectives.length - shown}`, THEME.size.small, THEME.colour.textDim);
    return card;
  }
}

import type Phaser from 'phaser';
import { THEME, textStyle } from '../../sdk/scene/theme';
import { seatLimit } from '../../sdk/mini-game';
import { unavailableWith, type CatalogueEntry, type UnavailablePack } from '../catalogue/catalogue';
import { ShellScene } from './shell-scene';
import type { Shell } from '../shell';

const CARD = { width: 556, height: 620, y: 190 } as const;

/**
 * A card of the catalogue: a pack to play; or, greyed, one for fewer seats than are here (`max`:
 * its limit, phones counted) or one whose mini-game this screen lacks.
 */
type Card = { kind: 'playable'; entry: CatalogueEntry } | { kind: 'tooMany'; entry: CatalogueEntry; max: number } | { kind: 'unavailable'; unavailable: UnavailablePack };

const packOf = (card: Card) => (card.kind === 'unavailable' ? card.unavailable.pack : card.entry.pack);

/**
 * The packs the seats present can play: title, mini-game, players, duration and what one learns;
 * then, greyed, those of a mini-game this screen does not have. A catalogue the centre changes
 * while it shows is drawn again, the highlighted pack kept.
 */
export class CatalogueScene extends ShellScene {
  private layer!: Phaser.GameObjects.Container;
  private entries: Card[] = [];
  private selected = 0;

  constructor(shell: Shell) {
    super('shell:catalogue', shell);
  }

  create(): void {
    this.show('catalogue');
    this.background();
    this.layer = this.add.container(0, 0);
    this.refresh(this.shell.lastPack?.pack.id ?? null);
    const off = this.shell.packs.onChange(() => this.refresh(this.shell.selection));
    this.events.once('shutdown', off);
    this.listen((event) => {
      if (!('device' in event) || !this.shell.lobby.seat(event.device)) return;
      if (event.type === 'step' && event.x !== 0 && this.entries.length) {
        this.selected = (this.selected + event.x + this.entries.length) % this.entries.length;
        this.shell.audio.play('move');
        this.draw();
      } else if (event.type === 'confirm') {
        // A greyed card does nothing: its reason is on it.
        const card = this.entries[this.selected];
        if (card?.kind !== 'playable') return;
        this.shell.audio.play('confirm');
        this.scene.start('shell:round', { entry: card.entry, seed: Math.floor(Math.random() * 2 ** 31) });
      } else if (event.type === 'back') {
        this.scene.start('shell:lobby');
      }
    });
    this.returnWhenQuiet();
  }

  /** Takes the catalogue on screen now, keeping `keep` highlighted if it is still there. */
  private refresh(keep: string | null): void {
    const { lobby } = this.shell;
    const seats = lobby.seats.length;
    // With phones here, a game made for a whole group (players.maxWithPhones) takes them all.
    const withPhones = lobby.phoneSeats.length > 0;
    const fitting = this.shell.catalogue.entries.filter((e) => seats >= e.pack.players.min);
    this.entries = [
      ...fitting.filter((e) => seats <= seatLimit(e.game, e.pack, withPhones)).map((entry): Card => ({ kind: 'playable', entry })),
      ...fitting.filter((e) => seats > seatLimit(e.game, e.pack, withPhones)).map((entry): Card => ({ kind: 'tooMany', entry, max: seatLimit(entry.game, entry.pack, withPhones) })),
      ...unavailableWith(this.shell.catalogue, seats).map((unavailable): Card => ({ kind: 'unavailable', unavailable })),
    ];
    this.selected = Math.max(0, this.entries.findIndex((card) => packOf(card).id === keep));
    this.draw();
  }

  private draw(): void {
    const current = this.entries[this.selected];
    this.shell.selection = current ? packOf(current).id : null;
    this.layer.removeAll(true);
    this.layer.add(this.title(this.t('catalogue.title')));
    if (!this.entries.some((card) => card.kind === 'playable')) {
      this.layer.add(
        this.text(THEME.width / 2, 480, this.t('catalogue.none', { n: this.shell.lobby.seats.length }), THEME.size.large, THEME.palette.text, {
          align: 'center',
          wordWrap: { width: 1400 },
        }).setOrigin(0.5),
      );
    }
    const gap = (THEME.safe.width - 3 * CARD.width) / 2;
    const first = Math.min(Math.max(0, this.selected - 1), Math.max(0, this.entries.length - 3));
    this.entries.slice(first, first + 3).forEach((shown, i) => {
      this.layer.add(this.card(shown, THEME.safe.x + i * (CARD.width + gap), first + i === this.selected));
    });
    if (this.entries.length > 3) {
      this.layer.add(this.text(THEME.width / 2, CARD.y + CARD.height + 40, `${this.selected + 1} / ${this.entries.length}`, THEME.size.body, THEME.palette.textDim).setOrigin(0.5));
    }
    const setAside = this.shell.catalogue.invalid.length;
    if (setAside) {
      // For the centre's staff, out of the players' way: above the button hints.
      this.layer.add(this.text(THEME.width / 2, THEME.safe.y + THEME.safe.height - 110, this.t('catalogue.setAside', { n: setAside }), THEME.size.small, THEME.palette.textDim).setOrigin(0.5));
    }
    this.layer.add(
      this.hints([
        { button: 'move', label: this.t('catalogue.choose') },
        { button: 0, label: this.t('catalogue.play') },
        { button: 1, label: this.t('catalogue.back') },
      ]),
    );
  }

  private card(shown: Card, x: number, selected: boolean): Phaser.GameObjects.Container {
    const pack = packOf(shown);
    const available = shown.kind === 'playable';
    const lang = this.shell.language;
    const card = this.add.container(x, CARD.y);
    const frame = this.add.graphics();
    // Greyed: no fill, a dim outline, dim text; the reason in words, so colour is not the only cue.
    if (available) frame.fillStyle(selected ? THEME.palette.panelLight : THEME.palette.panel, 1).fillRoundedRect(0, 0, CARD.width, CARD.height, 24);
    else frame.lineStyle(4, THEME.palette.panelLight, 1).strokeRoundedRect(0, 0, CARD.width, CARD.height, 24);
    if (selected) frame.lineStyle(10, available ? 0xffd23f : 0x8a9bb0, 1).strokeRoundedRect(0, 0, CARD.width, CARD.height, 24);
    card.add(frame);
    const inner = CARD.width - 60;
    let y = 30;
    /** Adds a line if it fits in the card; a line that would spill over is not drawn. */
    const add = (value: string, size: number, colour: number, extra: Record<string, unknown> = {}): boolean => {
      const text = this.add.text(30, y, value, textStyle(size, colour, { wordWrap: { width: inner }, ...extra }));
      if (y + text.height > CARD.height - 24) {
        text.destroy();
        return false;
      }
      card.add(text);
      y += text.height + 14;
      return true;
    };
    add(pack.title[lang], THEME.size.large, available ? THEME.palette.text : THEME.palette.textDim, { fontStyle: 'bold' });
    if (shown.kind === 'unavailable') {
      add(this.t('catalogue.unavailable'), THEME.size.body, THEME.palette.bad, { fontStyle: 'bold' });
      add(this.t('catalogue.unavailableWhy', { game: shown.unavailable.missingGame }), THEME.size.body, THEME.palette.textDim);
      return card;
    }
    const { game } = shown.entry;
    if (shown.kind === 'tooMany') add(this.t('catalogue.seatsMax', { n: shown.max }), THEME.size.body, THEME.palette.bad, { fontStyle: 'bold' });
    add(this.shell.texts.t(game.title, { ns: `game:${game.id}` }), THEME.size.body, available ? THEME.palette.accent : THEME.palette.textDim);
    const max = seatLimit(game, pack, this.shell.lobby.phoneSeats.length > 0);
    const players = max === 1 ? this.t('catalogue.playersOne') : this.t('catalogue.players', { min: pack.players.min, max });
    add(`${players} · ${this.t('catalogue.duration', { minutes: Math.max(1, Math.round(pack.durationS / 60)) })}`, THEME.size.small, THEME.palette.textDim);
    y += 10;
    add(this.t('catalogue.learn'), THEME.size.small, THEME.palette.textDim);
    const cut = pack.objectives.findIndex((objective) => !add(`• ${objective.title[lang]}`, THEME.size.small, THEME.palette.text));
    if (cut >= 0) add(`+ ${pack.objectives.length - cut}`, THEME.size.small, THEME.palette.textDim);
    return card;
  }
}

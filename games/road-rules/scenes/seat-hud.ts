import type Phaser from 'phaser';
import type { RoundContext, Seat } from '../../../src/sdk';
import { cssColour, seatMarker, textStyle, THEME } from '../../../src/sdk/scene';
import type { Way } from '../rules/priority';
import type { LightLamp } from '../rules/sign-art';
import type { SignRef } from '../rules/signs';
import { drawSign } from './draw-sign';
import type { Rect } from './layout';

const STRIP_H = 118;
const FLASH_MS = 2400;

/**
 * What a seat reads over its own column: its shape and name, its speed in big digits (red above
 * the limit), the limit in force as its sign, the way it signals, and a red flash with the sign
 * when it makes a mistake.
 */
export class SeatHud {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly speed: Phaser.GameObjects.Text;
  private readonly unit: Phaser.GameObjects.Text;
  private readonly way: Phaser.GameObjects.Text;
  private readonly status: Phaser.GameObjects.Text;
  private limitSign: Phaser.GameObjects.Container | undefined;
  private limitKey = '';
  private lightSign: Phaser.GameObjects.Container | undefined;
  private lightKey = '';
  private flash: Phaser.GameObjects.GameObject[] = [];
  private flashUntil = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly round: RoundContext,
    seat: Seat,
    private readonly column: Rect,
  ) {
    const { x, y, w } = column;
    const strip = scene.add.rectangle(x, y, w, STRIP_H, 0x0b1d33, 0.82).setOrigin(0);
    const marker = seatMarker(scene, seat, x + 40, y + 40, 52);
    const nameWidth = Math.max(60, w * 0.34);
    const name = scene.add.text(x + 12, y + 74, seat.name, textStyle(THEME.size.small, THEME.palette.text, { fixedWidth: nameWidth })).setOrigin(0, 0);
    this.speed = scene.add.text(x + w * 0.5, y + 54, '0', textStyle(80, THEME.palette.text, { fontStyle: 'bold' })).setOrigin(0.5);
    this.unit = scene.add.text(x + w * 0.5, y + 104, round.t('hud.kmh'), textStyle(THEME.size.small, THEME.palette.textDim)).setOrigin(0.5);
    this.way = scene.add.text(x + w / 2, y + STRIP_H + 40, '', textStyle(THEME.size.body, THEME.palette.accent, { fontStyle: 'bold', stroke: '#000000', strokeThickness: 6 })).setOrigin(0.5);
    this.status = scene.add
      .text(x + w / 2, y + column.h * 0.45, '', textStyle(THEME.size.large, THEME.palette.good, { fontStyle: 'bold', stroke: '#000000', strokeThickness: 8, align: 'center', wordWrap: { width: w - 24 } }))
      .setOrigin(0.5);
    this.objects.push(strip, marker, name, this.speed, this.unit, this.way, this.status);
  }

  /** The speedometer, the limit sign and the chosen way. */
  show(state: { kmh: number; limit?: SignRef; over?: boolean; way?: Way; wayLocked?: boolean; light?: LightLamp }): void {
    this.speed.setText(String(state.kmh)).setColor(cssColour(state.over ? THEME.palette.bad : THEME.palette.text));
    const key = state.limit ? `${state.limit.code}-${state.limit.kmh ?? ''}` : '';
    if (key !== this.limitKey) {
      this.limitKey = key;
      this.limitSign?.destroy();
      this.limitSign = state.limit ? drawSign(this.scene, state.limit, this.column.x + this.column.w - 56, this.column.y + STRIP_H / 2, 96) : undefined;
    }
    // The light ahead, big, while the seat has to obey it: the one beside the road is small.
    const light = state.light ?? '';
    if (light !== this.lightKey) {
      this.lightKey = light;
      this.lightSign?.destroy();
      this.lightSign = state.light ? drawSign(this.scene, { code: 'R11v' }, this.column.x + this.column.w - 56, this.column.y + STRIP_H + 100, 160, state.light) : undefined;
    }
    const arrow = state.way === 'left' ? '⬅' : state.way === 'right' ? '➡' : '⬆';
    this.way.setText(state.way && !state.wayLocked ? `${arrow} ${this.round.t(`way.${state.way}`)}` : '');
  }

  /** A line over the column: "Arrived!" or "Time's up". */
  showStatus(text: string, good: boolean): void {
    this.status.setText(text).setColor(cssColour(good ? THEME.palette.good : THEME.palette.bad));
  }

  /** Flashes a mistake: a red band at the bottom of the column with the sign and a word. */
  flashMistake(sign: SignRef | undefined, label: string, nowMs: number): void {
    this.clearFlash();
    const { x, y, w, h } = this.column;
    const band = this.scene.add.rectangle(x, y + h - 150, w, 150, 0xb3121f, 0.92).setOrigin(0);
    const text = this.scene.add
      .text(sign ? x + 150 : x + w / 2, y + h - 75, label, textStyle(THEME.size.large, '#ffffff', { fontStyle: 'bold' }))
      .setOrigin(sign ? 0 : 0.5, 0.5);
    this.flash = [band, text];
    if (sign) this.flash.push(drawSign(this.scene, sign, x + 75, y + h - 75, 116));
    if (sign && text.width > w - 160) text.setFontSize(THEME.size.body);
    this.flashUntil = nowMs + FLASH_MS;
  }

  /** Lets a flash fade once its time is over. */
  tick(nowMs: number): void {
    if (this.flash.length > 0 && nowMs >= this.flashUntil) this.clearFlash();
  }

  /** Takes a flash away now: the stage's feedback replaces it. */
  clearFlash(): void {
    this.flash.forEach((object) => object.destroy());
    this.flash = [];
  }

  destroy(): void {
    this.clearFlash();
    this.limitSign?.destroy();
    this.lightSign?.destroy();
    this.objects.forEach((object) => object.destroy());
  }
}


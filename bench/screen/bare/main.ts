import Phaser from 'phaser';
import { buildHeavyWorld, type HeavyWorld } from '../../../tests/fixtures/games/heavy-game/scenes/heavy-world';

/** The heavy world in a bare Phaser game: the same config as the screen, no shell, no SDK. */
class BareScene extends Phaser.Scene {
  private world!: HeavyWorld;
  private time0 = 0;

  create(): void {
    const shapes = Number(new URLSearchParams(location.search).get('shapes') ?? 3000);
    this.world = buildHeavyWorld(this, shapes, 1920, 1080);
    this.time0 = this.time.now;
  }

  override update(time: number): void {
    this.world.update(time - this.time0);
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'screen',
  width: 1920,
  height: 1080,
  backgroundColor: '#0b1d33',
  banner: false,
  audio: { noAudio: true },
  input: { gamepad: true, keyboard: false },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  render: { antialias: true, antialiasGL: false },
  scene: [BareScene],
});

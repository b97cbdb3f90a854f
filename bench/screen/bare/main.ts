import Phaser from 'phaser';
import { buildHeavyWorld, type HeavyWorld } from '../../../tests/fixtures/games/heavy-game/scenes/heavy-world';

/** As the screen's round runner: the longest frame counted as round time. */
const MAX_FRAME_MS = 250;

/**
 * The heavy world in a bare Phaser game: the screen's Phaser config, no shell, no SDK. Its time
 * base is the screen's round clock: wall-clock time between frames, capped as the round runner
 * caps it (Phaser's own loop time is smoothed and falls back to 16.7 ms a frame below 5 fps, so
 * the world would move differently). `window.benchFirstFrame` tells the benchmark the world is
 * drawn, as the screen's round tells its first frame.
 */
class BareScene extends Phaser.Scene {
  private world!: HeavyWorld;
  private timeMs = 0;
  private lastFrameAt: number | null = null;

  create(): void {
    const shapes = Number(new URLSearchParams(location.search).get('shapes') ?? 3000);
    this.world = buildHeavyWorld(this, shapes, 1920, 1080);
  }

  override update(): void {
    const now = performance.now();
    this.timeMs += Math.min(now - (this.lastFrameAt ?? now), MAX_FRAME_MS);
    this.lastFrameAt = now;
    this.world.update(this.timeMs);
    (window as unknown as { benchFirstFrame?: boolean }).benchFirstFrame = true;
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

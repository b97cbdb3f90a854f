import Phaser from 'phaser';
import type { RoundContext } from '../round-context';

/**
 * The base class of a mini-game's scenes. The shell starts the first scene with the round; read
 * it as `this.round`. Move to another scene of the same mini-game with `this.goTo(key)`.
 */
export abstract class RoundScene<Content = unknown> extends Phaser.Scene {
  /** The round this scene plays. */
  get round(): RoundContext<Content> {
    const data = this.sys.settings.data as { round?: RoundContext<Content> } | undefined;
    if (!data?.round) throw new Error(`scene "${this.sys.settings.key}" was started without its round`);
    return data.round;
  }

  /** Starts another scene of this mini-game with the same round, stopping this one. */
  protected goTo(key: string): void {
    this.scene.start(key, { round: this.round });
  }
}

import Phaser from 'phaser';
import type { RoundContext } from '../round-context';
import type { MiniGameAssets } from '../assets';

/**
 * The base class of a mini-game's scenes. The shell starts the first scene with the round; read
 * it as `this.round`: draw `this.round.state` in `update()`, animate what `this.round.on` reports.
 * Name the game's assets type (`typeof assets`) to have its sound and image names checked.
 * Move to another scene of the same mini-game with `this.goTo(key)`.
 */
export abstract class RoundScene<Content = unknown, State = unknown, Assets extends MiniGameAssets = MiniGameAssets> extends Phaser.Scene {
  /** The round this scene draws. */
  get round(): RoundContext<Content, State, Assets> {
    const data = this.sys.settings.data as { round?: RoundContext<Content, State, Assets> } | undefined;
    if (!data?.round) throw new Error(`scene "${this.sys.settings.key}" was started without its round`);
    return data.round;
  }

  /** Starts another scene of this mini-game with the same round, stopping this one. */
  protected goTo(key: string): void {
    this.scene.start(key, { round: this.round });
  }
}

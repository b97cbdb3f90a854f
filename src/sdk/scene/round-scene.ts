import Phaser from 'phaser';
import type { RoundContext } from '../round-context';

/**
 * The base class of a mini-game's scenes. The shell starts the first scene with the round; read
 * it as `this.round`: draw `this.round.state` in `update()`, animate what `this.round.on` reports.
 * Move to another scene of the same mini-game with `this.goTo(key)`.
 */
export abstract class RoundScene<Content = unknown, State = unknown> extends Phaser.Scene {
  /** The round this scene draws. */
  get round(): RoundContext<Content, State> {
    const data = this.sys.settings.data as { round?: RoundContext<Content, State> } | undefined;
    if (!data?.round) throw new Error(`scene "${this.sys.settings.key}" was started without its round`);
    return data.round;
  }

  /** Starts another scene of this mini-game with the same round, stopping this one. */
  protected goTo(key: string): void {
    this.scene.start(key, { round: this.round });
  }
}

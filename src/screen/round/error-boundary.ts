import type Phaser from 'phaser';

const GUARDED = ['init', 'preload', 'create', 'update'] as const;

/**
 * Wraps a mini-game scene's lifecycle methods so that a throw, or a rejected promise from an
 * async `create()`, reaches `fail` instead of stopping Phaser's loop and taking the screen down.
 */
export function guardScene(scene: Phaser.Scene, fail: (error: unknown) => void): void {
  const target = scene as unknown as Record<string, unknown>;
  for (const method of GUARDED) {
    const original = target[method];
    if (typeof original !== 'function') continue;
    target[method] = function guarded(this: unknown, ...args: unknown[]) {
      try {
        const result: unknown = (original as (...a: unknown[]) => unknown).apply(this, args);
        if (result instanceof Promise) result.catch(fail);
        return result;
      } catch (error) {
        fail(error);
        return undefined;
      }
    };
  }
}

/** Calls `fn`, sending any throw to `fail`: for every callback the shell makes into a mini-game. */
export function guarded(fail: (error: unknown) => void, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    fail(error);
  }
}

/**
 * The last line of defence: anything thrown anywhere during a frame (a tween callback, a game
 * object's own update) is caught around Phaser's step, so the loop keeps running.
 */
export function guardGameLoop(game: Phaser.Game, onError: (error: unknown) => void): void {
  const loop = game.loop as unknown as { callback: (time: number, delta: number) => void };
  const step = loop.callback;
  loop.callback = (time, delta) => {
    try {
      step(time, delta);
    } catch (error) {
      onError(error);
    }
  };
}

import type { EndReason } from '../../shared/round/round-record';

/**
 * The life of one round, written once. In order:
 *
 *   idle ──start──▶ starting ──firstFrame──▶ running ⇄ paused ──end──▶ ending ──recorded──▶ results ──dispose──▶ disposed
 *
 * - `starting`: the mini-game's scenes load; the time limit has not begun.
 * - `running`: round time moves; input reaches the mini-game.
 * - `paused`: held by one or more reasons at once (the pause menu, a pad unplugged); it runs again
 *   only when the last reason is lifted. Round time stands still.
 * - `ending`: entered from starting, running or paused, with the reason (complete, timeout, quit,
 *   error). The mini-game's scenes, listeners, timers, textures and sounds are removed here.
 * - `results`: the record is made; the results (or, after an error, the lobby) are shown.
 * - `disposed`: nothing of the round is left.
 */
export type RoundPhase = 'idle' | 'starting' | 'running' | 'paused' | 'ending' | 'results' | 'disposed';

export type LifecycleEvent =
  | { type: 'start' }
  | { type: 'firstFrame' }
  | { type: 'pause'; reason: string }
  | { type: 'resume'; reason: string }
  | { type: 'end'; reason: EndReason }
  | { type: 'recorded' }
  | { type: 'dispose' };

export class RoundLifecycle {
  private current: RoundPhase = 'idle';
  private readonly pauses = new Set<string>();
  private ending: EndReason | null = null;

  constructor(private readonly onChange: (phase: RoundPhase, previous: RoundPhase) => void = () => {}) {}

  get phase(): RoundPhase {
    return this.current;
  }

  /** Why the round is paused, oldest first. */
  get pauseReasons(): readonly string[] {
    return [...this.pauses];
  }

  get endReason(): EndReason | null {
    return this.ending;
  }

  /** Whether round time should move and input reach the mini-game. */
  get isRunning(): boolean {
    return this.current === 'running';
  }

  /** Applies an event; returns false (and changes nothing) when it does not apply in this phase. */
  send(event: LifecycleEvent): boolean {
    const phase = this.current;
    switch (event.type) {
      case 'start':
        return phase === 'idle' && this.go('starting');
      case 'firstFrame':
        if (phase !== 'starting') return false;
        return this.go(this.pauses.size ? 'paused' : 'running');
      case 'pause':
        if (phase !== 'starting' && phase !== 'running' && phase !== 'paused') return false;
        if (this.pauses.has(event.reason)) return false;
        this.pauses.add(event.reason);
        return phase === 'running' ? this.go('paused') : true;
      case 'resume':
        if (!this.pauses.delete(event.reason)) return false;
        if (phase === 'paused' && this.pauses.size === 0) this.go('running');
        return true;
      case 'end':
        if (phase !== 'starting' && phase !== 'running' && phase !== 'paused') return false;
        this.ending = event.reason;
        this.pauses.clear();
        return this.go('ending');
      case 'recorded':
        return phase === 'ending' && this.go('results');
      case 'dispose':
        return phase !== 'disposed' && phase !== 'idle' && this.go('disposed');
    }
  }

  private go(next: RoundPhase): true {
    const previous = this.current;
    this.current = next;
    this.onChange(next, previous);
    return true;
  }
}

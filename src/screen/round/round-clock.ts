import type { ClockPort } from '../../sdk/round-context';

interface Timer {
  at: number;
  every: number | null;
  fn: () => void;
}

/**
 * Round time. It only moves when the shell advances it (once per frame while the round runs), so
 * it stops while the round is paused and never depends on the frame rate.
 */
export class RoundClock implements ClockPort {
  private time = 0;
  private timers = new Set<Timer>();

  /** `guard` wraps every timer callback, so a throw in a mini-game's timer reaches the error boundary. */
  constructor(private readonly guard: (fn: () => void) => void = (fn) => fn()) {}

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    return this.add({ at: this.time + Math.max(0, ms), every: null, fn });
  }

  every(ms: number, fn: () => void): () => void {
    if (!(ms > 0)) throw new Error(`clock.every needs a positive interval, got ${ms}`);
    return this.add({ at: this.time + ms, every: ms, fn });
  }

  /** Moves round time forward and fires what is due, in time order. */
  advance(deltaMs: number): void {
    const target = this.time + Math.max(0, deltaMs);
    for (;;) {
      let next: Timer | undefined;
      for (const timer of this.timers) if (timer.at <= target && (!next || timer.at < next.at)) next = timer;
      if (!next) break;
      this.time = next.at;
      if (next.every === null) this.timers.delete(next);
      else next.at += next.every;
      this.guard(next.fn);
    }
    this.time = target;
  }

  /** Drops every timer: the round is over. */
  dispose(): void {
    this.timers.clear();
  }

  get pending(): number {
    return this.timers.size;
  }

  private add(timer: Timer): () => void {
    this.timers.add(timer);
    return () => {
      this.timers.delete(timer);
    };
  }
}

import { describe, expect, it } from 'vitest';
import { RoundClock } from './round-clock';

describe('RoundClock', () => {
  it('fires timers in round-time order, however large the frame', () => {
    const clock = new RoundClock();
    const fired: string[] = [];
    clock.after(300, () => fired.push(`b@${clock.now()}`));
    clock.after(100, () => fired.push(`a@${clock.now()}`));
    clock.advance(1000);
    expect(fired).toEqual(['a@100', 'b@300']);
    expect(clock.now()).toBe(1000);
  });

  it('repeats `every` timers and stops them when cancelled', () => {
    const clock = new RoundClock();
    let ticks = 0;
    const cancel = clock.every(250, () => ticks++);
    clock.advance(1000);
    expect(ticks).toBe(4);
    cancel();
    clock.advance(1000);
    expect(ticks).toBe(4);
  });

  it('does not move while nobody advances it (a paused round)', () => {
    const clock = new RoundClock();
    let fired = false;
    clock.after(50, () => (fired = true));
    expect(clock.now()).toBe(0);
    expect(fired).toBe(false);
  });

  it('hands each callback to the guard, so a throw reaches the error boundary', () => {
    const caught: unknown[] = [];
    const clock = new RoundClock((fn) => {
      try {
        fn();
      } catch (error) {
        caught.push(error);
      }
    });
    clock.after(10, () => {
      throw new Error('boom');
    });
    let later = false;
    clock.after(20, () => (later = true));
    clock.advance(30);
    expect(caught).toHaveLength(1);
    expect(later).toBe(true);
  });

  it('drops every timer on dispose', () => {
    const clock = new RoundClock();
    clock.every(10, () => {});
    clock.after(10, () => {});
    clock.dispose();
    expect(clock.pending).toBe(0);
  });
});

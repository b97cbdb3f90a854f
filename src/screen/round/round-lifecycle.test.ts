import { describe, expect, it } from 'vitest';
import { RoundLifecycle, type RoundPhase } from './round-lifecycle';

function started() {
  const seen: RoundPhase[] = [];
  const life = new RoundLifecycle((phase) => seen.push(phase));
  life.send({ type: 'start' });
  life.send({ type: 'firstFrame' });
  return { life, seen };
}

describe('RoundLifecycle', () => {
  it('runs start → running → ending → results → disposed in order', () => {
    const { life, seen } = started();
    expect(life.send({ type: 'end', reason: 'complete' })).toBe(true);
    life.send({ type: 'recorded' });
    life.send({ type: 'dispose' });
    expect(seen).toEqual(['starting', 'running', 'ending', 'results', 'disposed']);
    expect(life.endReason).toBe('complete');
  });

  it('stays paused until every reason is lifted', () => {
    const { life } = started();
    life.send({ type: 'pause', reason: 'menu' });
    life.send({ type: 'pause', reason: 'pad-lost:pad-1' });
    life.send({ type: 'resume', reason: 'menu' });
    expect(life.phase).toBe('paused');
    expect(life.pauseReasons).toEqual(['pad-lost:pad-1']);
    life.send({ type: 'resume', reason: 'pad-lost:pad-1' });
    expect(life.phase).toBe('running');
  });

  it('starts paused when a pad went missing while the mini-game loaded', () => {
    const life = new RoundLifecycle();
    life.send({ type: 'start' });
    life.send({ type: 'pause', reason: 'pad-lost:pad-0' });
    life.send({ type: 'firstFrame' });
    expect(life.phase).toBe('paused');
  });

  it('ends from a pause, and ignores a second end', () => {
    const { life } = started();
    life.send({ type: 'pause', reason: 'menu' });
    expect(life.send({ type: 'end', reason: 'quit' })).toBe(true);
    expect(life.send({ type: 'end', reason: 'error' })).toBe(false);
    expect(life.endReason).toBe('quit');
    expect(life.pauseReasons).toEqual([]);
  });

  it('refuses events that do not apply', () => {
    const life = new RoundLifecycle();
    expect(life.send({ type: 'firstFrame' })).toBe(false);
    expect(life.send({ type: 'recorded' })).toBe(false);
    expect(life.send({ type: 'resume', reason: 'menu' })).toBe(false);
    expect(life.phase).toBe('idle');
  });
});

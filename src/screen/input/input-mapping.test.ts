import { describe, expect, it } from 'vitest';
import { applyDeadZone, PAD, padState } from './pad-mapping';
import { keyboardState } from './keyboard-mapping';
import { InputHub, STEP_REPEAT } from './input-hub';
import type { InputEvent } from './events';

const buttons = (...held: number[]) => Array.from({ length: 17 }, (_, i) => held.includes(i));

describe('pad mapping (standard mapping)', () => {
  it('ignores a stick resting inside the dead zone', () => {
    expect(padState(buttons(), [0.2, -0.1, 0, 0]).move).toEqual({ x: 0, y: 0 });
  });

  it('rescales past the dead zone so a full push is 1 and a small one is slow', () => {
    expect(applyDeadZone(1, 0).x).toBeCloseTo(1);
    const small = applyDeadZone(0.35, 0).x;
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThan(0.2);
  });

  it('maps A B X Y to confirm/back and the four choices, Menu to pause', () => {
    const state = padState(buttons(PAD.A, PAD.Y, PAD.MENU), [0, 0, 0, 0]);
    expect(state.confirm).toBe(true);
    expect(state.back).toBe(false);
    expect(state.choices).toEqual([true, false, false, true]);
    expect(state.pause).toBe(true);
  });

  it('lets the d-pad win over the stick', () => {
    const state = padState(buttons(PAD.LEFT), [1, 0, 0, 0]);
    expect(state.move).toEqual({ x: -1, y: 0 });
    expect(state.left).toBe(true);
  });
});

describe('keyboard mapping', () => {
  it('gives the two keyboard seats separate keys', () => {
    const held = new Set(['KeyW', 'Digit3', 'Enter']);
    const left = keyboardState('kb-left', held);
    const right = keyboardState('kb-right', held);
    expect(left.move).toEqual({ x: 0, y: -1 });
    expect(left.choices).toEqual([false, false, true, false]);
    expect(left.confirm).toBe(false);
    expect(right.confirm).toBe(true);
    expect(right.move).toEqual({ x: 0, y: 0 });
  });

  it('normalises diagonals so they are not faster', () => {
    const { move } = keyboardState('kb-right', new Set(['ArrowUp', 'ArrowRight']));
    expect(Math.hypot(move.x, move.y)).toBeCloseTo(1);
  });
});

describe('InputHub', () => {
  it('emits one event per press, not per frame held', () => {
    const hub = new InputHub();
    const events: InputEvent[] = [];
    hub.on((e) => events.push(e));
    const a = padState(buttons(PAD.A), [0, 0]);
    hub.update('pad-0', a, 0);
    hub.update('pad-0', a, 16);
    hub.update('pad-0', padState(buttons(), [0, 0]), 32);
    hub.update('pad-0', a, 48);
    expect(events.filter((e) => e.type === 'confirm')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'choice')).toHaveLength(2);
  });

  it('repeats a held direction after a pause, then steadily', () => {
    const hub = new InputHub();
    const steps: number[] = [];
    hub.on((e) => e.type === 'step' && steps.push(e.x));
    const right = padState(buttons(PAD.RIGHT), [0, 0]);
    for (let t = 0; t <= STEP_REPEAT.firstMs + 2 * STEP_REPEAT.everyMs; t += 10) hub.update('pad-0', right, t);
    expect(steps).toEqual([1, 1, 1, 1]);
  });

  it('releases what a forgotten device held', () => {
    const hub = new InputHub();
    hub.update('pad-1', padState(buttons(PAD.A), [0, 0]), 0);
    hub.forget('pad-1');
    expect(hub.state('pad-1').confirm).toBe(false);
  });
});

import type { ChoiceIndex } from '../../sdk/rules/rules';
import { idleState, type DeviceState } from './device-state';
import type { DeviceId, InputEvent } from './events';

/** Held directions repeat like a keyboard: first after a pause, then steadily. */
export const STEP_REPEAT = { firstMs: 400, everyMs: 160 } as const;

interface Tracked {
  state: DeviceState;
  stepSince: number;
  nextRepeat: number;
}

/**
 * Turns each frame's device states into press events, and keeps the latest state of every device.
 * Pure: the input scene feeds it from Phaser's gamepad plugin and the keyboard.
 */
export class InputHub {
  private readonly devices = new Map<DeviceId, Tracked>();
  private readonly listeners = new Set<(event: InputEvent) => void>();
  /** The last time any device did anything, for the attract screen's quiet minute. */
  lastActivity = 0;

  on(listener: (event: InputEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many listeners are attached: it must come back down after every round. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  emit(event: InputEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** The state a device holds now (idle when unknown). */
  state(device: DeviceId): DeviceState {
    return this.devices.get(device)?.state ?? idleState();
  }

  /** Forgets a device (a pad unplugged): its held buttons are released. */
  forget(device: DeviceId): void {
    this.devices.delete(device);
  }

  /** Feeds one device's state for this frame; emits what was pressed since the last frame. */
  update(device: DeviceId, next: DeviceState, now: number): void {
    const tracked = this.devices.get(device) ?? { state: idleState(), stepSince: 0, nextRepeat: 0 };
    const prev = tracked.state;
    const pressed = (key: 'confirm' | 'back' | 'pause') => next[key] && !prev[key];
    if (pressed('confirm')) this.emit({ type: 'confirm', device });
    if (pressed('back')) this.emit({ type: 'back', device });
    next.choices.forEach((held, i) => {
      if (held && !prev.choices[i]) this.emit({ type: 'choice', device, choice: i as ChoiceIndex });
    });
    if (pressed('pause')) this.emit({ type: 'pause', device });

    const x = ((next.right ? 1 : 0) - (next.left ? 1 : 0)) as -1 | 0 | 1;
    const y = ((next.down ? 1 : 0) - (next.up ? 1 : 0)) as -1 | 0 | 1;
    const prevX = (prev.right ? 1 : 0) - (prev.left ? 1 : 0);
    const prevY = (prev.down ? 1 : 0) - (prev.up ? 1 : 0);
    if ((x || y) && (x !== prevX || y !== prevY)) {
      tracked.stepSince = now;
      tracked.nextRepeat = now + STEP_REPEAT.firstMs;
      this.emit({ type: 'step', device, x, y });
    } else if ((x || y) && now >= tracked.nextRepeat) {
      tracked.nextRepeat = now + STEP_REPEAT.everyMs;
      this.emit({ type: 'step', device, x, y });
    }
    if (isActive(next)) this.lastActivity = now;
    tracked.state = next;
    this.devices.set(device, tracked);
  }
}

function isActive(state: DeviceState): boolean {
  return (
    state.confirm || state.back || state.pause || state.up || state.down || state.left || state.right ||
    state.choices.some(Boolean) || Math.abs(state.move.x) > 0 || Math.abs(state.move.y) > 0
  );
}

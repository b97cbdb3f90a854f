import { STEP_THRESHOLD, type DeviceState } from './device-state';

/** Buttons of the W3C "standard" gamepad mapping (an Xbox pad). */
export const PAD = { A: 0, B: 1, X: 2, Y: 3, VIEW: 8, MENU: 9, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;

/** Stick travel ignored around the centre: worn sticks rest a little off zero. */
export const DEAD_ZONE = 0.25;

/**
 * Radial dead zone, rescaled so the usable range still runs from 0 to 1: a small push moves
 * slowly, which gives precision, and there is no jump at the edge of the dead zone.
 */
export function applyDeadZone(x: number, y: number, deadZone = DEAD_ZONE): { x: number; y: number } {
  const length = Math.hypot(x, y);
  if (length <= deadZone) return { x: 0, y: 0 };
  const scaled = Math.min(1, (length - deadZone) / (1 - deadZone));
  return { x: (x / length) * scaled, y: (y / length) * scaled };
}

/** Maps a standard-mapping pad (pressed buttons, axes) to the abstract actions. */
export function padState(pressed: readonly boolean[], axes: readonly number[]): DeviceState {
  const held = (i: number) => pressed[i] === true;
  const stick = applyDeadZone(axes[0] ?? 0, axes[1] ?? 0);
  const dx = (held(PAD.RIGHT) ? 1 : 0) - (held(PAD.LEFT) ? 1 : 0);
  const dy = (held(PAD.DOWN) ? 1 : 0) - (held(PAD.UP) ? 1 : 0);
  const move = dx || dy ? normalise(dx, dy) : stick;
  return {
    move,
    confirm: held(PAD.A),
    back: held(PAD.B),
    choices: [held(PAD.A), held(PAD.B), held(PAD.X), held(PAD.Y)],
    pause: held(PAD.MENU),
    up: held(PAD.UP) || stick.y < -STEP_THRESHOLD,
    down: held(PAD.DOWN) || stick.y > STEP_THRESHOLD,
    left: held(PAD.LEFT) || stick.x < -STEP_THRESHOLD,
    right: held(PAD.RIGHT) || stick.x > STEP_THRESHOLD,
  };
}

export function normalise(x: number, y: number): { x: number; y: number } {
  const length = Math.hypot(x, y);
  return length > 1 ? { x: x / length, y: y / length } : { x, y };
}
